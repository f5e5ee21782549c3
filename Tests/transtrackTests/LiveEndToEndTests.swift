import Foundation
import Testing
import TranslationTrackerLive

/// `transtrack status --live`, `fetch` and `status --offline` run as users run them, against the
/// real test wiki (`scripts/mediawiki start`): skipped locally without it, a failure under CI=true.
@Suite("transtrack status --live and fetch against a real MediaWiki", .enabled(if: LiveTestWiki.settings != nil || LiveTestWiki.isCI))
struct LiveEndToEndTests {
    static func workspace(api: String, prefix: String) throws -> TempWorkspace {
        let workspace = try TempWorkspace()
        try workspace.write("locales/tracker.yaml", """
            version: 1
            root: ..
            project: { name: Live e2e, contact: tests@transtrack.invalid }
            source: en
            languages:
              - { code: en, name: English, autonym: English }
              - { code: fr, name: French, autonym: français }
              - { code: ja, name: Japanese, autonym: 日本語 }
            wikis:
              - { id: meta, name: Meta, api: "\(api)" }
              - { id: frwiki, name: French Wikipedia, language: fr, api: "\(api)" }
            documents:
              - id: plan
                name: Plan
                pages:
                  - { wiki: meta, source: "\(prefix)", translation: "\(prefix)/{lang}" }
                copies:
                  fr: { wiki: frwiki, title: "\(prefix.replacingOccurrences(of: " ", with: "_"))_copie" }

            """)
        return workspace
    }

    static let english1 = "<!--T:1-->\nThe budget is 177 million dollars.\n\n<!--T:2-->\nWe plan three goals."
    static let english2 = "<!--T:1-->\nThe budget is 177 million dollars.\n\n<!--T:2-->\nWe plan four goals."
    static let french = "<!--T:1-->\nLe budget est de 177 millions de dollars.\n\n<!--T:2-->\nNous prévoyons trois objectifs."

    @Test("status --live: rows per place from the wiki, stale inferred from history; fetch; --offline; --verbose counts")
    func liveStatus() async throws {
        guard let wiki = LiveTestWiki.required() else { return }
        let prefix = "TT\(UUID().uuidString.prefix(8)) E2E plan"
        try await LiveTestWiki.seed(wiki, [(prefix, Self.english1), (prefix + "/fr", Self.french), (prefix, Self.english2), (prefix + " copie", Self.french)])
        let workspace = try Self.workspace(api: wiki["TRANSTRACK_TEST_WIKI_API"]!, prefix: prefix)

        let live = try workspace.run("status", "--live", "--verbose", "--format", "json")
        #expect(live.status == 0, "\(live.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(live.stdout.utf8)) as? [String: Any]
        let translations = ((report?["documents"] as? [[String: Any]])?.first?["translations"] as? [[String: Any]]) ?? []
        func state(_ language: String, _ place: String) -> String? {
            translations.first { ($0["language"] as? String) == language && (($0["location"] as? [String: Any])?["wiki"] as? String) == place }?["state"] as? String
        }
        #expect(state("fr", "meta") == "outdated", "unit 2 translated before the English changed")
        #expect(state("ja", "meta") == "missing")
        #expect(state("fr", "frwiki") == "complete", "made after the English changed, so inferred from the English of then: current")
        #expect(live.stderr.contains("meta: 3 titles in 1 batch (ceil(3/50)) + 0 continuations"), "\(live.stderr)")
        #expect(live.stderr.contains("frwiki: 1 titles in 1 batch (ceil(1/50))"), "\(live.stderr)")

        let offline = try workspace.run("status", "--offline", "--format", "json")
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(offline.stdout == live.stdout, "the cache gives the same report")

        let fetch = try workspace.run("fetch")
        #expect(fetch.status == 0, "\(fetch.stderr)")
        #expect(fetch.stdout.contains("0 new, 0 updated, 0 gone, 3 unchanged, 1 missing"), "\(fetch.stdout)")
        try await LiveTestWiki.seed(wiki, [(prefix + "/ja", Self.english2)])
        let again = try workspace.run("fetch", "--language", "ja")
        #expect(again.stdout.contains("meta  \(prefix)/ja  new r"), "\(again.stdout)")
        let table = try workspace.run("status", "--offline")
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("outdated"))
    }

    @Test("an unreachable wiki: exit 2, the wiki named with what to do, the cache untouched")
    func unreachable() throws {
        guard LiveTestWiki.required() != nil else { return }
        let workspace = try Self.workspace(api: "http://127.0.0.1:9/api.php", prefix: "Unreachable")
        let output = try workspace.run("status", "--live", "--attempts", "1", "--connect-timeout", "1")
        #expect(output.status == 2)
        #expect((output.stderr.contains("meta:") || output.stderr.contains("frwiki:")) && output.stderr.contains("cannot reach the wiki"), "\(output.stderr)")
        #expect(output.stderr.contains("nothing was written to the cache"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("locales/.transtrack-cache")))

        let offline = try workspace.run("status", "--offline")
        #expect(offline.status == 2)
        #expect(offline.stderr.contains("transtrack fetch"), "\(offline.stderr)")
        let both = try workspace.run("status", "--live", "--offline")
        #expect(both.status == 64)
    }
}

