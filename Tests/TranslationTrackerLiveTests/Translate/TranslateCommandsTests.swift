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
        let (seeder, admin) = try await TranslateSession.seedMarked(
            page, english: Self.english, french: ["== Budget ==", "Le budget est de 177 millions de dollars."], wiki: wiki, http: http)
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
                == "meta: 4 titles in 1 batch (ceil(4/50)) + 0 continuations; siteinfo 1; Translate statistics 1; Translate unit states 1 (one per language with a translation); outdated units: save times 1, English unit histories 1; 6 requests",
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

/// The CI gate on Meta-Wiki: `check --live` fails on a stale unit there, naming the wiki page,
/// the unit and the English diff, passes again once it is translated again; content checks run
/// on what is posted; `check --dump` on an export of the same wiki finds exactly the same; and
/// every CI format carries the wiki location.
@Suite("transtrack check on Meta's translatable page", .enabled(if: TestWiki.shouldRun))
struct TranslateCheckGateTests {
    static let english = """
        <languages/>
        <translate>
        == Budget ==

        The budget is 177 million dollars.

        We plan four goals.
        </translate>
        """

    static func findings(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["findings"] as? [[String: Any]] ?? []
    }

    /// A finding as a comparable line: check, language, unit, wiki location and its links, message.
    static func line(_ finding: [String: Any]) -> String {
        let wiki = finding["wiki"] as? [String: Any] ?? [:]
        let parts: [Any?] = [
            finding["check"], finding["language"], finding["unit"], wiki["wiki"], wiki["title"], wiki["revision"], wiki["url"], wiki["englishDiff"],
            wiki["englishEditsBehind"], finding["message"],
        ]
        return parts.map { $0.map { "\($0)" } ?? "-" }.joined(separator: " | ")
    }

