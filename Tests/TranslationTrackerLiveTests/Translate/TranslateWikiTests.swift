import AsyncHTTPClient
import Foundation
import Testing

@testable import TranslationTrackerLive

/// The Translate test support (``TranslateSession``, ``runJobs(_:http:)``) against the real
/// extension: if these pass, what it reports is Translate's own truth.
@Suite("the real Translate extension, driven by the test support", .enabled(if: TestWiki.shouldRun))
struct TranslateWikiTests {
    static let english = """
        <languages/>
        <translate>
        == Goals ==

        We plan four goals.

        Read more at <tvar name="url">https://example.org</tvar>.
        </translate>
        """
    /// What marking makes of ``english``: markers at the end of the heading, before paragraphs.
    static let marked = """
        <languages/>
        <translate>
        == Goals == <!--T:1-->

        <!--T:2-->
        We plan four goals.

        <!--T:3-->
        Read more at <tvar name="url">https://example.org</tvar>.
        </translate>
        """

    typealias Unit = TranslateTruth.Unit

    /// A marked page with units 1 and 2 translated into French; returns their revisions.
    static func seedTranslated(_ page: String, wiki: TestWiki, admin: TranslateSession, http: HTTPClient) async throws -> (Int, Int) {
        let seeder = try await wiki.seeder(http: http)
        try await seeder.edit(page, english)
        try await admin.mark(page)
        let first = try await seeder.edit("Translations:\(page)/1/fr", "== Objectifs ==")
        let second = try await seeder.edit("Translations:\(page)/2/fr", "Nous prévoyons quatre objectifs.")
        try await runJobs(wiki, http: http)
        return (first, second)
    }

    @Test("marking, translating and re-marking give Translate's statuses and counts")
    func markAndFuzzy() async throws {
        guard let wiki = TestWiki.required() else { return }
        try await TestWiki.withHTTP { http in
            let page = TestWiki.uniquePrefix("Goals")
            let admin = try await TranslateSession.admin(wiki, http: http)
            let (first, second) = try await Self.seedTranslated(page, wiki: wiki, admin: admin, http: http)
            #expect(try await wiki.latest(page, http: http)?.text == Self.marked)
            #expect(
                try await admin.messageCollection(page: page, language: "fr") == [
                    Unit(id: "Page display title", status: "untranslated", fuzzy: false, revision: nil, definition: page, translation: nil),
                    Unit(id: "1", status: "translated", fuzzy: false, revision: first, definition: "== Goals ==", translation: "== Objectifs =="),
                    Unit(
                        id: "2", status: "translated", fuzzy: false, revision: second, definition: "We plan four goals.",
                        translation: "Nous prévoyons quatre objectifs."),
                    Unit(id: "3", status: "untranslated", fuzzy: false, revision: nil, definition: "Read more at $url.", translation: nil),
                ])
            #expect(try await admin.languageStats(page: page, language: "fr") == TranslateTruth.Stats(total: 4, translated: 2, fuzzy: 0, proofread: 0))

            // The paragraph's English changes: its translation is outdated, but not edited.
            let seeder = try await wiki.seeder(http: http)
            try await seeder.edit(page, Self.marked.replacingOccurrences(of: "four goals", with: "five goals"))
            try await admin.mark(page)
            let afterChange = try await admin.messageCollection(page: page, language: "fr")
            #expect(
                afterChange.filter { $0.id == "1" || $0.id == "2" } == [
                    Unit(id: "1", status: "translated", fuzzy: false, revision: first, definition: "== Goals ==", translation: "== Objectifs =="),
                    Unit(
                        id: "2", status: "fuzzy", fuzzy: true, revision: second, definition: "We plan five goals.",
                        translation: "Nous prévoyons quatre objectifs."),
                ])
            #expect(try await admin.languageStats(page: page, language: "fr") == TranslateTruth.Stats(total: 4, translated: 1, fuzzy: 1, proofread: 0))

