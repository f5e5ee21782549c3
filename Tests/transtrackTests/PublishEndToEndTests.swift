import AsyncHTTPClient
import Foundation
import Testing
import TranslationTrackerLive

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `transtrack publish` end to end: the built binary on a copy of the dataset whose manifest
/// points `meta` at the real MediaWiki of `scripts/mediawiki`, checked through the wiki's API
/// (revisions, and `action=parse` for how the table renders).
@Suite("transtrack publish against a real MediaWiki", .enabled(if: PublishWiki.shouldRun))
struct PublishEndToEndTests {
    /// A fixed time, so the published table and `report --format wikitext` are the same text.
    static let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]

    @Test("--create makes a page holding just the table, which renders one row per target language")
    func createAndRender() async throws {
        guard let wiki = PublishWiki.required() else { return }
        let title = PublishWiki.uniqueTitle("Create")
        let workspace = try wiki.workspace()
        let refused = try workspace.run("publish", "--local", "--to", "meta:" + title, environment: wiki.botEnvironment)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("does not exist; pass --create"))

        let created = try workspace.run("publish", "--local", "--to", "meta:" + title, "--create", environment: wiki.botEnvironment.merging(Self.epoch) { $1 })
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("created the page"))
        let report = try workspace.run("report", "--format", "wikitext", environment: Self.epoch)
        let text = try await wiki.latest(title)?.text
        #expect(text == report.stdout.trimmingCharacters(in: .newlines))

        let html = try await wiki.parse(title)
        let rows = html.components(separatedBy: "<tr").dropFirst()
        let languages = try wiki.targetLanguages(workspace)
        #expect(languages.count == 11)
        #expect(rows.count == languages.count + 2, "one header row, one row per target language, the totals")
        #expect(rows.filter { $0.contains("<th") && !$0.contains("<td") }.count == 1)
        let rowLanguages = rows.compactMap { row -> String? in
            guard let range = row.range(of: "<span lang=\"") else { return nil }
            return String(row[range.upperBound...].prefix { $0 != "\"" })
        }
        #expect(rowLanguages.sorted() == languages.sorted())
        #expect(html.contains("wikitable"))
    }

    @Test("an update replaces only the marked block; every byte around it stays, and the password is printed nowhere")
    func updateKeepsTheRest() async throws {
        guard let wiki = PublishWiki.required() else { return }
        let title = PublishWiki.uniqueTitle("Update")
        let before = "Intro written by people, with ''wikitext'' and [[links]].\n\n<!-- transtrack:begin -->\nold table\n<!-- transtrack:end -->\n\nAfter the table.\n[[Category:Translation status]]"
        let seeded = try await wiki.seed(title, before)
        let workspace = try wiki.workspace()
        let file = workspace.path("bot.credentials")
        try "user=\(wiki.botUser)\npassword=\(wiki.botPassword)\n".write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let output = try workspace.run(
            "publish", "--local", "--to", "meta:" + title, "--credentials", "bot.credentials", "--verbose", environment: PublishWiki.noBotEnvironment.merging(Self.epoch) { $1 })
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("updated the table"))
        #expect(output.stderr.contains("logged in as \(wiki.botUser)"))
        #expect(!output.stdout.contains(wiki.botPassword) && !output.stderr.contains(wiki.botPassword))
        let block = try workspace.run("report", "--format", "wikitext", environment: Self.epoch).stdout.trimmingCharacters(in: .newlines)
        let latest = try #require(try await wiki.latest(title))
        #expect(latest.parent == seeded)
        #expect(latest.text == before.replacingOccurrences(of: "<!-- transtrack:begin -->\nold table\n<!-- transtrack:end -->", with: block))
    }

    @Test("publishing the same table again says the page is up to date, exits 0 and saves no revision")
    func nochange() async throws {
        guard let wiki = PublishWiki.required() else { return }
        let title = PublishWiki.uniqueTitle("Nochange")
        let workspace = try wiki.workspace()
        let first = try workspace.run("publish", "--local", "--to", "meta:" + title, "--create", environment: wiki.botEnvironment)
        #expect(first.status == 0, "\(first.stderr)")
        let revision = try await wiki.latest(title)?.id
        let second = try workspace.run("publish", "--local", "--to", "meta:" + title, environment: wiki.botEnvironment)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("up to date"))
        #expect(try await wiki.latest(title)?.id == revision)
    }

    @Test("an existing page without markers is refused with exit 2 and left alone")
    func noMarkers() async throws {
        guard let wiki = PublishWiki.required() else { return }
        let title = PublishWiki.uniqueTitle("NoMarkers")
        let seeded = try await wiki.seed(title, "A page that nobody prepared for transtrack.")
        let output = try wiki.workspace().run("publish", "--local", "--to", "meta:" + title, environment: wiki.botEnvironment)
        #expect(output.status == 2)
        #expect(output.stderr.contains("<!-- transtrack:begin -->") && output.stderr.contains("add both"))
        #expect(try await wiki.latest(title)?.id == seeded)
    }

    @Test("a page the bot may not edit (protected) exits 2 with what to do")
    func protectedPage() async throws {
        guard let wiki = PublishWiki.required() else { return }
        let title = PublishWiki.uniqueTitle("Protected")
        _ = try await wiki.seed(title, "Intro.\n<!-- transtrack:begin -->\nold table\n<!-- transtrack:end -->")
        try await wiki.protect(title)
        // Protecting saves a null revision of its own.
        let protected = try await wiki.latest(title)?.id
        let output = try wiki.workspace().run("publish", "--local", "--to", "meta:" + title, environment: wiki.botEnvironment)
        #expect(output.status == 2, "\(output.stdout) \(output.stderr)")
        #expect(output.stderr.contains("protectedpage"))
        #expect(output.stderr.contains("ask an administrator"))
        #expect(try await wiki.latest(title)?.id == protected)
    }

    @Test("a wrong password exits 2 with a login message, and the password appears nowhere")
    func wrongPassword() async throws {
        guard let wiki = PublishWiki.required() else { return }
        let title = PublishWiki.uniqueTitle("WrongPassword")
        let password = "wrong-\(UUID().uuidString.prefix(12))-password"
        let run = try wiki.workspace().run(
            "publish", "--local", "--to", "meta:" + title, "--create", "--verbose", environment: ["TRANSTRACK_BOT_USER": wiki.botUser, "TRANSTRACK_BOT_PASSWORD": password])
        #expect(run.status == 2)
        #expect(run.stderr.contains("login failed"))
        #expect(!run.stdout.contains(password) && !run.stderr.contains(password))
        #expect(try await wiki.latest(title) == nil)
    }

    @Test("a credentials file others can read exits 2, naming the file and chmod 600")
    func openCredentialsFile() throws {
        guard let wiki = PublishWiki.required() else { return }
        let workspace = try wiki.workspace()
        let file = workspace.path("bot.credentials")
        try "user=\(wiki.botUser)\npassword=\(wiki.botPassword)\n".write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        let output = try workspace.run(
            "publish", "--local", "--to", "meta:" + PublishWiki.uniqueTitle("OpenFile"), "--create", "--credentials", "bot.credentials",
            environment: PublishWiki.noBotEnvironment)
        #expect(output.status == 2)
        #expect(output.stderr.contains("bot.credentials"))
        #expect(output.stderr.contains("chmod 600"))
        #expect(!output.stderr.contains(wiki.botPassword))
    }

    @Test("--dry-run prints a unified diff and saves nothing, without credentials")
    func dryRun() async throws {
        guard let wiki = PublishWiki.required() else { return }
        let title = PublishWiki.uniqueTitle("DryRun")
        let seeded = try await wiki.seed(title, "Intro.\n\n<!-- transtrack:begin -->\nold table\n<!-- transtrack:end -->\nOutro.")
        let output = try wiki.workspace().run("publish", "--local", "--to", "meta:" + title, "--dry-run", environment: PublishWiki.noBotEnvironment)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("--- meta:\(title) (revision \(seeded))"))
        #expect(output.stdout.contains("+++ meta:\(title) (after publishing)"))
        #expect(output.stdout.contains("\n-old table\n"))
        #expect(output.stdout.contains("\n+{| class=\"wikitable sortable plainlinks\" style=\"font-size:95%\"\n"))
        #expect(output.stdout.contains("\n Intro.\n"))
        #expect(output.stdout.contains("nothing was saved"))
        #expect(try await wiki.latest(title)?.id == seeded)
    }
}

