import AsyncHTTPClient
import Foundation
import Testing
import TranslationTrackerLive

#if canImport(Glibc)
    import Glibc
#endif
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The real MediaWiki that `scripts/mediawiki start` runs on loopback (`scripts/test` starts it).
///
/// Found through `TRANSTRACK_TEST_WIKI_API` and friends, or else the `env` file the script writes
/// in `.build-mediawiki/`. Without a wiki answering, live tests are skipped locally and fail
/// under `CI=true`, where a skipped integration test would hide a broken client.
///
/// Tests share the wiki and run in parallel, so each seeds pages under a title prefix of its own
/// (``uniquePrefix(_:)``) and never changes anything global. Faults (lag, 503, a server that
/// stops) are made on a server of the test's own (``startServer()``): fault switches are per port.
struct TestWiki: Sendable {
    let api: URL
    let state: String
    let botUser: String
    let botPassword: String
    let adminUser: String
    let adminPassword: String
    /// A second account: Translate refuses a review by the translation's own author.
    let reviewerUser: String
    let reviewerPassword: String

    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// The repository root, found from this file.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    /// The wiki's settings, from the environment or the script's `env` file; nil when neither has them.
    static let configured: TestWiki? = {
        var values = ProcessInfo.processInfo.environment
        if values["TRANSTRACK_TEST_WIKI_API"] == nil {
            let file = values["TRANSTRACK_MEDIAWIKI_STATE"].map { $0 + "/env" } ?? root + "/.build-mediawiki/env"
            if let text = try? String(contentsOfFile: file, encoding: .utf8) {
                for line in text.split(separator: "\n") {
                    let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
                    if parts.count == 2 { values[parts[0]] = parts[1] }
                }
            }
        }
        guard let api = values["TRANSTRACK_TEST_WIKI_API"].flatMap(URL.init(string:)), let state = values["TRANSTRACK_TEST_WIKI_STATE"],
            let botUser = values["TRANSTRACK_TEST_BOT_USER"], let botPassword = values["TRANSTRACK_TEST_BOT_PASSWORD"]
        else { return nil }
        return TestWiki(
            api: api, state: state, botUser: botUser, botPassword: botPassword, adminUser: values["TRANSTRACK_TEST_ADMIN_USER"] ?? "Admin",
            adminPassword: values["TRANSTRACK_TEST_ADMIN_PASSWORD"] ?? "", reviewerUser: values["TRANSTRACK_TEST_REVIEWER_USER"] ?? "Reviewer",
            reviewerPassword: values["TRANSTRACK_TEST_REVIEWER_PASSWORD"] ?? "")
    }()

    /// Whether the configured wiki answers right now (checked once per test process).
    static let answering: Bool = {
        guard let wiki = configured else { return false }
        return wiki.ping(api: wiki.api)
    }()

    /// Live tests run when the wiki answers, and always in CI.
    static var shouldRun: Bool { answering || isCI }

    /// The wiki, or a recorded failure saying how to start one (reached only in CI).
    static func required(sourceLocation: SourceLocation = #_sourceLocation) -> TestWiki? {
        if answering, let configured { return configured }
        Issue.record(
            "CI=true and no test wiki answers: run `scripts/mediawiki start` (scripts/test does), or set TRANSTRACK_TEST_WIKI_API",
            sourceLocation: sourceLocation)
        return nil
    }

    /// A title prefix no other test uses, e.g. `T3F2A1/Plan`.
    static func uniquePrefix(_ name: String) -> String {
        let token = UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(8)
        return "TT\(token) \(name)"
    }

    /// Whether `api.php` answers a siteinfo query within a few seconds.
    func ping(api: URL) -> Bool {
        let url = URL(string: api.absoluteString + "?action=query&meta=siteinfo&format=json")!
        let done = DispatchSemaphore(value: 0)
        let result = Box(false)
        var request = URLRequest(url: url)
        request.timeoutInterval = 5
        let task = URLSession.shared.dataTask(with: request) { data, response, _ in
            if let http = response as? HTTPURLResponse, http.statusCode == 200, let data, String(decoding: data, as: UTF8.self).contains("\"query\"") {
                result.value = true
            }
            done.signal()
        }
        task.resume()
        _ = done.wait(timeout: .now() + 6)
        return result.value
    }

    // MARK: Seeding through the API

