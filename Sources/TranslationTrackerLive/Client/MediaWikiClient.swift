import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// One wiki's Action API, politely: every request carries `maxlag` and the project's
/// User-Agent, asks for gzip, waits out lag and 5xx answers with backoff, and never runs more
/// than ``Politeness/concurrency`` requests at once against the host.
///
/// Errors reported with HTTP 200 (`MediaWiki-API-Error` header, `error` object) become typed
/// ``MediaWikiError`` values. Counts the requests it sends, for `--verbose`, and sends no more
/// than ``Politeness/maxRequests``. Each attempt, body included, ends within
/// ``Politeness/timeout``, and no body is read past ``Politeness/maxBodyBytes``.
///
/// Talks only https (plain http only to this machine, see ``WikiEndpoint``) and decides about
/// redirects itself: a POST is never sent anywhere else, a GET only within the wiki's origin.
package final class MediaWikiClient: Sendable {
    package let api: URL
    /// The wiki id from the manifest, for messages.
    package let wiki: String
    package let politeness: Politeness
    let userAgent: String
    private let http: HTTPClient
    private let limiter: HostLimiter
    private let counter = RequestCounter()
    let cookies = CookieJar()
    private let log: @Sendable (String) -> Void

    /// - Parameters:
    ///   - userAgent: Wikimedia's policy: tool name/version and a way to contact the operator,
    ///     e.g. `transtrack/0.1.0 (https://meta.wikimedia.org/wiki/User:Example)`.
    package init(
        api: URL, wiki: String, userAgent: String, http: HTTPClient, politeness: Politeness = Politeness(),
        limiter: HostLimiter? = nil, log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.api = api
        self.wiki = wiki
        self.userAgent = userAgent
        self.http = http
        self.politeness = politeness
        self.limiter = limiter ?? HostLimiter(limit: politeness.concurrency)
        self.log = log
    }

    /// A client with the settings every wiki needs (gzip, timeouts). Shut it down when done.
    ///
    /// It follows no redirect by itself: ``call(_:post:)`` decides, so that a POST (the login
    /// carries the bot password) is never sent again, and a GET never leaves the wiki's scheme,
    /// host and port. Clients handed to `MediaWikiClient` must come from here.
    package static func makeHTTPClient(connectTimeout: Double = 15) -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.decompression = .enabled(limit: .ratio(50))
        configuration.timeout = HTTPClient.Configuration.Timeout(connect: .milliseconds(Int64(connectTimeout * 1000)), read: .seconds(60))
        configuration.redirectConfiguration = .disallow
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Redirects of a GET followed within one request, within the wiki's own origin.
    static let maximumRedirects = 3
    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// Requests sent so far (retries and followed redirects included).
    package var requestCount: Int { get async { await counter.value } }

    /// Sends one API request; parameters are the API's own (`action`, `titles`…). `format`,
    /// `formatversion` and `maxlag` are added. POST for writes and anything long.
    ///
    /// Refuses, before any request, an API URL that is not https (plain http only on loopback;
    /// see ``WikiEndpoint``). Never follows a redirect of a POST; follows a GET's redirect only
    /// to the same scheme, host and port. Any other redirect is ``MediaWikiError/redirect(wiki:from:to:post:)``.
    package func call(_ parameters: [(String, String)], post: Bool = false) async throws(MediaWikiError) -> JSONValue {
        try WikiEndpoint.check(api, wiki: wiki)
        var all = parameters
        all.append(("format", "json"))
        all.append(("formatversion", "2"))
        all.append(("maxlag", String(politeness.maxlag)))
        let body = Self.encode(all)
        let usePost = post || body.utf8.count > 2000
        var lastReason = ""
        var lastDelay = 0.0
        for attempt in 1...politeness.attempts {
            if attempt > 1 {
                let seconds = lastDelay
                log("\(wiki): retry \(attempt - 1) in \(String(format: "%.1f", seconds)) s (\(lastReason))")
                try? await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
            }
            let outcome: Outcome
            do {
                outcome = try await send(usePost ? api.absoluteString : api.absoluteString + "?" + body, post: usePost, body: body)
            } catch let error as MediaWikiError {
                throw error
            } catch {
                lastReason = "\(error)"
                lastDelay = politeness.delay(retry: attempt, retryAfter: nil, random: Double.random(in: 0..<1))
                if attempt == politeness.attempts { throw .transport(wiki: wiki, reason: lastReason) }
                continue
            }

            let retryAfter = outcome.headers.first(name: "Retry-After").flatMap(Double.init)
            if outcome.status >= 500 || outcome.status == 429 {
                lastReason = "HTTP \(outcome.status)"
                lastDelay = politeness.delay(retry: attempt, retryAfter: retryAfter, random: Double.random(in: 0..<1))
                if attempt == politeness.attempts { throw .unavailable(wiki: wiki, reason: lastReason, attempts: attempt) }
                continue
            }
            guard (200..<300).contains(outcome.status) else {
                throw .transport(wiki: wiki, reason: "HTTP \(outcome.status)")
            }
            let json: JSONValue
            do {
                json = try JSONDecoder().decode(JSONValue.self, from: Data(outcome.body.readableBytesView))
            } catch {
                throw .malformed(wiki: wiki, reason: "not JSON (\(outcome.body.readableBytes) bytes)")
            }
            if let error = json["error"] {
                let code = error["code"]?.string ?? outcome.headers.first(name: "MediaWiki-API-Error") ?? "unknown"
                let info = error["info"]?.string ?? "no details"
                if code == "maxlag" {
                    // Our words and the lag figure only: this reason can end up in a login error.
                    lastReason = "replication lag" + (error["lag"]?.double.map { String(format: " of %.0f s", $0) } ?? "")
                    lastDelay = politeness.delay(retry: attempt, retryAfter: retryAfter ?? 5, random: Double.random(in: 0..<1))
                    if attempt == politeness.attempts { throw .unavailable(wiki: wiki, reason: lastReason, attempts: attempt) }
                    continue
                }
                throw .api(code: code, info: info, wiki: wiki)
            }
            return json
        }
        throw .unavailable(wiki: wiki, reason: lastReason, attempts: politeness.attempts)
    }

    /// One request, and the redirects of a GET that stay on the wiki's origin. Throws
    /// ``MediaWikiError/redirect(wiki:from:to:post:)`` for any other redirect, and the HTTP
    /// client's own errors (retried by the caller).
    private func send(_ address: String, post: Bool, body: String) async throws -> Outcome {
        var address = address
        var followed = 0
        while true {
            var request = HTTPClientRequest(url: address)
            request.method = post ? .POST : .GET
            request.headers.add(name: "User-Agent", value: userAgent)
            request.headers.add(name: "Accept-Encoding", value: "gzip")
            if let cookie = await cookies.header() { request.headers.add(name: "Cookie", value: cookie) }
            if post {
                request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
                request.body = .bytes(ByteBuffer(string: body))
            }
            guard await counter.reserve(upTo: politeness.maxRequests) else {
                throw MediaWikiError.tooManyRequests(wiki: wiki, sent: politeness.maxRequests)
            }
            await limiter.acquire()
            let outcome: Outcome
            do {
                outcome = try await exchange(request)
                await cookies.store(outcome.headers["Set-Cookie"])
            } catch {
                await limiter.release()
                throw error
            }
            await limiter.release()
            guard Self.redirectStatuses.contains(outcome.status) else { return outcome }

            let current = URL(string: address) ?? api
            guard let location = outcome.headers.first(name: "Location"), let target = URL(string: location, relativeTo: current)?.absoluteURL else {
                throw MediaWikiError.malformed(wiki: wiki, reason: "HTTP \(outcome.status) without a usable Location")
            }
            guard !post, WikiEndpoint.sameOrigin(current, target) else {
                throw MediaWikiError.redirect(
                    wiki: wiki, from: WikiEndpoint.origin(of: current), to: WikiEndpoint.origin(of: target), post: post)
            }
            guard followed < Self.maximumRedirects else {
                throw MediaWikiError.malformed(wiki: wiki, reason: "more than \(Self.maximumRedirects) redirects within \(WikiEndpoint.origin(of: current))")
            }
            followed += 1
            log("\(wiki): following HTTP \(outcome.status) within \(WikiEndpoint.origin(of: current))")
            address = target.absoluteString
        }
    }

    /// One request and its whole body, within ``Politeness/timeout``: AsyncHTTPClient's own
    /// deadline ends with the answer's head, and its read timeout restarts with every byte, so a
    /// server trickling its body would hold the command forever. The body is read in parts and
    /// given up past ``Politeness/maxBodyBytes``.
    private func exchange(_ request: HTTPClientRequest) async throws -> Outcome {
        let http = self.http
        let limit = politeness.maxBodyBytes
        let wiki = self.wiki
        let seconds = politeness.timeout
        return try await withThrowingTaskGroup(of: Outcome.self) { group in
            group.addTask {
                let response = try await http.execute(request, timeout: .milliseconds(Int64(seconds * 1000)))
                if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > limit {
                    throw MediaWikiError.tooLarge(wiki: wiki, limit: limit)
                }
                var body = ByteBuffer()
                for try await part in response.body {
                    guard body.readableBytes + part.readableBytes <= limit else { throw MediaWikiError.tooLarge(wiki: wiki, limit: limit) }
                    var part = part
                    body.writeBuffer(&part)
                }
                return Outcome(status: Int(response.status.code), headers: response.headers, body: body)
            }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
                throw Deadline(seconds: seconds)
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw Deadline(seconds: seconds) }
            return first
        }
    }

    /// An attempt that did not end within ``Politeness/timeout``; retried like a lost connection.
    struct Deadline: Error, CustomStringConvertible {
        var seconds: Double
        var description: String { "no complete answer within \(String(format: "%g", seconds)) s" }
    }

    private struct Outcome {
        var status: Int
        var headers: HTTPHeaders
        var body: ByteBuffer
    }

    /// `application/x-www-form-urlencoded`, in the order given.
    static func encode(_ parameters: [(String, String)]) -> String {
        // RFC 3986 unreserved characters only: `alphanumerics` would let non-ASCII letters through.
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return parameters.map { key, value in
            (key.addingPercentEncoding(withAllowedCharacters: allowed) ?? key) + "="
                + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)
        }.joined(separator: "&")
    }
}

/// Counts requests across tasks.
actor RequestCounter {
    private(set) var value = 0

    /// Counts one more request unless `limit` were sent already; false then.
    func reserve(upTo limit: Int) -> Bool {
        guard value < limit else { return false }
        value += 1
        return true
    }
}
