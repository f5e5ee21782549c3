import Testing
import TranslationTracker

@testable import TranslationTrackerReports

/// Links to local files lead from the folder the report is written in (`root`), as a code host
/// resolves them; their text keeps the path relative to the workspace root.
@Suite("Markdown report links from the report's folder")
struct MarkdownRendererLinkTests {
    static let english = WikitextDocument("== Budget == <!--T:1-->\n\n<!--T:2-->\nThe budget is $177 million.\n")

    static let spec = DocumentSpec(
        id: "summary", name: "Summary", kind: .wikitext,
        local: LocalLocation(source: "locales/en/summary.wiki", translation: PathPattern("locales/{lang}/summary.wiki")))

    static var manifest: Manifest {
        Manifest(
            source: "en",
            languages: [Language(code: "en", name: "English", autonym: "English"), Language(code: "fr", name: "French", autonym: "français")],
            documents: [spec])
    }

    static var report: StatusReport {
        let french = WikitextDocument("== Budget == <!--T:1 src=0000000000-->\n\n<!--T:2-->\nLe budget est de 177 millions.\n")
        let snapshot = Snapshot(documents: [
            DocumentSnapshot(
                document: spec,
                source: PageState(location: .file(path: "locales/en/summary.wiki"), exists: true, document: english),
                translations: ["fr": PageState(location: .file(path: "locales/fr/summary.wiki"), exists: true, document: french)])
        ])
        return StatusEvaluator().evaluate(snapshot, manifest: manifest)
    }

    static func render(root: String) -> String {
        MarkdownRenderer(root: root).render(report, context: RenderContext(manifest: manifest))
    }

    @Test func goldenInTheReportsFolder() throws {
        try Golden.check(Self.render(root: ".."), against: "status-reports-folder.md")
    }

    @Test(
        "every local link leads from the report's folder; the text stays as the report has it",
        arguments: [
            ("", "locales/fr/summary.wiki"), ("..", "../locales/fr/summary.wiki"), ("../..", "../../locales/fr/summary.wiki"),
            ("../other", "../other/locales/fr/summary.wiki"),
        ])
    func linksFromTheFolder(_ root: String, _ french: String) {
        let text = Self.render(root: root)
        let english = french.replacingOccurrences(of: "/fr/", with: "/en/")
        #expect(text.contains("Source (English, en): [locales/en/summary.wiki](\(english)), 2 units."))
        #expect(text.contains("- unit 1: [locales/fr/summary.wiki#L1](\(french)#L1), English: [locales/en/summary.wiki#L1](\(english)#L1)"))
        #expect(text.contains("summary/fr · [locales/fr/summary.wiki:1](\(french)#L1): unit 1 is stale"))
    }
}
