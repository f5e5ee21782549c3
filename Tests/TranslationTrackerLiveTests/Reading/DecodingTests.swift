import Foundation
import Testing
import TranslationTracker
import TranslationTrackerReaders

@testable import TranslationTrackerLive

/// Decoding of Action API answers that the test wiki cannot produce (no Translate extension, no
/// PDF handler) or that are easier to pin down in writing. The answers are ours, in the shape
/// the API documents (formatversion=2).
@Suite("decoding Action API answers")
struct DecodingTests {
    static func json(_ text: String) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }

    @Test("sha1: the API's hex becomes the base-36 dumps write", arguments: [
        ("da39a3ee5e6b4b0d3255bfef95601890afd80709", "phoiac9h4m842xq45sp7s6u21eteeq1"),
        ("0000000000000000000000000000000000000000", "0000000000000000000000000000000"),
        ("ffffffffffffffffffffffffffffffffffffffff", "twj4yidkw7a8pn4g709kzmfoaol3x8f"),
    ])
    func sha1(hex: String, base36: String) {
        #expect(SHA1Base36.fromHex(hex) == base36)
    }

    @Test("sha1: anything but 40 hex digits is refused")
    func sha1Invalid() {
        #expect(SHA1Base36.fromHex("xyz") == nil)
        #expect(SHA1Base36.fromHex(String(repeating: "g", count: 40)) == nil)
    }

    @Test("messagegroupstats: total, translated, fuzzy and proofread per language, title included")
    func messageGroupStats() throws {
        let answer = try Self.json("""
            {"batchcomplete": true, "query": {"messagegroupstats": [
              {"total": 16, "translated": 12, "fuzzy": 1, "proofread": 3, "code": "fr", "language": "fr"},
              {"total": 16, "translated": 0, "fuzzy": 0, "proofread": 0, "code": "ja", "language": "ja"},
              {"code": "xx", "language": "xx"}
            ]}}
            """)
        let stats = MessageGroupStats.decode(answer)
        #expect(stats["fr"] == TranslateStats(total: 16, translated: 12, fuzzy: 1, proofread: 3, basis: .wiki, includesTitle: true))
        #expect(stats["ja"]?.translated == 0)
        #expect(stats["xx"] == nil, "no numbers")
    }

    @Test("siteinfo: Translate listed, namespaces by number")
    func siteinfo() throws {
        let answer = try Self.json("""
            {"query": {"general": {"sitename": "Meta"}, "extensions": [{"type": "specialpage", "name": "Translate"}],
              "namespaces": {"0": {"id": 0, "name": ""}, "1198": {"id": 1198, "name": "Translations"}}}}
            """)
        let site = LiveSite.decode(answer, wiki: "meta")
        #expect(site.translate)
        #expect(site.siteName == "Meta")
        #expect(site.namespaces[1198] == "Translations")
    }

    /// One language of `list=messagecollection` as the Translate extension (REL1_39) answers it.
    static let collection = """
        {"batchcomplete": true, "query": {"metadata": {"state": false, "resultsize": 4, "remaining": 0}, "messagecollection": [
          {"key": "Annual_Plan/2023/Page_display_title", "definition": "Annual Plan/2023", "translation": null, "tags": [], "revision": null,
           "properties": {"status": "untranslated", "last-translator-text": null, "last-translator-id": null},
           "title": "Translations:Annual Plan/2023/Page display title/fr", "targetLanguage": "fr", "primaryGroup": "page-Annual Plan/2023"},
          {"key": "Annual_Plan/2023/1", "definition": "== Budget ==", "translation": "== Budget fr ==", "tags": [], "revision": "9",
           "properties": {"revision": "9", "status": "translated", "last-translator-text": "Admin", "last-translator-id": "1"},
           "title": "Translations:Annual Plan/2023/1/fr", "targetLanguage": "fr", "primaryGroup": "page-Annual Plan/2023"},
          {"key": "Annual_Plan/2023/2", "definition": "The budget is 180 million dollars.", "translation": "Le budget est de 177 millions.",
           "tags": ["fuzzy"], "revision": "10", "properties": {"revision": "10", "status": "fuzzy"},
           "title": "Translations:Annual Plan/2023/2/fr", "targetLanguage": "fr", "primaryGroup": "page-Annual Plan/2023"},
          {"key": "Annual_Plan/2023/3", "definition": "Second paragraph with $url link.", "translation": "Deuxième paragraphe, $url.",
           "tags": [], "revision": "11", "properties": {"revision": "11", "status": "proofread", "reviewers": [2]},
           "title": "Translations:Annual Plan/2023/3/fr", "targetLanguage": "fr", "primaryGroup": "page-Annual Plan/2023"}
        ]}}
        """

    @Test("messagecollection: unit names from the unit page titles (a page title with /), states, translations and definitions")
    func messageCollection() throws {
        let messages = MessageCollection.decode([try Self.json(Self.collection)], source: "Annual Plan/2023")
        #expect(messages.map(\.unit) == ["Page display title", "1", "2", "3"])
        #expect(messages.map(\.status) == [nil, .translated, .fuzzy, .proofread])
        #expect(messages.map(\.revision) == [nil, 9, 10, 11])
        #expect(messages[2].translation == "Le budget est de 177 millions.")
        #expect(messages[3].definition == "Second paragraph with $url link.")
    }

    @Test("what Translate reported travels from the live snapshot to the page states, as the evaluator reads them")
    func reportToPageStates() throws {
        let document = DocumentSpec(
            id: "plan", name: "Plan", kind: .wikitext,
            pages: [WikiPageLocation(wiki: "meta", source: "Annual Plan/2023", translation: PathPattern("Annual Plan/2023/{lang}"), translatable: true)])
        let manifest = Manifest(
            source: "en",
            languages: [Language(code: "fr", name: "French", autonym: "français"), Language(code: "ja", name: "Japanese", autonym: "日本語")],
            documents: [document])
        let fr = TranslateStats(total: 4, translated: 2, fuzzy: 1, proofread: 1, basis: .wiki, includesTitle: true)
        let ja = TranslateStats(total: 4, translated: 0, fuzzy: 0, proofread: 0, basis: .wiki, includesTitle: true)
        let report = TranslateReport(
            stats: ["fr": fr, "ja": ja], messages: ["fr": MessageCollection.decode([try Self.json(Self.collection)], source: "Annual Plan/2023")])
        var snapshot = LiveSnapshot()
        snapshot.unitPages["meta"] = ["Annual Plan/2023": LiveUnitPages(wiki: "meta", source: "Annual Plan/2023", pages: [], report: report)]
        let titles = WikiTitles(manifest: manifest)
        let pages = snapshot.wikiPages(titles: titles)
        #expect(pages.report(of: "Annual_Plan/2023", on: "meta") == report)
        let state = WikiSnapshots(pages: pages, manifest: manifest).snapshot(of: document, entry: document.pages[0], languages: ["fr", "ja"])
        #expect(state.source.translateUnits?.keys.sorted() == ["1", "2", "3", "Page display title"])
        #expect(state.source.translateUnits?["2"]?.text == "The budget is 180 million dollars.")
        let french = try #require(state.translations["fr"])
        #expect(french.translateUnits?.mapValues(\.reported) == ["1": .translated, "2": .fuzzy, "3": .proofread])
        #expect(french.translateStats == fr)
        #expect(state.translations["ja"]?.translateUnits?.isEmpty == true)
        #expect(state.translations["ja"]?.translateStats == ja)
    }

    @Test("a continued query: pages merged, normalization and redirects mapped back to the asked titles, missing and invalid absent")
    func continuedQuery() throws {
        var query = PageQuery()
        query.add(try Self.json("""
            {"continue": {"rvcontinue": "12|34", "continue": "||"}, "query": {
              "normalized": [{"fromencoded": false, "from": "file:my_slides.pdf", "to": "File:My slides.pdf"}],
              "redirects": [{"from": "Old plan", "to": "Plan"}],
              "pages": [
                {"pageid": 7, "ns": 6, "title": "File:My slides.pdf",
                 "revisions": [{"revid": 30, "parentid": 29, "timestamp": "2024-01-02T00:00:00Z", "sha1": "da39a3ee5e6b4b0d3255bfef95601890afd80709", "size": 0,
                   "user": "A", "comment": "c", "slots": {"main": {"contentmodel": "wikitext", "contentformat": "text/x-wiki", "content": "slides"}}}],
                 "imageinfo": [{"timestamp": "2024-01-02T00:00:00Z", "size": 1000, "pagecount": 12, "sha1": "da39a3ee5e6b4b0d3255bfef95601890afd80709", "mime": "application/pdf"}]},
                {"pageid": 8, "ns": 0, "title": "Plan"},
                {"ns": 0, "title": "Gone", "missing": true},
                {"title": "Bad<title", "invalidreason": "bad", "invalid": true}
              ]}}
            """))
        query.add(try Self.json("""
            {"query": {"pages": [
              {"pageid": 7, "ns": 6, "title": "File:My slides.pdf"},
              {"pageid": 8, "ns": 0, "title": "Plan", "revisions": [{"revid": 40, "parentid": 0, "timestamp": "2024-01-03T00:00:00Z", "slots": {"main": {"content": "plan"}}}]}
            ]}}
            """))
        let (file, fileRedirected) = query.page(asked: "file:my_slides.pdf")
        #expect(file?.page.title == "File:My slides.pdf" && !fileRedirected)
        #expect(file?.file?.pageCount == 12)
        #expect(file?.file?.sha1 == "phoiac9h4m842xq45sp7s6u21eteeq1")
        #expect(file?.page.revisions.first?.sha1 == "phoiac9h4m842xq45sp7s6u21eteeq1")
        let (plan, redirected) = query.page(asked: "Old plan")
        #expect(redirected && plan?.page.revisions.map(\.id) == [40], "revisions from the continued answer")
        #expect(query.page(asked: "Gone").page == nil)
        #expect(query.page(asked: "Bad<title").page == nil)

        let live = LivePage.from(plan, wiki: "meta", title: "Old plan", redirected: true)
        #expect(live.wikiPage?.title == "Old plan", "filed under the manifest's title")
        #expect(live.wikiPage?.redirect == "Plan")
        #expect(live.hasFullHistory)
    }

    @Test("page count from the metadata when the API gives no pagecount")
    func pageCountFromMetadata() throws {
        let info = FileInfo.decode(try Self.json("""
            {"timestamp": "2024-01-02T00:00:00Z", "mime": "image/vnd.djvu", "metadata": [{"name": "Pages", "value": 9}]}
            """))
        #expect(info?.pageCount == 9)
    }

    @Test("cache file names: safe, short, distinct for titles that differ only in unsafe characters")
    func cacheNames() {
        let a = LiveCache.fileName("Plan/2023:ar")
        let b = LiveCache.fileName("Plan/2023?ar")
        #expect(a != b)
        #expect(!a.contains("/") && !a.contains(":"))
        #expect(LiveCache.fileName(String(repeating: "ملخص", count: 100)).utf8.count < 100)
        #expect(LiveCache.fileName("Plan_x") == LiveCache.fileName("Plan x"), "titles are normalized first")
    }
}
