import AsyncHTTPClient
import Foundation
import NIOCore

@testable import TranslationTrackerLive

/// What the Translate extension itself says about a translatable page: the truth that
/// transtrack's inference (from exports, dumps and unit pages) is checked against.
enum TranslateTruth {
    /// One unit of a page in one language, as `list=messagecollection` reports it.
    struct Unit: Equatable, Sendable {
        /// `1`, `2`… or `Page display title` (the API's key after `PAGE/`, underscores as spaces).
        var id: String
        /// `untranslated`, `translated`, `fuzzy` or `proofread` (`properties.status`).
        var status: String
        /// Whether the unit carries the `fuzzy` tag: outdated, or saved with `!!FUZZY!!`.
        var fuzzy: Bool
        /// The latest revision of `Translations:PAGE/ID/LANG`; nil when untranslated.
        var revision: Int?
        /// The English of the unit, with `<tvar>` replaced by `$name`.
        var definition: String
        /// The translation with any `!!FUZZY!!` stripped; nil when untranslated.
        var translation: String?
    }

    /// One page's counts in one language (`meta=languagestats`). `total` includes the page title
    /// unit; `translated` excludes fuzzy units and includes proofread ones.
    struct Stats: Equatable, Sendable {
        var total: Int
        var translated: Int
        var fuzzy: Int
        var proofread: Int
    }
}

/// A clientlogin session on the test wiki for what bot passwords cannot do: marking pages for
/// translation (Special:PageTranslation, index.php only, no grant carries `pagetranslation`) and
/// reviewing translations (no grant carries `translate-messagereview`).
///
/// Translations themselves are saved with the bot (``TestWiki/seeder(http:api:)``), then
/// ``runJobs(_:http:)``: the wiki never runs jobs on its own.
struct TranslateSession: Sendable {
    let wiki: TestWiki
    let client: MediaWikiClient
    let csrf: String
    let http: HTTPClient

    var index: URL { wiki.api.deletingLastPathComponent().appendingPathComponent("index.php") }

