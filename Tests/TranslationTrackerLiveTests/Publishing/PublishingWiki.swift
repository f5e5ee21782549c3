import AsyncHTTPClient
import Foundation
import TranslationTrackerLive

/// What the publishing tests need beyond ``TestWiki``: a second user, whose edits are real
/// concurrent edits to the bot's (the bot password belongs to the admin, and MediaWiki never
/// reports a conflict between a user and their own edits: it saves over them), and plain reads
/// of a page's latest revision.
extension TestWiki {
    /// A new account of its own (`action=createaccount`), logged in with `action=clientlogin`.
    func otherEditor(http: HTTPClient) async throws -> Seeder {
        let name = "Concurrent editor " + UUID().uuidString.prefix(8)
        let password = "tt-" + UUID().uuidString
        let creator = MediaWikiClient(api: api, wiki: "test-creator", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
        let createToken = try await creator.call([("action", "query"), ("meta", "tokens"), ("type", "createaccount")])
        guard let token = createToken["query"]?["tokens"]?["createaccounttoken"]?.string else { throw TestWikiError("no account creation token") }
        let created = try await creator.call(
            [
                ("action", "createaccount"), ("username", name), ("password", password), ("retype", password), ("createtoken", token),
                ("createreturnurl", "http://127.0.0.1/"),
            ], post: true)
        guard created["createaccount"]?["status"]?.string == "PASS" else { throw TestWikiError("creating \(name) failed: \(created)") }

        let client = MediaWikiClient(api: api, wiki: "test-editor", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
        let tokens = try await client.call([("action", "query"), ("meta", "tokens"), ("type", "login")])
        guard let loginToken = tokens["query"]?["tokens"]?["logintoken"]?.string else { throw TestWikiError("no login token") }
        let answer = try await client.call(
            [
                ("action", "clientlogin"), ("username", name), ("password", password), ("logintoken", loginToken),
                ("loginreturnurl", "http://127.0.0.1/"),
            ], post: true)
        guard answer["clientlogin"]?["status"]?.string == "PASS" else { throw TestWikiError("login of \(name) failed: \(answer)") }
        let csrf = try await client.call([("action", "query"), ("meta", "tokens")])
        guard let edit = csrf["query"]?["tokens"]?["csrftoken"]?.string, edit != "+\\" else { throw TestWikiError("no CSRF token for \(name)") }
        return Seeder(client: client, csrf: edit)
    }

    /// The latest revision of a page: id, parent id, text; nil when the page does not exist.
    func latest(_ title: String, http: HTTPClient) async throws -> (id: Int, parent: Int, text: String)? {
        let client = MediaWikiClient(api: api, wiki: "test", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
        let answer = try await client.call([
            ("action", "query"), ("prop", "revisions"), ("titles", title), ("rvprop", "ids|content"), ("rvslots", "main"),
        ])
        guard let revision = answer["query"]?["pages"]?[0]?["revisions"]?[0], let id = revision["revid"]?.int else { return nil }
        return (id, revision["parentid"]?.int ?? 0, revision["slots"]?["main"]?["content"]?.string ?? "")
    }

    /// Adds revisions with timestamps of our choosing, as `maintenance/importDump.php` imports
    /// them (an edit through the API always has the wiki's clock), and returns the page's
    /// revision ids, oldest first. An imported revision becomes the page's latest when its
    /// timestamp is not earlier than the latest one's; its author is `imported>NAME`, someone
    /// other than the bot.
    ///
    /// This is how the publishing tests decide which second a revision was saved in, instead of
    /// waiting for the clock: MediaWiki compares whole seconds when it decides whether an edit
    /// conflicts with the user's own.
    func importRevisions(_ title: String, _ revisions: [(text: String, timestamp: String, author: String)], http: HTTPClient) async throws -> [Int] {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        let body = revisions.map { revision in
            """
                <revision>
                  <timestamp>\(revision.timestamp)</timestamp>
                  <contributor><username>\(escaped(revision.author))</username></contributor>
                  <model>wikitext</model>
                  <format>text/x-wiki</format>
                  <text xml:space="preserve">\(escaped(revision.text))</text>
                </revision>
            """
        }.joined(separator: "\n")
        let xml = """
            <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">
              <page>
                <title>\(escaped(title))</title>
                <ns>0</ns>
            \(body)
              </page>
            </mediawiki>

            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // Under the job runners' lock: one PHP process at a time besides the server writes SQLite.
        process.arguments = [
            "flock", "--wait", "300", state + "/jobs.lock",
            "php", "/usr/share/mediawiki/maintenance/importDump.php", "--conf", state + "/LocalSettings.php", "--quiet",
        ]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            input.fileHandleForWriting.write(Data(xml.utf8))
            try? input.fileHandleForWriting.close()
        }
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard status == 0 else { throw TestWikiError("importDump.php exited with status \(status): \(log)") }
        return try await history(title, http: http)
    }

    /// The page's revision ids, oldest first.
    func history(_ title: String, http: HTTPClient) async throws -> [Int] {
        let client = MediaWikiClient(api: api, wiki: "test", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
        let answer = try await client.call([
            ("action", "query"), ("prop", "revisions"), ("titles", title), ("rvprop", "ids"), ("rvlimit", "max"), ("rvdir", "newer"),
        ])
        return answer["query"]?["pages"]?[0]?["revisions"]?.array.compactMap { $0["revid"]?.int } ?? []
    }

    /// Runs `body` with an HTTP client that is shut down afterwards, whatever happens.
    static func withHTTP<T: Sendable>(_ body: (HTTPClient) async throws -> T) async throws -> T {
        let http = MediaWikiClient.makeHTTPClient()
        do {
            let value = try await body(http)
            try await http.shutdown()
            return value
        } catch {
            try? await http.shutdown()
            throw error
        }
    }
}
