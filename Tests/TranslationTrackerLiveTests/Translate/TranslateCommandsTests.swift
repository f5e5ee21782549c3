import AsyncHTTPClient
import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerLive

/// `transtrack status --live` and `diff --live` on a page marked by the real Translate
/// extension, run as the built binary: the outdated unit is stale with Translate's own
/// provenance, and the diff shows the English unit page then and now.
@Suite("transtrack on a real Translate page", .enabled(if: TestWiki.shouldRun))
struct TranslateCommandsTests {
    static let english = """
        <languages/>
        <translate>
        == Budget ==

        The budget is 177 million dollars.
        </translate>
        """

    @Test("status --live: stale from Translate; diff --live: the English unit page then and now, word by word")
    func statusAndDiff() async throws {
        guard let wiki = TestWiki.required() else { return }
        let http = MediaWikiClient.makeHTTPClient()
        defer { HTTPShutdown.later(http) }
        let page = TestWiki.uniquePrefix("Commands")
        let seeder = try await wiki.seeder(http: http)
        let admin = try await TranslateSession.admin(wiki, http: http)
        try await seeder.edit(page, Self.english)
        try await admin.mark(page)
        try await seeder.edit("Translations:\(page)/1/fr", "== Budget ==")
        try await seeder.edit("Translations:\(page)/2/fr", "Le budget est de 177 millions de dollars.")
        try await runJobs(wiki, http: http)
        let marked = try await TranslateAgreementTests.latestText(seeder.client, page)
        try await seeder.edit(page, marked.replacingOccurrences(of: "177 million", with: "180 million"))
        try await admin.mark(page)
        let manifest = try LiveManifest(
            api: wiki.api,
            documents: """
                  - id: plan
                    pages:
                      - { wiki: meta, source: "\(page)", translation: "\(page)/{lang}", translatable: true }
                """, wikis: ["meta"])
        defer { manifest.remove() }

        let status = try CLI.run(["status", "--live", "--verbose"], in: manifest.root)
        #expect(status.status == 0, "\(status.stderr)")
        let row = status.stdout.split(separator: "\n").first { $0.contains(" fr ") && $0.contains(" meta ") }.map(String.init) ?? ""
        #expect(row.contains(" outdated "), "\(status.stdout)")
        #expect(row.contains(" translate "), "provenance: Translate's own state")
        #expect(row.contains("Translate 1/3 translated, 1 fuzzy, 0 proofread"), "\(row)")
        #expect(
            status.stderr.split(separator: "\n").last
                == "meta: 4 titles in 1 batch (ceil(4/50)) + 0 continuations; siteinfo 1; Translate statistics 1; Translate unit states 1 (one per language with a translation); 4 requests",
            "\(status.stderr)")

        // The revisions the diff must name, as the wiki has them.
        let history = try await seeder.client.call([
            ("action", "query"), ("prop", "revisions"), ("titles", "Translations:\(page)/2/en"), ("rvprop", "ids|timestamp"), ("rvdir", "newer"),
            ("rvlimit", "max"),
        ])
        let english = history["query"]?["pages"]?[0]?["revisions"]?.array ?? []
        #expect(english.count == 2)
        let units = try await admin.messageCollection(page: page, language: "fr")
        let translated = try #require(units.first { $0.id == "2" })
        let translation = try await seeder.client.call([
            ("action", "query"), ("prop", "revisions"), ("revids", String(try #require(translated.revision))), ("rvprop", "ids|timestamp"),
        ])
        func ref(_ json: JSONValue?) -> String { "revision \(json?["revid"]?.int ?? 0) of \(json?["timestamp"]?.string ?? "")" }
        let translatedIn = ref(translation["query"]?["pages"]?[0]?["revisions"]?[0])

        let diff = try CLI.run(["diff", "fr", "2", "--live"], in: manifest.root)
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(
            diff.stdout == """
                plan fr unit 2 · meta:\(page)/fr
                --- English then: \(ref(english.first)), current when the translation was last saved (\(translatedIn)); Translate has marked it fuzzy since
                +++ English now: \(ref(english.last)), \(Fingerprint(unitText: "The budget is 180 million dollars.").hex), meta:Translations:\(page)/2/en
                The budget is [-177-]{+180+} million dollars.

                """)

        let current = try CLI.run(["diff", "fr", "1", "--live"], in: manifest.root)
        #expect(current.stdout == "plan fr unit 1 · meta:\(page)/fr\nCurrent: Translate has not marked this translation outdated.\n")
    }
}