    /// Logs `user` in with `action=clientlogin`, which gives a normal session usable on index.php.
    static func login(_ wiki: TestWiki, http: HTTPClient, user: String, password: String) async throws -> TranslateSession {
        let client = MediaWikiClient(api: wiki.api, wiki: "test-\(user)", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
        let tokens = try await client.call([("action", "query"), ("meta", "tokens"), ("type", "login")])
        guard let loginToken = tokens["query"]?["tokens"]?["logintoken"]?.string else { throw TestWikiError("no login token for \(user)") }
        let answer = try await client.call(
            [
                ("action", "clientlogin"), ("username", user), ("password", password), ("logintoken", loginToken),
                ("loginreturnurl", "http://127.0.0.1/"),
            ], post: true)
        guard answer["clientlogin"]?["status"]?.string == "PASS" else {
            throw TestWikiError("clientlogin of \(user) failed: \(answer["clientlogin"]?["message"]?.string ?? "\(answer)")")
        }
        let csrf = try await client.call([("action", "query"), ("meta", "tokens")])
        guard let token = csrf["query"]?["tokens"]?["csrftoken"]?.string, token != "+\\" else { throw TestWikiError("no CSRF token for \(user)") }
        return TranslateSession(wiki: wiki, client: client, csrf: token, http: http)
    }

    /// The wiki's administrator, who may mark pages and who owns the bot password: translations
    /// the bot saves are the administrator's own.
    static func admin(_ wiki: TestWiki, http: HTTPClient) async throws -> TranslateSession {
        try await login(wiki, http: http, user: wiki.adminUser, password: wiki.adminPassword)
    }

    /// A plain user: the one who may review what the administrator (through the bot) translated.
    static func reviewer(_ wiki: TestWiki, http: HTTPClient) async throws -> TranslateSession {
        try await login(wiki, http: http, user: wiki.reviewerUser, password: wiki.reviewerPassword)
    }

    // MARK: Marking and reviewing

    /// Marks the latest revision of `page` for translation, as the form of Special:PageTranslation
    /// does, then runs the jobs (unit pages, renders, fuzzy tags). `keeping` lists the changed units
    /// whose translations stay current (the form's "Do not invalidate translations" box).
    ///
    /// Throws with the page's own message when Special:PageTranslation refuses (no `<translate>`,
    /// a missing page, an old revision).
    func mark(_ page: String, keeping: Set<String> = []) async throws {
        let form = try await indexPage([("title", "Special:PageTranslation"), ("target", page), ("do", "mark")], post: false)
        if let refusal = Self.refusal(in: form) { throw TestWikiError("Special:PageTranslation refused to mark \(page): \(refusal)") }
        // The revision the form offers is the latest; an older one is refused with `tpt-oldrevision`.
        guard let input = form.firstMatch(of: /<input[^>]*name="revision"[^>]*>/), let revision = input.output.firstMatch(of: /value="(\d+)"/)
        else { throw TestWikiError("Special:PageTranslation showed no mark form for \(page): \(Self.contentText(of: form))") }
        var fields: [(String, String)] = [
            ("title", "Special:PageTranslation"), ("do", "mark"), ("target", page), ("revision", String(revision.output.1)), ("token", csrf),
            // Without it the `Page display title` unit is dropped.
            ("translatetitle", "on"), ("transclusion", "on"), ("prioritylangs", ""), ("priorityreason", ""),
        ]
        fields += keeping.sorted().map { ("tpt-sect-\($0)-action-nofuzzy", "on") }
        let answer = try await indexPage(fields, post: true)
        guard answer.contains("mw-message-box-success") else {
            throw TestWikiError("Special:PageTranslation refused to mark \(page): \(Self.refusal(in: answer) ?? Self.contentText(of: answer))")
        }
        try await runJobs(wiki, http: http)
    }

    /// Reviews one translation revision (`action=translationreview`), then runs the jobs so the
    /// statistics count it. Translate refuses the translator's own revisions
    /// (`translate-owntranslation`) and fuzzy ones (`translate-fuzzymessage`).
    func review(revision: Int) async throws {
        let answer = try await client.call([("action", "translationreview"), ("revision", String(revision)), ("token", csrf)], post: true)
        guard answer["translationreview"]?["review"]?["revision"]?.int == revision else {
            throw TestWikiError("review of revision \(revision) not confirmed: \(answer)")
        }
        try await runJobs(wiki, http: http)
    }

    // MARK: Translate's own view

    /// The page's units as Translate reports them for one language, title unit first.
    ///
    /// `mcfilter` is sent empty: its default (`!optional|!ignored`) is a filter, not "all".
    func messageCollection(page: String, language: String) async throws -> [TranslateTruth.Unit] {
        let items = try await listAll(
            [
                ("action", "query"), ("list", "messagecollection"), ("mcgroup", "page-" + page), ("mclanguage", language),
                ("mcprop", "definition|translation|tags|revision|properties"), ("mcfilter", ""),
            ], list: "messagecollection")
        return try items.map { item in
            // The key is `PAGE/ID` with the page's spaces as underscores; an id never holds a slash.
            guard let key = item["key"]?.string, let id = key.split(separator: "/").last, let status = item["properties"]?["status"]?.string
            else { throw TestWikiError("unexpected messagecollection item: \(item)") }
            return TranslateTruth.Unit(
                id: id.replacingOccurrences(of: "_", with: " "), status: status,
                fuzzy: item["tags"]?.array.contains(.string("fuzzy")) ?? false, revision: item["revision"]?.int,
                definition: item["definition"]?.string ?? "", translation: item["translation"]?.string)
        }
    }

    /// The page's counts in one language.
    ///
    /// Statistics come from a cache: an entry not computed yet comes back as a `continue`, and the
    /// API only queues a rebuild job, which nothing runs here but ``runJobs(_:http:)``. So each
    /// retry runs the jobs first.
    func languageStats(page: String, language: String) async throws -> TranslateTruth.Stats {
        let group = "page-" + page
        for _ in 0..<20 {
            let answer = try await client.call([("action", "query"), ("meta", "languagestats"), ("lslanguage", language), ("lsgroup", group)])
            if answer["continue"] == nil, let entry = answer["query"]?["languagestats"]?.array.first(where: { $0["group"]?.string == group }),
                let total = entry["total"]?.int, let translated = entry["translated"]?.int, let fuzzy = entry["fuzzy"]?.int,
                let proofread = entry["proofread"]?.int
            {
                return TranslateTruth.Stats(total: total, translated: translated, fuzzy: fuzzy, proofread: proofread)
            }
            try await runJobs(wiki, http: http)
            try await Task.sleep(for: .milliseconds(250))
        }
        throw TestWikiError("languagestats for \(group) in \(language) stayed incomplete after 20 tries")
    }

    // MARK: Exports

    /// Every page of the translatable page's family, for an export: `PAGE`, the rendered
    /// `PAGE/LANG` pages (`PAGE/en` included), and every `Translations:PAGE/ID/LANG` (1198).
    func family(of page: String) async throws -> [String] {
        var titles = [page]
        for namespace in ["0", "1198"] {
            let pages = try await listAll(
                [("action", "query"), ("list", "allpages"), ("apnamespace", namespace), ("apprefix", page + "/"), ("aplimit", "max")],
                list: "allpages")
            titles += pages.compactMap { $0["title"]?.string }
        }
        return titles
    }

    /// The XML export (export-0.11) of `titles`, as Special:Export gives it: full history (the
    /// API's `export` has current revisions only), or with `history: false` the latest revisions.
    func export(titles: [String], history: Bool = true) async throws -> Data {
        let (status, body) = try await indexRequest(
            [("title", "Special:Export"), ("pages", titles.joined(separator: "\n")), history ? ("history", "1") : ("curonly", "1")], post: true)
        guard status == 200, body.starts(with: Data("<mediawiki".utf8)) else {
            throw TestWikiError("Special:Export answered HTTP \(status): \(String(decoding: body.prefix(300), as: UTF8.self))")
        }
        return body
    }

    // MARK: index.php

    /// An index.php page as text, in this session (its cookies).
    private func indexPage(_ fields: [(String, String)], post: Bool) async throws -> String {
        let (status, body) = try await indexRequest(fields, post: post)
        guard status == 200 else { throw TestWikiError("index.php answered HTTP \(status) to \(fields.first { $0.0 == "title" }?.1 ?? "?")") }
        return String(decoding: body, as: UTF8.self)
    }

    private func indexRequest(_ fields: [(String, String)], post: Bool) async throws -> (Int, Data) {
        let form = MediaWikiClient.encode(fields)
        var request = HTTPClientRequest(url: post ? index.absoluteString : index.absoluteString + "?" + form)
        request.method = post ? .POST : .GET
        request.headers.add(name: "User-Agent", value: client.userAgent)
        if let cookie = await client.cookies.header() { request.headers.add(name: "Cookie", value: cookie) }
        if post {
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.body = .bytes(ByteBuffer(string: form))
        }
        let response = try await http.execute(request, timeout: .seconds(60))
        let body = try await response.body.collect(upTo: 64 << 20)
        await client.cookies.store(response.headers["Set-Cookie"])
        return (Int(response.status.code), Data(body.readableBytesView))
    }

    /// Every item of a `list=` query, following `continue`.
    private func listAll(_ parameters: [(String, String)], list: String) async throws -> [JSONValue] {
        var items: [JSONValue] = []
        var next: [(String, String)] = []
        repeat {
            let answer = try await client.call(parameters + next)
            items += answer["query"]?[list]?.array ?? []
            next = (answer["continue"]?.object ?? [:]).map { ($0.key, $0.value.string ?? $0.value.int.map(String.init) ?? "") }
        } while !next.isEmpty
        return items
    }

    /// The text of the warning or error box Special:PageTranslation shows when it refuses
    /// (`tpt-notsuitable`, `tpt-oldrevision`, `tpt-nosuchpage`…), or nil when there is none.
    static func refusal(in html: String) -> String? {
        let box = /<div class="mw-message-box-(?:error|warning)[^"]*"[^>]*>(.*?)<\/div>/.dotMatchesNewlines()
        guard let match = html.firstMatch(of: box) else { return nil }
        return plainText(String(match.output.1))
    }