/// The test wiki (`scripts/mediawiki start`) for the end-to-end tests: its settings, and seeding
/// through the API as the test bot.
enum LiveTestWiki {
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// The test wiki's settings from the environment or `.build-mediawiki/env`, when it answers.
    static let settings: [String: String]? = {
        var values = ProcessInfo.processInfo.environment
        if values["TRANSTRACK_TEST_WIKI_API"] == nil,
            let text = try? String(contentsOfFile: TempWorkspace.repository + "/.build-mediawiki/env", encoding: .utf8)
        {
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2 { values[parts[0]] = parts[1] }
            }
        }
        guard let api = values["TRANSTRACK_TEST_WIKI_API"] else { return nil }
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        curl.arguments = ["curl", "-fsS", "-m", "5", "-o", "/dev/null", api + "?action=query&meta=siteinfo&format=json"]
        curl.standardOutput = FileHandle.nullDevice
        curl.standardError = FileHandle.nullDevice
        guard (try? curl.run()) != nil else { return nil }
        curl.waitUntilExit()
        return curl.terminationStatus == 0 ? values : nil
    }()

    static func required() -> [String: String]? {
        if let settings { return settings }
        Issue.record("CI=true and no test wiki answers: run `scripts/mediawiki start`")
        return nil
    }

    /// Logs the test bot in and saves pages in order, a second apart (history needs distinct times).
    static func seed(_ wiki: [String: String], _ edits: [(String, String)]) async throws {
        let http = MediaWikiClient.makeHTTPClient()
        let client = MediaWikiClient(api: URL(string: wiki["TRANSTRACK_TEST_WIKI_API"]!)!, wiki: "test", userAgent: "transtrack-tests/1.0", http: http)
        do {
            let token = try await client.call([("action", "query"), ("meta", "tokens"), ("type", "login")])["query"]?["tokens"]?["logintoken"]?.string ?? ""
            let login = try await client.call(
                [("action", "login"), ("lgname", wiki["TRANSTRACK_TEST_BOT_USER"]!), ("lgpassword", wiki["TRANSTRACK_TEST_BOT_PASSWORD"]!), ("lgtoken", token)],
                post: true)
            #expect(login["login"]?["result"]?.string == "Success")
            let csrf = try await client.call([("action", "query"), ("meta", "tokens")])["query"]?["tokens"]?["csrftoken"]?.string ?? ""
            for (index, (title, text)) in edits.enumerated() {
                if index > 0 { try await Task.sleep(nanoseconds: 1_100_000_000) }
                let answer = try await client.call([("action", "edit"), ("title", title), ("text", text), ("bot", "1"), ("token", csrf)], post: true)
                #expect(answer["edit"]?["result"]?.string == "Success")
            }
        } catch {
            try await http.shutdown()
            throw error
        }
        try await http.shutdown()
    }

}
