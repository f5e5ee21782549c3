import Foundation
import Testing

@Suite("broken manifests exit 2 with file:line:column")
struct ManifestErrorsEndToEndTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var old: String
        var new: String
        var expected: String
        var description: String { name }
    }

    /// The whole of standard error, every line; the workspace's folder is written `<workspace>`.
    static let cases: [Case] = [
        Case(
            name: "unknown key", old: "documents:", new: "documentz:",
            expected: """
                locales/tracker.yaml:40:1: error: unknown key 'documentz'; did you mean 'documents'?
                locales/tracker.yaml:3:1: error: missing key 'documents' at the top level; add it

                """),
        Case(
            name: "duplicate language", old: "{ code: ru, name: Russian", new: "{ code: fr, name: Russian",
            expected: """
                locales/tracker.yaml:21:13: error: duplicate language code 'fr' (first declared at line 15); remove one
                locales/tracker.yaml:36:54: error: unknown language code 'ru'; declare it under 'languages:' first
                locales/tracker.yaml:63:7: error: unknown language code 'ru'; declare it under 'languages:' first

                """),
        Case(
            name: "pattern without {lang}", old: "translation: locales/{lang}/summary.wiki", new: "translation: locales/summary.wiki",
            expected: """
                locales/tracker.yaml:46:20: error: the translation pattern 'locales/summary.wiki' has no {lang}; write where each language goes, e.g. 'locales/{lang}/summary.wiki'

                """),
        Case(
            name: "unknown placeholder", old: "translation: locales/{lang}/summary.wiki", new: "translation: locales/{language}/summary.wiki",
            expected: """
                locales/tracker.yaml:46:20: error: the translation pattern 'locales/{language}/summary.wiki' has no {lang}; write where each language goes, e.g. 'locales/{lang}/summary.wiki'
                locales/tracker.yaml:46:20: error: unknown placeholder {language} in 'locales/{language}/summary.wiki'; the only placeholder is {lang}

                """),
        Case(
            name: "missing source file", old: "source: locales/en/summary.wiki", new: "source: locales/en/summry.wiki",
            expected: """
                locales/tracker.yaml:45:15: error: the English source of 'summary' does not exist: locales/en/summry.wiki (relative to <workspace>); create it or correct the path

                """),
        Case(
            name: "unknown language in copies", old: "ja: { wiki: jawiki", new: "jp: { wiki: jawiki",
            expected: """
                locales/tracker.yaml:65:7: error: unknown language code 'jp'; did you mean 'ja'?; declare it under 'languages:' first

                """),
        Case(
            name: "unknown wiki", old: "- wiki: meta", new: "- wiki: mta",
            expected: """
                locales/tracker.yaml:49:15: error: unknown wiki 'mta'; did you mean 'meta'?; declare it under 'wikis:' first

                """),
        Case(
            name: "bad direction", old: "direction: rtl", new: "direction: right",
            expected: """
                locales/tracker.yaml:13:60: error: 'languages[1].direction' must be 'ltr' or 'rtl', not 'right'

                """),
        Case(
            name: "newer version", old: "version: 1", new: "version: 2",
            expected: """
                locales/tracker.yaml:3:10: error: manifest version 2 is newer than this transtrack reads (1); upgrade transtrack

                """),
        Case(
            name: "invalid YAML", old: "source: en", new: "source: [en",
            expected: """
                locales/tracker.yaml:11:10: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)

                """),
    ]

    @Test(arguments: cases)
    func brokenManifest(_ example: Case) throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.replace("locales/tracker.yaml", example.old, with: example.new)
        let output = try workspace.run("status")
        #expect(output.status == 2, "\(output.stderr)")
        #expect(output.stderr.replacingOccurrences(of: workspace.root, with: "<workspace>") == example.expected)
        #expect(output.stdout.isEmpty)
    }

    @Test("every problem is reported at once")
    func severalProblems() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.replace("locales/tracker.yaml", "documents:", with: "documentz:")
        try workspace.replace("locales/tracker.yaml", "project:", with: "projekt:")
        let output = try workspace.run("check")
        #expect(output.status == 2)
        #expect(output.stderr.contains("unknown key 'projekt'; did you mean 'project'?"))
        #expect(output.stderr.contains("unknown key 'documentz'"))
        #expect(output.stderr.contains("missing key 'documents' at the top level"))
    }
}