    /// The start of the page's content as text, for an error message when no box says why.
    static func contentText(of html: String) -> String {
        let start = html.range(of: "id=\"mw-content-text\"").map { html[$0.upperBound...] } ?? html[...]
        return String(plainText(String(start)).prefix(300))
    }

    static func plainText(_ html: String) -> String {
        let text = html.replacing(/<[^>]*>/, with: "")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#039;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Runs the wiki's job queue to the end: `maintenance/runJobs.php`, then again until
/// `meta=siteinfo&siprop=statistics` reports no job (other tests keep queueing theirs).
///
/// The wiki has `$wgJobRunRate = 0` and api.php never runs jobs, so nothing happens after a mark
/// or a translation (renders, fuzzy tags, statistics) until this runs. Runs hold an exclusive
/// `flock` on `jobs.lock` in the state folder: two runners at once on SQLite fail with
/// `database is locked` and leave their jobs claimed for an hour.
func runJobs(_ wiki: TestWiki, http: HTTPClient = .shared) async throws {
    let client = MediaWikiClient(api: wiki.api, wiki: "test", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
    var queued = 0
    for _ in 0..<20 {
        try await runJobsOnce(wiki)
        let answer = try await client.call([("action", "query"), ("meta", "siteinfo"), ("siprop", "statistics")])
        queued = answer["query"]?["statistics"]?["jobs"]?.int ?? -1
        if queued == 0 { return }
        try await Task.sleep(for: .milliseconds(200))
    }
    throw TestWikiError("the job queue did not drain: \(queued) jobs still queued after 20 runs of runJobs.php (see its log in \(wiki.state))")
}

/// One `runJobs.php` under the lock; its output goes to `jobs.log` in the state folder, as with
/// `scripts/mediawiki jobs`.
private func runJobsOnce(_ wiki: TestWiki) async throws {
    let logPath = wiki.state + "/jobs.log"
    if !FileManager.default.fileExists(atPath: logPath) { FileManager.default.createFile(atPath: logPath, contents: nil) }
    let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
    defer { try? log.close() }
    try log.seekToEnd()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
        "flock", "--wait", "300", wiki.state + "/jobs.lock",
        "php", "/usr/share/mediawiki/maintenance/runJobs.php", "--conf", wiki.state + "/LocalSettings.php", "--quiet",
    ]
    process.standardOutput = log
    process.standardError = log
    let status: Int32 = try await withCheckedThrowingContinuation { continuation in
        process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
        do {
            try process.run()
        } catch {
            process.terminationHandler = nil
            continuation.resume(throwing: error)
        }
    }
    guard status == 0 else { throw TestWikiError("runJobs.php exited with status \(status); see jobs.log in \(wiki.state)") }
}
