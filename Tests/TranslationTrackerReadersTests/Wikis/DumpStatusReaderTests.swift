import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerReaders

/// The exports under `Fixtures/status-dumps/` (see its generate.py) against the embedded dataset.
enum StatusDumps {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/status-dumps").path
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static func dump(_ wiki: String) -> WikiDump { WikiDump(wiki: wiki, path: folder + "/\(wiki).xml") }

    static func workspace() throws -> Workspace {
        try Workspace.open(manifestPath: repository + "/locales/tracker.yaml", currentDirectory: repository)
    }

    static func reader(_ wikis: [String]) throws -> DumpStatusReader {
        try DumpStatusReader(local: LocalFilesReader(workspace: try workspace()), dumps: wikis.map(dump))
    }

    static let summary = "Wikimedia Foundation Annual Plan/2023-2024/Summary"
}

@Suite("status from MediaWiki dumps: each dump read once, a snapshot per place")
struct DumpStatusReaderTests {
    static func status(_ report: StatusReport, _ language: LanguageCode, _ place: String, document: String = "summary") -> TranslationStatus? {
        report.documents.first { $0.id == document }?.translations.first { $0.language == language && $0.location.place == place }
    }

    @Test("one filter per dump keeps only the pages the documents need")
    func filter() throws {
        let manifest = try StatusDumps.workspace().manifest
        let pages = try WikiPages.read([StatusDumps.dump("meta")], titles: WikiTitles(manifest: manifest))
        #expect(pages.page(StatusDumps.summary, on: "meta")?.revisions.count == 2)
        #expect(pages.page(StatusDumps.summary + "/fr", on: "meta") != nil)
        #expect(pages.page("Main Page", on: "meta") == nil)
        let french = pages.unitPages(of: StatusDumps.summary, language: "fr", on: "meta")
        #expect(french.count == 15, "units 1 to 14 and the page title")
        #expect(french["Page display title"] != nil)
        #expect(french["7"]?.revisions.count == 1, "Translate does not edit a translation when the English changes")
        let english = pages.unitPages(of: StatusDumps.summary, language: "en", on: "meta")
        #expect(english.count == 16, "the English unit pages, read too: units 1 to 15 and the title")
        #expect(english["7"]?.revisions.map(\.id) == [1107, 1207], "FuzzyBot rewrote unit 7 at the second marking")
        #expect(pages.unitPages(of: StatusDumps.summary, language: "de", on: "meta").isEmpty, "de is not a manifest language")
        #expect(pages.unitPages(of: StatusDumps.summary, language: "ar", on: "meta").isEmpty)
    }

    @Test("page states: revision, full or cut-off history, Translate unit pages for a translatable page")
    func snapshots() throws {
        let reader = try StatusDumps.reader(["meta", "frwiki"])
        let wiki = try reader.snapshots()
        let manifest = reader.local.workspace.manifest
        let summary = try #require(manifest.document("summary"))
        let meta = wiki.snapshot(of: summary, entry: summary.pages[0], languages: ["fr", "ar", "ja"])
        #expect(meta.source.revision == RevisionRef(id: 1002, timestamp: "2023-04-20T12:00:00Z"))
        #expect(meta.source.history.complete)
        #expect(meta.source.document?.units.count == 15)
        #expect(meta.translations["fr"]?.translateUnits?["7"]?.isFuzzy == false, "no typed !!FUZZY!!: the state is inferred")
        #expect(meta.translations["fr"]?.translateUnits?["12"]?.revision?.id == 2090)
        #expect(meta.source.translateUnits?["12"]?.history.revisions.map(\.id) == [1112, 1212])
        #expect(meta.translations["ar"]?.translateUnits?.isEmpty == true)
        #expect(meta.translations["ar"]?.exists == true)
        #expect(meta.translations["ja"]?.exists == false)
        #expect(meta.translations["ja"]?.location == .wiki(id: "meta", title: StatusDumps.summary + "/ja"))

        let copies = wiki.snapshots(of: summary, languages: ["fr", "ar"], localEnglish: nil)
        #expect(copies.map(\.source.location.place) == ["meta", "meta"], "the copy on frwiki is compared with Meta's English")
        let french = try #require(copies.last?.translations["fr"])
        #expect(french.history.complete == false, "a current-only dump: its one revision has a parent")
        #expect(copies.last?.translations["ar"] == nil, "no dump of arwiki")
    }

