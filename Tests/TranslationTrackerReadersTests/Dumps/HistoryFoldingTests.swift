import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerReaders

/// A long history read folded (``HistoryFolding``) gives the same status as every revision's text
/// kept, and the reader does not hold the texts.
@Suite("history in bounded memory: folded as read, the same answers")
struct HistoryFoldingTests {
    /// Folds every page, whatever its size.
    static let foldAll = HistoryFolding(sourceLanguage: "en", textBudget: 0)

    static func report(_ wikis: [String], folding: HistoryFolding?) throws -> StatusReport {
        let reader = try StatusDumps.reader(wikis)
        let manifest = reader.local.workspace.manifest
        let pages = try WikiPages.read(reader.dumps, titles: WikiTitles(manifest: manifest), folding: folding)
        return try reader.status(wiki: WikiSnapshots(pages: pages, manifest: manifest))
    }

    @Test("the status dumps (Meta's translatable page, the Arabic Wikipedia's history): the same report folded or not")
    func sameReportOnFixtures() throws {
        let wikis = ["meta", "arwiki", "frwiki", "commons"]
        let kept = try Self.report(wikis, folding: nil)
        let folded = try Self.report(wikis, folding: Self.foldAll)
        #expect(folded == kept)
        #expect(kept.translations.contains { $0.units.contains { $0.provenance == .inferred } }, "the fixture exercises inference")
    }

    /// The French summary with `src=` left out, so its states are inferred, in revisions that add,
    /// edit, re-wrap, remove and restore units, lose their markers, and have deleted text.
    static func frenchRevisions() throws -> [String?] {
        let french = try DumpSupport.text("locales/fr/summary.wiki").replacing(/\ src=[0-9a-f]+/, with: "")
        var paragraphs = french.components(separatedBy: "\n\n")
        var texts: [String?] = []
        texts.append(paragraphs.prefix(4).joined(separator: "\n\n"))  // a first draft: a few units
        texts.append(paragraphs.joined(separator: "\n\n"))  // every unit
        paragraphs[3] += " (revu)"
        texts.append(paragraphs.joined(separator: "\n\n"))  // one unit edited
        texts.append(paragraphs.joined(separator: "\n\n").replacingOccurrences(of: ". ", with: ".\n"))  // re-wrapped only
        texts.append(nil)  // deleted text
        texts.append(paragraphs.filter { !$0.contains("T:5") }.joined(separator: "\n\n"))  // a unit removed
        texts.append(paragraphs.joined(separator: "\n\n"))  // and restored
        texts.append(french.replacing(/<!--T:[0-9]+-->\n?/, with: ""))  // markers lost
        for round in 0..<20 {
            paragraphs[4 + round % 6] += " \(round)"
            texts.append(paragraphs.joined(separator: "\n\n"))
        }
        return texts
    }

    static let frenchCopy = "Wikipédia:Fondation Wikimedia/Plan annuel 2023-2024/Résumé"

    /// An export of the English summary (three revisions, the last today's) and its French page;
    /// with `copy`, of the French Wikipedia's copy alone.
    static func export(french: [String?], copy: Bool = false) throws -> String {
        let english = try DumpSupport.text("locales/en/summary.wiki")
        var englishParagraphs = english.components(separatedBy: "\n\n")
        englishParagraphs[5] = englishParagraphs[5].replacingOccurrences(of: "e", with: "é")
        let older = englishParagraphs.joined(separator: "\n\n")
        var xml = "<mediawiki version=\"0.11\">\n<siteinfo><sitename>Meta</sitename><dbname>metawiki</dbname></siteinfo>\n"
        var revision = 1
        func page(_ title: String, id: Int, _ texts: [(String?, String)]) {
            xml += "<page><title>\(title)</title><ns>0</ns><id>\(id)</id>\n"
            for (index, (text, stamp)) in texts.enumerated() {
                xml += "<revision><id>\(revision)</id>" + (index > 0 ? "<parentid>\(revision - 1)</parentid>" : "") + "<timestamp>\(stamp)</timestamp>"
                if let text {
                    let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                    xml += "<text xml:space=\"preserve\">\(escaped)</text>"
                } else {
                    xml += "<text deleted=\"deleted\" />"
                }
                xml += "</revision>\n"
                revision += 1
            }
            xml += "</page>\n"
        }
        if !copy {
            page(StatusDumps.summary, id: 1, [(older, "2023-03-01T00:00:00Z"), (older + "\n", "2023-04-01T00:00:00Z"), (english, "2023-05-01T00:00:00Z")])
        }
        page(
            copy ? frenchCopy : StatusDumps.summary + "/fr", id: 2,
            french.enumerated().map { ($0.element, String(format: "2023-04-%02dT12:00:00Z", 1 + $0.offset)) })
        return xml + "</mediawiki>\n"
    }