    /// A logged-in bot session for seeding: `edit` saves pages as the bot.
    func seeder(http: HTTPClient, api: URL? = nil) async throws -> Seeder {
        let client = MediaWikiClient(api: api ?? self.api, wiki: "test", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
        let login = try await client.call([("action", "query"), ("meta", "tokens"), ("type", "login")])
        guard let loginToken = login["query"]?["tokens"]?["logintoken"]?.string else { throw TestWikiError("no login token") }
        let answer = try await client.call(
            [("action", "login"), ("lgname", botUser), ("lgpassword", botPassword), ("lgtoken", loginToken)], post: true)
        guard answer["login"]?["result"]?.string == "Success" else { throw TestWikiError("test bot login failed: \(answer)") }
        let tokens = try await client.call([("action", "query"), ("meta", "tokens")])
        guard let csrf = tokens["query"]?["tokens"]?["csrftoken"]?.string else { throw TestWikiError("no CSRF token") }
        return Seeder(client: client, csrf: csrf)
    }

    struct Seeder: Sendable {
        let client: MediaWikiClient
        let csrf: String

        /// Saves a page; returns the new revision id (or the current one when nothing changed).
        @discardableResult
        func edit(_ title: String, _ text: String, summary: String = "transtrack test seed") async throws -> Int {
            let answer = try await client.call(
                [("action", "edit"), ("title", title), ("text", text), ("summary", summary), ("bot", "1"), ("token", csrf)], post: true)
            guard let edit = answer["edit"], edit["result"]?.string == "Success" else { throw TestWikiError("edit of \(title) failed: \(answer)") }
            if let id = edit["newrevid"]?.int { return id }
            // `nochange`: the latest revision stays.
            let query = try await client.call([("action", "query"), ("prop", "revisions"), ("titles", title), ("rvprop", "ids")])
            guard let id = query["query"]?["pages"]?[0]?["revisions"]?[0]?["revid"]?.int else { throw TestWikiError("no revision of \(title)") }
            return id
        }

        /// Saves several revisions of pages in order, at least a second apart, so their
        /// timestamps (MediaWiki keeps whole seconds) order them as history inference needs.
        func history(_ edits: [(title: String, text: String)]) async throws -> [Int] {
            var ids: [Int] = []
            for (index, edit) in edits.enumerated() {
                if index > 0 { try await Task.sleep(nanoseconds: 1_100_000_000) }
                ids.append(try await self.edit(edit.title, edit.text))
            }
            return ids
        }
    }

    // MARK: A server of the test's own, for faults

    /// Starts another `php -S` on a free port over the same wiki (same database), for a test that
    /// makes it fail or stops it. Its fault switches are the files in ``Server/faults``.
    func startServer() throws -> Server {
        let port = Self.freePort()
        let faults = state + "/faults/\(port)"
        try? FileManager.default.removeItem(atPath: faults)
        try FileManager.default.createDirectory(atPath: faults, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["php", "-S", "127.0.0.1:\(port)", "-t", "/usr/share/mediawiki"]
        var environment = ProcessInfo.processInfo.environment
        environment["MW_CONFIG_FILE"] = state + "/LocalSettings.php"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = Server(process: process, api: URL(string: "http://127.0.0.1:\(port)/api.php")!, faults: faults)
        for _ in 0..<100 {
            if ping(api: server.api) { return server }
            usleep(100_000)
        }
        server.stop()
        throw TestWikiError("a second php -S on port \(port) did not answer")
    }

    final class Server: @unchecked Sendable {
        let process: Process
        let api: URL
        let faults: String

        init(process: Process, api: URL, faults: String) {
            self.process = process
            self.api = api
            self.faults = faults
        }

        /// Turns a fault on: `maxlag` (any content) or `503` (the number of requests to refuse).
        func fault(_ name: String, _ content: String = "1") throws {
            try content.write(toFile: faults + "/" + name, atomically: true, encoding: .utf8)
        }

        func clearFaults() {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: faults)) ?? [] {
                try? FileManager.default.removeItem(atPath: faults + "/" + name)
            }
        }

        func stop() {
            if process.isRunning {
                // SIGKILL, not terminate(): a child spawned from a Swift concurrency thread
                // inherits its blocked signal mask, SIGTERM included, and would never exit.
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
            }
            try? FileManager.default.removeItem(atPath: faults)
        }
    }

    /// A port nothing listens on now (the kernel picks it).
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

final class Box<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}

struct TestWikiError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
