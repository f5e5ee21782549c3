import Foundation
import TranslationTracker
import TranslationTrackerReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Inputs for the CI and badge renderer tests: a render context for ``SampleReport``, and a
/// report built by hand whose messages, paths and names hold everything the CI formats must
/// escape: `|`, `}}`, `<script>`, `&`, `%`, `,`, `:`, quotes, CR and LF, RTL marks, emoji and
/// characters XML cannot carry.
enum CIReportSample {
    /// The manifest ``SampleReport`` is built from (same languages and documents).
    static let sampleManifest = Manifest(
        project: Project(name: "Sample ‹project›"), source: "en",
        languages: [
            Language(code: "en", name: "English", autonym: "English"),
            Language(code: "ar", name: "Arabic", autonym: "العربية", direction: .rtl),
            Language(code: "zh", name: "Chinese", autonym: "中文"),
            Language(code: "hi", name: "Hindi", autonym: "हिन्दी"),
            Language(code: "fr", name: "French", autonym: "français"),
            Language(code: "ja", name: "Japanese", autonym: "日本語"),
        ],
        documents: [
            DocumentSpec(
                id: "summary", name: "Plan summary", kind: .wikitext,
                local: LocalLocation(source: "en.wiki", translation: PathPattern("{lang}.wiki"))),
            DocumentSpec(id: "slides", name: "Slides", kind: .file),
        ])

    /// A fixed time, so golden files show where timestamps go.
    static let generated = Date(timeIntervalSince1970: 1_795_769_234)  // 2026-11-27T08:47:14Z

    static func context(_ gate: Gate = Gate(), manifest: Manifest = sampleManifest, generated: Date? = generated) -> RenderContext {
        RenderContext(manifest: manifest, generated: generated, gate: gate)
    }

    // MARK: - The hostile report

    static let staleMessage = "unit 2 is stale: \"{{Budget|177}}\" & <script>alert('x')</script> 100% done,\nsecond line: ok\r\nthird"
    static let missingMessage = "unit 3 is missing :: ::error file=x.wiki::injected\n::add-mask::secret 🎉 \u{200F}RTL\u{200E} mark"
    static let numbersMessage = "the number ١٧٧ is 177 in %s, %0A stays literal | }} \u{7}bell\u{0}nul \u{FFFE}"
    static let wikiStaleMessage = "unit 1 is stale on dewiki: 100% <b>done</b>,\nsee ::warning::below"
    static let wikiTitle = "Plan: <Budget> & 100%, \"draft\""
    static let wikiURL = "https://de.example.org/w/index.php?title=Plan:_%3CBudget%3E_%26_100%25,_%22draft%22&oldid=77"
    static let wikiDiff = "https://meta.example.org/w/index.php?diff=9&oldid=8"
    static let arPath = "locales/ar/summary, draft: v1.wiki"
    static let zhPath = "locales/zh/50% done.wiki"

    static let hostileLanguages = [
        Language(code: "en", name: "English", autonym: "English"),
        Language(code: "ar", name: "Arabic", autonym: "العربية", direction: .rtl),
        Language(code: "zh", name: "Chinese", autonym: "中文"),
        Language(code: "de", name: "German <script>", autonym: "Deutsch & \"Co\" 'x' <b>"),
    ]

    static let hostileManifest = Manifest(
        project: Project(name: "Plan & <Budget> \"2024\""), source: "en", languages: hostileLanguages,
        documents: [DocumentSpec(id: "summary", name: "Plan | {{Budget}} & <script>alert(1)</script>", kind: .wikitext)])

