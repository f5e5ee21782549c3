import Testing

@testable import TranslationTracker

@Suite("Manifest loading and validation")
struct ManifestLoaderTests {
    static let minimal = """
        version: 1
        source: en
        languages:
          - { code: en, name: English }
          - { code: ar, name: Arabic, autonym: العربية, direction: rtl }
          - { code: fr, name: French, autonym: français }
        wikis:
          - { id: meta, name: Meta-Wiki, api: "https://meta.wikimedia.org/w/api.php" }
        documents:
          - id: summary
            local:
              source: en/summary.wiki
              translation: "{lang}/summary.wiki"
            pages:
              - { wiki: meta, source: Plan, translation: "Plan/{lang}", translatable: true }
            copies:
              fr: { wiki: meta, title: Plan (fr) }

        """

    func load(_ yaml: String) throws(ManifestError) -> LoadedManifest {
        try ManifestLoader().load(yaml: yaml, file: "tracker.yaml")
    }

    func problems(_ yaml: String) -> [String] {
        do {
            _ = try load(yaml)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("a valid manifest decodes with defaults filled in")
    func valid() throws {
        let loaded = try load(Self.minimal)
        let manifest = loaded.manifest
        #expect(manifest.version == 1)
        #expect(manifest.root == ".")
        #expect(manifest.source == "en")
        #expect(manifest.targets.map(\.code) == ["ar", "fr"])
        #expect(manifest.language("ar")?.direction == .rtl)
        #expect(manifest.language("fr")?.direction == .ltr)
        #expect(manifest.language("en")?.autonym == "English", "autonym defaults to the name")
        let summary = try #require(manifest.document("summary"))
        #expect(summary.kind == .wikitext)
        #expect(summary.local?.translation.expanded(for: "fr") == "fr/summary.wiki")
        #expect(summary.pages.first?.translatable == true)
        #expect(summary.copies["fr"]?.title == "Plan (fr)")
        #expect(loaded.position(of: "documents[0].local.source").line == 12)
    }

    struct Broken: Sendable, CustomStringConvertible {
        var name: String
        var old: String
        var new: String
        /// Every problem reported, in order, whole.
        var expected: [String]
        var description: String { name }
    }

    static let broken: [Broken] = [
        Broken(name: "unknown top-level key", old: "wikis:", new: "wikiz:", expected: ["tracker.yaml:7:1: error: unknown key 'wikiz'; did you mean 'wikis'?"]),
        Broken(name: "unknown nested key", old: "translatable: true", new: "translateable: true", expected: ["tracker.yaml:15:65: error: unknown key 'translateable' in 'documents[0].pages[0]'; did you mean 'translatable'?"]),
        Broken(name: "unknown key far from any", old: "  - id: summary", new: "  - id: summary\n    colour: blue", expected: ["tracker.yaml:11:5: error: unknown key 'colour' in 'documents[0]'; known keys here: copies, id, kind, local, name, pages"]),
        Broken(name: "missing required key", old: "source: en\n", new: "", expected: ["tracker.yaml:1:1: error: missing key 'source' at the top level; add it"]),
        Broken(name: "wrong kind of value", old: "languages:\n", new: "languages: en\nunused:\n", expected: ["tracker.yaml:3:12: error: 'languages' must be a list", "tracker.yaml:4:1: error: unknown key 'unused'; known keys here: checks, documents, languages, project, publish, root, source, version, wikis"]),
        Broken(name: "duplicate language", old: "{ code: fr, name: French", new: "{ code: ar, name: French", expected: ["tracker.yaml:6:13: error: duplicate language code 'ar' (first declared at line 5); remove one", "tracker.yaml:17:7: error: unknown language code 'fr'; did you mean 'ar'?; declare it under 'languages:' first"]),
        Broken(name: "malformed code", old: "{ code: fr, name: French", new: "{ code: French, name: French", expected: ["tracker.yaml:6:13: error: language code 'French' is not a MediaWiki language code; use lowercase letters such as 'fr' or 'pt-br'", "tracker.yaml:17:7: error: unknown language code 'fr'; did you mean 'ar'?; declare it under 'languages:' first"]),
        Broken(name: "unknown source language", old: "source: en", new: "source: eng", expected: ["tracker.yaml:2:9: error: unknown language code 'eng'; did you mean 'en'?; declare it under 'languages:' first"]),
        Broken(name: "pattern without {lang}", old: "translation: \"{lang}/summary.wiki\"", new: "translation: fr/summary.wiki", expected: ["tracker.yaml:13:20: error: the translation pattern 'fr/summary.wiki' has no {lang}; write where each language goes, e.g. 'locales/{lang}/summary.wiki'"]),
        Broken(name: "unknown placeholder", old: "\"Plan/{lang}\"", new: "\"Plan/{lang}/{code}\"", expected: ["tracker.yaml:15:50: error: unknown placeholder {code} in 'Plan/{lang}/{code}'; the only placeholder is {lang}"]),
        Broken(name: "unknown wiki", old: "- { wiki: meta", new: "- { wiki: metta", expected: ["tracker.yaml:15:17: error: unknown wiki 'metta'; did you mean 'meta'?; declare it under 'wikis:' first"]),
        Broken(name: "copy for an unknown language", old: "fr: { wiki: meta", new: "de: { wiki: meta", expected: ["tracker.yaml:17:7: error: unknown language code 'de'; declare it under 'languages:' first"]),
        Broken(name: "bad API URL", old: "\"https://meta.wikimedia.org/w/api.php\"", new: "meta.wikimedia.org", expected: ["tracker.yaml:8:39: error: the API URL of wiki 'meta' must start with https:// (for example https://meta.wikimedia.org/w/api.php); http:// is used only for a wiki on this machine (localhost, 127.0.0.0/8, ::1)"]),
        Broken(name: "bad direction", old: "direction: rtl", new: "direction: rlt", expected: ["tracker.yaml:5:60: error: 'languages[1].direction' must be 'ltr' or 'rtl', not 'rlt'; did you mean 'rtl'?"]),
        Broken(name: "bad kind", old: "  - id: summary", new: "  - id: summary\n    kind: deck", expected: ["tracker.yaml:11:11: error: 'documents[0].kind' must be 'wikitext' or 'file', not 'deck'"]),
        Broken(name: "version too new", old: "version: 1", new: "version: 3", expected: ["tracker.yaml:1:10: error: manifest version 3 is newer than this transtrack reads (1); upgrade transtrack"]),
        Broken(name: "version not a number", old: "version: 1", new: "version: one", expected: ["tracker.yaml:1:10: error: 'version' must be a whole number; Expected to decode Int but found Scalar instead."]),
        Broken(name: "duplicate document", old: "documents:\n", new: "documents:\n  - { id: summary }\n", expected: ["tracker.yaml:11:9: error: duplicate document id 'summary'; each document needs its own id"]),
        Broken(name: "duplicate YAML key", old: "source: en\n", new: "source: en\nsource: fr\n", expected: ["tracker.yaml:2:1: error: invalid YAML: duplicate key 'source'; keep one"]),
        Broken(name: "publish on an unknown wiki", old: "title: Plan (fr) }\n", new: "title: Plan (fr) }\npublish: { wiki: metta, table: Status }\n", expected: ["tracker.yaml:18:18: error: unknown wiki 'metta'; did you mean 'meta'?; declare it under 'wikis:' first"]),
        Broken(name: "worklists without {lang}", old: "title: Plan (fr) }\n", new: "title: Plan (fr) }\npublish: { wiki: meta, table: Status, worklists: Status/list }\n", expected: ["tracker.yaml:18:50: error: the translation pattern 'Status/list' has no {lang}; write where each language goes, e.g. 'locales/{lang}/summary.wiki'"]),
        Broken(name: "publish with an empty table title", old: "title: Plan (fr) }\n", new: "title: Plan (fr) }\npublish: { wiki: meta, table: \" \" }\n", expected: ["tracker.yaml:18:31: error: the table's title is empty; name the page the coverage table goes on"]),
        Broken(name: "publish without a table", old: "title: Plan (fr) }\n", new: "title: Plan (fr) }\npublish: { wiki: meta }\n", expected: ["tracker.yaml:18:10: error: missing key 'table' in 'publish'; add it"]),
        Broken(name: "YAML syntax", old: "source: en", new: "source: [en", expected: ["tracker.yaml:3:10: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"]),
    ]

    @Test(arguments: broken)
    func brokenManifest(_ example: Broken) {
        precondition(Self.minimal.contains(example.old), "fixture lacks \(example.old)")
        let yaml = Self.minimal.replacingOccurrences(of: example.old, with: example.new)
        let found = problems(yaml)
        #expect(found == example.expected)
    }

    @Test("an empty manifest says how to start")
    func empty() {
        #expect(problems("") == ["tracker.yaml:1:1: error: the manifest is empty; start it with 'version: 1'"])
    }

    @Test("problems come sorted by position, all at once")
    func sorted() {
        let yaml = Self.minimal
            .replacingOccurrences(of: "source: en\n", with: "source: xx\n")
            .replacingOccurrences(of: "- { wiki: meta", with: "- { wiki: nowhere")
        let found = problems(yaml)
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("tracker.yaml:2:"))
        #expect(found[1].hasPrefix("tracker.yaml:15:"))
    }

    @Test("the embedded manifest is valid and declares the 11 target languages")
    func embedded() throws {
        let path = String(#filePath.split(separator: "/Tests/")[0]) + "/locales/tracker.yaml"
        let yaml = try String(contentsOfFile: path, encoding: .utf8)
        let manifest = try load(yaml).manifest
        #expect(manifest.targets.map(\.code.rawValue) == ["ar", "zh", "fr", "hi", "pt", "uk", "id", "es", "ru", "sw", "ja"])
        #expect(manifest.language("ar")?.direction == .rtl)
        #expect(manifest.wikis.count == 13)
        #expect(Set(manifest.documents.map(\.id)) == ["summary", "slides"])
        #expect(manifest.document("slides")?.kind == .file)
        #expect(manifest.document("summary")?.copies.count == 11)
    }
}

import Foundation