    @Test("check --live: exit 1 on a unit outdated on Meta, with the page, unit and English diff; check --dump agrees; re-translated, exit 0")
    func gate() async throws {
        guard let wiki = TestWiki.required() else { return }
        let http = MediaWikiClient.makeHTTPClient()
        defer { HTTPShutdown.later(http) }
        let page = TestWiki.uniquePrefix("Gate")
        let (seeder, admin) = try await TranslateSession.seedMarked(
            page, english: Self.english, french: ["== Budget ==", "Le budget est de 177 millions de dollars.", "Nous prévoyons quatre objectifs."],
            wiki: wiki, http: http)
        let manifest = try LiveManifest(
            api: wiki.api,
            documents: """
                  - id: plan
                    pages:
                      - { wiki: meta, source: "\(page)", translation: "\(page)/{lang}", translatable: true }
                """, wikis: ["meta"])
        defer { manifest.remove() }

        let clean = try CLI.run(["check", "--live", "-l", "fr"], in: manifest.root)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")

        // The English of unit 2 changes and the page is marked again; Japanese is translated
        // afterwards with a wrong figure (175 for 177… now 180).
        let marked = try await TranslateAgreementTests.latestText(seeder.client, page)
        try await seeder.edit(page, marked.replacingOccurrences(of: "177 million", with: "180 million"))
        try await admin.mark(page)
        try await seeder.edit("Translations:\(page)/1/ja", "== 予算 ==")
        try await seeder.edit("Translations:\(page)/2/ja", "予算は1億7500万ドルです。")
        try await runJobs(wiki, http: http)

        let failing = try CLI.run(["check", "--live"], in: manifest.root)
        #expect(failing.status == 1, "\(failing.stdout)\(failing.stderr)")
        print("check --live after the English edit:\n" + failing.stdout + failing.stderr)
        let english = try await seeder.client.call([
            ("action", "query"), ("prop", "revisions"), ("titles", "Translations:\(page)/2/en"), ("rvprop", "ids"), ("rvdir", "newer"), ("rvlimit", "max"),
        ])
        let ids = (english["query"]?["pages"]?[0]?["revisions"]?.array ?? []).compactMap { $0["revid"]?.int }
        #expect(ids.count == 2)
        let index = wiki.api.absoluteString.replacingOccurrences(of: "api.php", with: "index.php")
        let diffURL = "\(index)?diff=\(ids.last ?? 0)&oldid=\(ids.first ?? 0)"
        let staleLine = failing.stdout.split(separator: "\n").first { $0.hasPrefix("meta:\(page)/fr#2: error:") }.map(String.init)
        #expect(staleLine != nil, "\(failing.stdout)")
        #expect(staleLine?.contains(diffURL) == true, "\(staleLine ?? "")")

        let live = try CLI.run(["check", "--live", "--fail-on", "stale,error", "--format", "json"], in: manifest.root)
        #expect(live.status == 1)
        let liveFindings = try Self.findings(live.stdout)
        let stale = try #require(liveFindings.first { $0["check"] as? String == "stale" && $0["language"] as? String == "fr" })
        let location = try #require(stale["wiki"] as? [String: Any])
        #expect(location["title"] as? String == "\(page)/fr")
        #expect(location["englishDiff"] as? String == diffURL)
        #expect(location["englishEditsBehind"] as? Int == 1)
        #expect((location["url"] as? String)?.hasPrefix("\(index)?title=") == true)
        let numbers = liveFindings.first { $0["check"] as? String == "numbers" && $0["language"] as? String == "ja" }
        #expect(numbers?["unit"] as? String == "2", "content checks run on what is posted on the wiki")
        #expect((numbers?["wiki"] as? [String: Any])?["title"] as? String == "\(page)/ja")

        // The same findings from a full-history export of the same wiki.
        let titles = try await admin.family(of: page)
        let export = manifest.root + "/meta.xml"
        try await admin.export(titles: titles).write(to: URL(fileURLWithPath: export))
        let dumped = try CLI.run(["check", "--dump", "meta=" + export, "--fail-on", "stale,error", "--format", "json"], in: manifest.root)
        #expect(dumped.status == 1)
        #expect(try Self.findings(dumped.stdout).map(Self.line) == liveFindings.map(Self.line))

        // Every CI format carries the wiki location.
        let sarif = try CLI.run(["report", "--live", "--format", "sarif"], in: manifest.root)
        #expect(sarif.stdout.contains("\"uri\" : \"\(index)?title="), "\(sarif.stdout.prefix(2000))")
        let junit = try CLI.run(["report", "--live", "--format", "junit"], in: manifest.root)
        #expect(junit.stdout.contains("meta:\(page)/fr#2"))
        let html = try CLI.run(["report", "--live", "--format", "html"], in: manifest.root)
        #expect(html.stdout.contains(diffURL.replacingOccurrences(of: "&", with: "&amp;")))

        // Translated again: the gate passes (the Japanese figure is an error, not a stale unit).
        try await seeder.edit("Translations:\(page)/2/fr", "Le budget est de 180 millions de dollars.")
        try await runJobs(wiki, http: http)
        let fixed = try CLI.run(["check", "--live"], in: manifest.root)
        #expect(fixed.status == 0, "\(fixed.stdout)\(fixed.stderr)")
    }
}

extension TranslateSession {
    /// Saves `english` as `page`, marks it for translation, saves `french[i]` as unit i+1 through
    /// the bot and runs the jobs: a page whose French is complete.
    static func seedMarked(_ page: String, english: String, french: [String], wiki: TestWiki, http: HTTPClient) async throws
        -> (TestWiki.Seeder, TranslateSession)
    {
        let seeder = try await wiki.seeder(http: http)
        let admin = try await TranslateSession.admin(wiki, http: http)
        try await seeder.edit(page, english)
        try await admin.mark(page)
        for (index, text) in french.enumerated() { try await seeder.edit("Translations:\(page)/\(index + 1)/fr", text) }
        try await runJobs(wiki, http: http)
        return (seeder, admin)
    }
}