    static var hostile: StatusReport {
        func counts(total: Int, current: Int, stale: Int = 0, missing: Int = 0, unverified: Int = 0) -> UnitCounts {
            var counts = UnitCounts()
            counts.total = total
            counts.current = current
            counts.stale = stale
            counts.missing = missing
            counts.unverified = unverified
            return counts
        }
        let arabic = TranslationStatus(
            document: "summary", language: "ar", location: .file(path: arPath), state: .outdated,
            counts: counts(total: 3, current: 1, stale: 1, missing: 1),
            units: [
                UnitStatus(id: "1", state: .current, provenance: .recorded, line: 1, sourceLine: 1, recorded: "aaaaaaaaaa", expected: "aaaaaaaaaa"),
                UnitStatus(id: "2", state: .stale, provenance: .recorded, line: 5, sourceLine: 4, recorded: "bbbbbbbbbb", expected: "cccccccccc"),
                UnitStatus(id: "3", state: .missing, provenance: .none, sourceLine: 7, expected: "dddddddddd"),
            ])
        let chinese = TranslationStatus(
            document: "summary", language: "zh", location: .file(path: zhPath), state: .incomplete,
            counts: counts(total: 3, current: 2, unverified: 1),
            units: [
                UnitStatus(id: "1", state: .current, provenance: .recorded, line: 1),
                UnitStatus(id: "2", state: .unverified, provenance: .none, line: 4),
                UnitStatus(id: "3", state: .current, provenance: .recorded, line: 7),
            ])
        let german = TranslationStatus(
            document: "summary", language: "de", location: .wiki(id: "dewiki", title: "Plan: <Budget> & 100%"), state: .missing,
            counts: counts(total: 3, current: 0, missing: 3), units: [])
        let findings = [
            Finding(
                check: StatusCheck.input, severity: .warning, language: "xx", file: "locales/xx/summary.wiki",
                message: "'xx' is not a language in the manifest, so this file is not tracked"),
            Finding(
                check: StatusCheck.structure, severity: .error, document: "summary", language: "en", file: "locales/en/summary.wiki", line: 3,
                column: 10, message: "<translate> is not closed & the rest is one unit"),
            Finding(check: StatusCheck.stale, severity: .error, document: "summary", language: "ar", unit: "2", file: arPath, line: 5, column: 3, message: staleMessage),
            Finding(check: StatusCheck.missingUnit, severity: .warning, document: "summary", language: "ar", unit: "3", file: arPath, line: 7, message: missingMessage),
            Finding(
                check: "numbers", severity: .error, document: "summary", language: "zh", unit: "1", file: zhPath, line: 1, column: 4,
                message: numbersMessage, fragments: ["177", "١٧٧"]),
            Finding(
                check: StatusCheck.unverified, severity: .info, document: "summary", language: "zh", unit: "2", file: zhPath, line: 4,
                message: "unit 2 has no provenance: <!--T:2-->"),
            Finding(
                check: StatusCheck.missingTranslation, severity: .warning, document: "summary", language: "de",
                message: "no de translation of 'Plan' & <b>: dewiki:Plan: <Budget> & 100% does not exist"),
        ] + hostileWikiFindings
        return StatusReport(
            project: hostileManifest.project?.name, sourceLanguage: "en", languages: hostileManifest.targets,
            documents: [
                DocumentStatus(
                    id: "summary", name: hostileManifest.documents[0].name, kind: .wikitext,
                    source: SourceStatus(location: .file(path: "locales/en/summary.wiki"), exists: true, units: 3),
                    translations: [arabic, chinese, german])
            ],
            untracked: [], findings: findings)
    }

    /// Findings on a wiki page whose title, URLs and message hold what the formats escape: one
    /// with every link (a stale unit one English edit behind), one with no URL at all.
    static var hostileWikiFindings: [Finding] {
        var stale = Finding(check: StatusCheck.stale, severity: .error, document: "summary", language: "de", unit: "1", message: wikiStaleMessage)
        stale.wiki = WikiLocation(wiki: "dewiki", title: wikiTitle, revision: 77, url: wikiURL, englishDiff: wikiDiff, englishEditsBehind: 1)
        var links = Finding(
            check: "links", severity: .warning, document: "summary", language: "de", unit: "2", message: "a link & <a> to [[x|y]] is missing")
        links.wiki = WikiLocation(wiki: "dewiki", title: wikiTitle)
        return [stale, links]
    }

    /// The text as XML can carry it: what a parser gives back for an escaped string.
    static func xmlSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
            default: false
            }
        }))
    }

    /// Parses XML with Foundation's parser; throws when it is not well-formed.
    static func parseXML(_ text: String) throws -> XMLDocument {
        try XMLDocument(data: Data(text.utf8), options: [])
    }
}

extension XMLNode {
    /// Elements under this node with local name `name`, in document order, whatever their
    /// namespace (SVG elements are in the SVG namespace, which XPath would need spelled out).
    func elements(_ name: String) throws -> [XMLElement] {
        var found: [XMLElement] = []
        func walk(_ node: XMLNode) {
            for child in node.children ?? [] {
                if let element = child as? XMLElement {
                    if (element.localName ?? element.name) == name { found.append(element) }
                    walk(element)
                }
            }
        }
        walk(self)
        return found
    }
}

extension XMLElement {
    /// An attribute's value by name (looked up among all attributes, since Foundation's
    /// `attribute(forName:)` misses them on elements in a default namespace on Linux).
    func value(_ attribute: String) -> String? {
        (attributes ?? []).first { $0.name == attribute || $0.localName == attribute }?.stringValue
    }
}