    @Test("status: a row per place, Translate's tracking on Meta, history on the Arabic Wikipedia")
    func status() throws {
        let report = try StatusDumps.reader(["meta", "arwiki", "frwiki", "commons"]).status()
        let summary = try #require(report.documents.first { $0.id == "summary" })
        #expect(summary.sources?.map(\.location.place) == ["local", "meta", "meta", "meta"])
        #expect(summary.translations.filter { $0.language == "ar" }.map(\.location.place) == ["local", "meta", "arwiki"])

        let arMeta = try #require(Self.status(report, "ar", "meta"))
        #expect(arMeta.translate?.basis == .renderedPage)
        let arCounts: [Int] = [arMeta.counts.current, arMeta.counts.stale, arMeta.counts.missing]
        #expect(arCounts == [12, 1, 2])
        #expect(arMeta.units.first { $0.id == "12" }?.evidence?.source?.id == 1001, "rendered before the English edit")

        let frMeta = try #require(Self.status(report, "fr", "meta"))
        #expect(frMeta.translate == TranslateStats(total: 16, translated: 14, fuzzy: 1, basis: .unitPages, includesTitle: true))
        #expect(frMeta.units.first { $0.id == "7" }.map { "\($0.state) \($0.provenance) \($0.evidence?.signal?.rawValue ?? "")" } == "stale translateInferred rendered-page")
        #expect(frMeta.units.first { $0.id == "15" }?.state == .missing)

        let arwiki = try #require(Self.status(report, "ar", "arwiki"))
        func unit(_ id: UnitID) -> UnitStatus? { arwiki.units.first { $0.id == id } }
        #expect(unit("7").map { "\($0.state) \($0.provenance)" } == "stale inferred", "made from the draft; only re-wrapped since")
        #expect(unit("7")?.evidence == UnitEvidence(translation: RevisionRef(id: 3001, timestamp: "2023-04-10T08:00:00Z"), source: RevisionRef(id: 1001, timestamp: "2023-04-03T09:00:00Z")))
        #expect(unit("12").map { "\($0.state) \($0.provenance)" } == "current inferred", "redone after the English edit")
        #expect(unit("3")?.evidence?.translation?.id == 3003)
        #expect(unit("5").map { "\($0.state) \($0.provenance)" } == "stale recorded", "src= wins over history")
        #expect(arwiki.revision?.id == 3003)
        #expect(arwiki.state == .outdated)

        let frwiki = try #require(Self.status(report, "fr", "frwiki"))
        #expect(frwiki.counts.unverified == 15, "a current-only dump cannot date the units")

        #expect(Self.status(report, "ja", "meta")?.state == .missing)
        #expect(Self.status(report, "ja", "local")?.state == .missing)
        #expect(Self.status(report, "zh", "zhwiki") == nil, "no dump of zhwiki: no row")

        #expect(Self.status(report, "fr", "commons", document: "slides")?.state == .outdated)
        #expect(Self.status(report, "es", "commons", document: "slides")?.state == .complete)
        #expect(Self.status(report, "ar", "commons", document: "slides")?.state == .missing)
        #expect(report.untracked.isEmpty)
    }

    @Test("without a dump of Meta, a copy is compared with the local English and nothing is inferred")
    func copyAgainstLocalEnglish() throws {
        let report = try StatusDumps.reader(["arwiki"]).status()
        let arwiki = try #require(Self.status(report, "ar", "arwiki"))
        #expect(report.documents.first?.sources?.map(\.location) == [.file(path: "locales/en/summary.wiki"), .file(path: "locales/en/summary.wiki")])
        #expect(arwiki.counts.unverified == 14)
        #expect(arwiki.units.first { $0.id == "5" }?.provenance == .recorded)
        #expect(report.untracked.isEmpty, "the slides have local files")
        #expect(Self.status(report, "es", "local", document: "slides")?.state == .outdated)
        #expect(Self.status(report, "es", "commons", document: "slides") == nil, "no dump of Commons: no row")
    }

    @Test("an unknown wiki (with a suggestion), a wiki twice, a missing file: errors that say what to do")
    func errors() throws {
        let local = LocalFilesReader(workspace: try StatusDumps.workspace())
        #expect {
            try DumpStatusReader(local: local, dumps: [WikiDump(wiki: "metta", path: "x.xml")])
        } throws: { error in
            let text = (error as? WikiDumpError)?.description ?? ""
            return text.contains("'metta' is not a wiki in") && text.contains("did you mean 'meta'?") && text.contains("commons")
        }
        #expect(throws: WikiDumpError.self) {
            try DumpStatusReader(local: local, dumps: [StatusDumps.dump("meta"), StatusDumps.dump("meta")])
        }
        #expect {
            try DumpStatusReader(local: local, dumps: [WikiDump(wiki: "meta", path: "/no/such/dump.xml")]).status()
        } throws: { error in
            (error as? WikiDumpError)?.description.contains("/no/such/dump.xml: error: cannot read the dump: no such file") == true
        }
        #expect(WikiDump.parse("meta=a=b.xml") == WikiDump(wiki: "meta", path: "a=b.xml"))
        #expect(WikiDump.parse("meta") == nil)
        #expect(WikiDump.parse("=x.xml") == nil)
    }
}