/// The test wiki as `scripts/mediawiki env` describes it (the same discovery as the live tests'
/// `TestWiki`, which lives in another test target): skipped when absent, a failure under CI=true.
struct PublishWiki: Sendable {
    let api: URL
    let botUser: String
    let botPassword: String
    let adminUser: String
    let adminPassword: String

    static let configured: PublishWiki? = {
        var values = ProcessInfo.processInfo.environment
        if values["TRANSTRACK_TEST_WIKI_API"] == nil {
            let file = values["TRANSTRACK_MEDIAWIKI_STATE"].map { $0 + "/env" } ?? TempWorkspace.repository + "/.build-mediawiki/env"
            for line in ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").split(separator: "\n") {
                let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2 { values[parts[0]] = parts[1] }
            }
        }
        guard let api = values["TRANSTRACK_TEST_WIKI_API"].flatMap(URL.init(string:)), let user = values["TRANSTRACK_TEST_BOT_USER"],
            let password = values["TRANSTRACK_TEST_BOT_PASSWORD"]
        else { return nil }
        return PublishWiki(
            api: api, botUser: user, botPassword: password, adminUser: values["TRANSTRACK_TEST_ADMIN_USER"] ?? "Admin",
            adminPassword: values["TRANSTRACK_TEST_ADMIN_PASSWORD"] ?? "")
    }()

    static let answering: Bool = {
        guard let wiki = configured else { return false }
        let done = DispatchSemaphore(value: 0)
        let result = Flag()
        var request = URLRequest(url: URL(string: wiki.api.absoluteString + "?action=query&meta=siteinfo&format=json")!)
        request.timeoutInterval = 5
        URLSession.shared.dataTask(with: request) { data, response, _ in
            if (response as? HTTPURLResponse)?.statusCode == 200, let data, String(decoding: data, as: UTF8.self).contains("\"query\"") { result.set() }
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 6)
        return result.value
    }()

    static var shouldRun: Bool { answering || ProcessInfo.processInfo.environment["CI"] == "true" }

    static func required(sourceLocation: SourceLocation = #_sourceLocation) -> PublishWiki? {
        if answering, let configured { return configured }
        Issue.record("CI=true and no test wiki answers: run `scripts/mediawiki start` (scripts/test does)", sourceLocation: sourceLocation)
        return nil
    }

    static func uniqueTitle(_ name: String) -> String {
        "TT\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(8)) Publish/\(name)"
    }

    /// Cleared, so a developer's own bot variables never leak into a test.
    static let noBotEnvironment = ["TRANSTRACK_BOT_USER": "", "TRANSTRACK_BOT_PASSWORD": ""]
    var botEnvironment: [String: String] { ["TRANSTRACK_BOT_USER": botUser, "TRANSTRACK_BOT_PASSWORD": botPassword] }

    /// A copy of the dataset whose manifest sends `meta` to the test wiki.
    func workspace() throws -> TempWorkspace {
        let workspace = try TempWorkspace.dataset()
        try workspace.replace("locales/tracker.yaml", "api: \"https://meta.wikimedia.org/w/api.php\"", with: "api: \"\(api.absoluteString)\"")
        return workspace
    }

    /// The target language codes of the workspace's status report.
    func targetLanguages(_ workspace: TempWorkspace) throws -> [String] {
        let json = try workspace.run("status", "--format", "json").stdout
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["languages"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }

    private func withClient<T: Sendable>(_ body: (MediaWikiClient) async throws -> T) async throws -> T {
        let http = MediaWikiClient.makeHTTPClient()
        let client = MediaWikiClient(api: api, wiki: "test", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
        do {
            let value = try await body(client)
            try await http.shutdown()
            return value
        } catch {
            try? await http.shutdown()
            throw error
        }
    }

    /// Saves a page as the bot; returns the new revision id.
    func seed(_ title: String, _ text: String) async throws -> Int {
        try await withClient { client in
            let login = try await client.call([("action", "query"), ("meta", "tokens"), ("type", "login")])
            let token = login["query"]?["tokens"]?["logintoken"]?.string ?? ""
            let answer = try await client.call([("action", "login"), ("lgname", botUser), ("lgpassword", botPassword), ("lgtoken", token)], post: true)
            guard answer["login"]?["result"]?.string == "Success" else { throw SeedError(description: "bot login failed") }
            let csrf = try await client.call([("action", "query"), ("meta", "tokens")])["query"]?["tokens"]?["csrftoken"]?.string ?? ""
            let edit = try await client.call([("action", "edit"), ("title", title), ("text", text), ("token", csrf)], post: true)
            guard let id = edit["edit"]?["newrevid"]?.int else { throw SeedError(description: "seeding \(title) failed: \(edit)") }
            return id
        }
    }

    /// Protects a page so that only administrators edit it, logged in with the admin's main
    /// password (`action=clientlogin`); the bot password has no grant to edit protected pages.
    func protect(_ title: String) async throws {
        try await withClient { client in
            let login = try await client.call([("action", "query"), ("meta", "tokens"), ("type", "login")])
            let token = login["query"]?["tokens"]?["logintoken"]?.string ?? ""
            let answer = try await client.call(
                [
                    ("action", "clientlogin"), ("username", adminUser), ("password", adminPassword), ("logintoken", token),
                    ("loginreturnurl", "http://127.0.0.1/"),
                ], post: true)
            guard answer["clientlogin"]?["status"]?.string == "PASS" else { throw SeedError(description: "admin login failed") }
            let csrf = try await client.call([("action", "query"), ("meta", "tokens")])["query"]?["tokens"]?["csrftoken"]?.string ?? ""
            let protect = try await client.call(
                [("action", "protect"), ("title", title), ("protections", "edit=sysop"), ("expiry", "infinite"), ("token", csrf)], post: true)
            guard protect["protect"] != nil else { throw SeedError(description: "protecting \(title) failed: \(protect)") }
        }
    }

    /// The latest revision (id, parent id, text), or nil for a missing page.
    func latest(_ title: String) async throws -> Revision? {
        try await withClient { client in
            let answer = try await client.call([("action", "query"), ("prop", "revisions"), ("titles", title), ("rvprop", "ids|content"), ("rvslots", "main")])
            guard let revision = answer["query"]?["pages"]?[0]?["revisions"]?[0], let id = revision["revid"]?.int else { return nil }
            return Revision(id: id, parent: revision["parentid"]?.int ?? 0, text: revision["slots"]?["main"]?["content"]?.string ?? "")
        }
    }

    /// The page rendered to HTML by the wiki itself.
    func parse(_ title: String) async throws -> String {
        try await withClient { client in
            let answer = try await client.call([("action", "parse"), ("page", title), ("prop", "text")])
            return answer["parse"]?["text"]?.string ?? ""
        }
    }

    struct Revision: Sendable, Equatable {
        var id: Int
        var parent: Int
        var text: String
    }

    struct SeedError: Error, CustomStringConvertible {
        var description: String
    }

    final class Flag: @unchecked Sendable {
        private(set) var value = false
        func set() { value = true }
    }
}