    @Test("a page with many revisions: the same report folded or not, and only the latest text is held")
    func sameReportForManyRevisions() throws {
        let scratch = try Scratch()
        try scratch.write("meta.xml", try Self.export(french: try Self.frenchRevisions()))
        try scratch.write("frwiki.xml", try Self.export(french: try Self.frenchRevisions(), copy: true))
        let reader = try DumpStatusReader(
            local: LocalFilesReader(workspace: try StatusDumps.workspace()),
            dumps: [WikiDump(wiki: "meta", path: scratch.path("meta.xml")), WikiDump(wiki: "frwiki", path: scratch.path("frwiki.xml"))])
        let manifest = reader.local.workspace.manifest
        func report(_ folding: HistoryFolding?) throws -> StatusReport {
            let pages = try WikiPages.read(reader.dumps, titles: WikiTitles(manifest: manifest), folding: folding)
            return try reader.status(wiki: WikiSnapshots(pages: pages, manifest: manifest), documents: ["summary"], languages: ["fr"])
        }
        let kept = try report(nil)
        let folded = try report(Self.foldAll)
        #expect(folded == kept)
        let french = try #require(kept.translations.first { $0.location.place == "meta" })
        #expect(french.units.contains { $0.evidence != nil }, "history decided something on Meta")
        let copy = try #require(kept.translations.first { $0.location.place == "frwiki" })
        #expect(copy.units.filter { $0.provenance == .inferred && $0.evidence?.translation != nil }.count > 10, "and on the copy, by its markers")
        // What `status --dump` does by default (pages under the budget keep their texts) agrees too.
        #expect(try reader.status(documents: ["summary"], languages: ["fr"]) == kept)
    }

    @Test("the reader holds one revision text at a time when folding, every one when not")
    func textsHeld() throws {
        let revisions = try Self.frenchRevisions()
        let bytes = Array(try Self.export(french: revisions).utf8)
        let french = StatusDumps.summary + "/fr"
        let keeping = ExportReader(wants: { $0 == french })
        try keeping.feed(bytes, final: true)
        #expect(keeping.mostTextsHeld == revisions.compactMap { $0 }.count)

        let folding = ExportReader(wants: { $0 == french }, folding: Self.foldAll)
        try folding.feed(bytes, final: true)
        #expect(folding.mostTextsHeld == 1)
        let page = try #require(folding.export.pages.first)
        #expect(page.revisions.count == revisions.count, "every revision is still listed")
        #expect(page.revisions.dropLast().allSatisfy { $0.text == nil })
        #expect(page.latest?.text == revisions.last!)
        #expect(page.digest?.revisions == revisions.count)
    }

    @Test("under the budget a page keeps its texts, as diff needs them")
    func underBudget() throws {
        let bytes = Array(try Self.export(french: try Self.frenchRevisions()).utf8)
        let export = try ExportReader.read(bytes, wants: { _ in true }, folding: HistoryFolding(sourceLanguage: "en"))
        #expect(export.pages.allSatisfy { $0.digest == nil && $0.revisions.allSatisfy { $0.text != nil || $0.textDeleted } })
    }
}
