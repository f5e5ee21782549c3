import AsyncHTTPClient
import Foundation
import TranslationTracker

/// The clients of one command: one HTTP client for every wiki, one request limiter per host
/// (so two wiki ids served by one host still get at most ``Politeness/concurrency`` requests at
/// once), one `MediaWikiClient` per wiki id. Call ``shutdown()`` when done.
public final class WikiConnections: Sendable {
    package let http: HTTPClient
    package let userAgent: String
    /// The limits every client keeps.
    public let politeness: Politeness
    private let clients: [String: MediaWikiClient]

    /// A client for every wiki of the manifest that has an API URL.
    ///
    /// - Parameters:
    ///   - manifest: The wikis to connect to, and the contact the User-Agent names.
    ///   - politeness: How hard the wikis may be asked: concurrency, retries, timeouts, limits.
    ///   - apiOverrides: wiki id → API URL, replacing the manifest's (tests, mirrors).
    ///   - log: Receives a line for each retry and each redirect followed, for `--verbose`.
    public init(
        manifest: Manifest, politeness: Politeness = Politeness(), apiOverrides: [String: URL] = [:],
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        let http = MediaWikiClient.makeHTTPClient(connectTimeout: politeness.connectTimeout)
        let userAgent = Self.userAgent(contact: manifest.project?.contact)
        var limiters: [String: HostLimiter] = [:]
        var clients: [String: MediaWikiClient] = [:]
        for wiki in manifest.wikis {
            guard let api = apiOverrides[wiki.id] ?? URL(string: wiki.api) else { continue }
            let host = (api.host ?? "") + ":" + String(api.port ?? 0)
            let limiter = limiters[host] ?? HostLimiter(limit: politeness.concurrency)
            limiters[host] = limiter
            clients[wiki.id] = MediaWikiClient(
                api: api, wiki: wiki.id, userAgent: userAgent, http: http, politeness: politeness, limiter: limiter, log: log)
        }
        self.http = http
        self.userAgent = userAgent
        self.politeness = politeness
        self.clients = clients
    }

    /// The client of a wiki id, or nil when the manifest gives that wiki no API URL.
    package func client(_ wiki: String) -> MediaWikiClient? { clients[wiki] }

    /// Requests sent so far, by wiki id.
    public func requestCounts() async -> [String: Int] {
        var counts: [String: Int] = [:]
        for (wiki, client) in clients { counts[wiki] = await client.requestCount }
        return counts
    }

    /// Closes the HTTP client; call it once, when no request is in flight.
    public func shutdown() async {
        try? await http.shutdown()
    }

    /// Wikimedia's User-Agent policy: the tool's name and version, and how to reach whoever
    /// runs it (the manifest's `project.contact`).
    package static func userAgent(contact: String?) -> String {
        let base = "\(ToolInfo.name)/\(ToolInfo.version)"
        guard let contact, !contact.isEmpty else { return base }
        return base + " (" + contact + ")"
    }
}