            // The heading changes too, marked with "do not invalidate": its translation stays current.
            let current = try #require(try await wiki.latest(page, http: http)?.text)
            try await seeder.edit(page, current.replacingOccurrences(of: "== Goals ==", with: "== Our goals =="))
            try await admin.mark(page, keeping: ["1"])
            #expect(
                try await admin.messageCollection(page: page, language: "fr") == [
                    Unit(id: "Page display title", status: "untranslated", fuzzy: false, revision: nil, definition: page, translation: nil),
                    Unit(id: "1", status: "translated", fuzzy: false, revision: first, definition: "== Our goals ==", translation: "== Objectifs =="),
                    Unit(
                        id: "2", status: "fuzzy", fuzzy: true, revision: second, definition: "We plan five goals.",
                        translation: "Nous prévoyons quatre objectifs."),
                    Unit(id: "3", status: "untranslated", fuzzy: false, revision: nil, definition: "Read more at $url.", translation: nil),
                ])
            #expect(try await admin.languageStats(page: page, language: "fr") == TranslateTruth.Stats(total: 4, translated: 1, fuzzy: 1, proofread: 0))
        }
    }

    @Test("a review by a second user makes a translation proofread; the translator's own is refused")
    func review() async throws {
        guard let wiki = TestWiki.required() else { return }
        try await TestWiki.withHTTP { http in
            let page = TestWiki.uniquePrefix("Reviewed")
            let admin = try await TranslateSession.admin(wiki, http: http)
            let (first, _) = try await Self.seedTranslated(page, wiki: wiki, admin: admin, http: http)

            let own = await #expect(throws: MediaWikiError.self) { try await admin.review(revision: first) }
            guard case .api(let code, _, _) = own else { Issue.record("expected an API refusal, got \(String(describing: own))"); return }
            #expect(code == "translate-owntranslation")

            let reviewer = try await TranslateSession.reviewer(wiki, http: http)
            try await reviewer.review(revision: first)
            let units = try await admin.messageCollection(page: page, language: "fr")
            #expect(units.map { "\($0.id): \($0.status)" } == ["Page display title: untranslated", "1: proofread", "2: translated", "3: untranslated"])
            #expect(try await admin.languageStats(page: page, language: "fr") == TranslateTruth.Stats(total: 4, translated: 2, fuzzy: 0, proofread: 1))
        }
    }

    @Test("the family's full-history export holds the source, the renders and every unit page")
    func exportFamily() async throws {
        guard let wiki = TestWiki.required() else { return }
        try await TestWiki.withHTTP { http in
            let page = TestWiki.uniquePrefix("Exported")
            let admin = try await TranslateSession.admin(wiki, http: http)
            _ = try await Self.seedTranslated(page, wiki: wiki, admin: admin, http: http)
            let seeder = try await wiki.seeder(http: http)
            try await seeder.edit(page, Self.marked.replacingOccurrences(of: "four goals", with: "five goals"))
            try await admin.mark(page)

            let family = try await admin.family(of: page)
            #expect(
                family == [
                    page, "\(page)/en", "\(page)/fr",
                    "Translations:\(page)/1/en", "Translations:\(page)/1/fr", "Translations:\(page)/2/en", "Translations:\(page)/2/fr",
                    "Translations:\(page)/3/en", "Translations:\(page)/Page display title/en",
                ])
            let xml = String(decoding: try await admin.export(titles: family), as: UTF8.self)
            let pages = Self.revisionTexts(xml)
            #expect(pages.map(\.title).sorted() == family.sorted())
            // The source: seeded, markers added by marking, then the change (its markers were already there).
            #expect(pages.first { $0.title == page }?.texts.count == 3)
            // FuzzyBot's unit page for the changed paragraph: the English at each marking.
            #expect(pages.first { $0.title == "Translations:\(page)/2/en" }?.texts == ["We plan four goals.", "We plan five goals."])
            // The outdated translation itself is never edited.
            #expect(pages.first { $0.title == "Translations:\(page)/2/fr" }?.texts == ["Nous prévoyons quatre objectifs."])
        }
    }

    @Test("marking a page without <translate> fails with Special:PageTranslation's own message")
    func markRefused() async throws {
        guard let wiki = TestWiki.required() else { return }
        try await TestWiki.withHTTP { http in
            let page = TestWiki.uniquePrefix("Plain")
            try await wiki.seeder(http: http).edit(page, "No translate tags here.")
            let admin = try await TranslateSession.admin(wiki, http: http)
            let error = await #expect(throws: TestWikiError.self) { try await admin.mark(page) }
            let message = "Page \(page) is not suitable for translation. Make sure it has <translate> tags and has a valid syntax."
            #expect(error?.description == "Special:PageTranslation refused to mark \(page): \(message)")
        }
    }

    /// Each exported page's title and revision texts in order, read plainly from the XML
    /// (titles and these texts hold nothing XML escapes).
    static func revisionTexts(_ xml: String) -> [(title: String, texts: [String])] {
        xml.components(separatedBy: "<page>").dropFirst().map { block in
            let title = block.firstMatch(of: /<title>(.*?)<\/title>/).map { String($0.output.1) } ?? ""
            let texts = block.matches(of: /<text [^>]*>(.*?)<\/text>/.dotMatchesNewlines()).map { String($0.output.1) }
            return (title, texts)
        }
    }
}
