import Foundation
import NIOConcurrencyHelpers
import Testing
import TranslationTracker

@testable import TranslationTrackerLive

/// The client's manners towards Wikimedia's servers, as the server saw them: Retry-After and
/// backoff waited out (gaps between requests on the server's clock, checked as lower bounds
/// only, which a slow machine cannot break), `maxlag=5` on every request, the User-Agent with the
/// manifest's contact, at most two requests at once per host, and gzip asked for and decoded.
@Suite("Politeness, as the server sees it")
struct PolitenessTests {
    static let siteinfo = #"{"batchcomplete":true,"query":{"general":{"sitename":"Fake"}}}"#
    static let query: [(String, String)] = [("action", "query"), ("meta", "siteinfo")]

    /// The connections of a manifest whose `wikis` all point at `server`, with the contact
    /// `tests@transtrack.invalid`.
    static func connections(_ server: FakeAPI, wikis: [String] = ["meta"], politeness: Politeness) throws -> (WikiConnections, LiveManifest) {
        let manifest = try LiveManifest(api: server.api, documents: "  []", wikis: wikis)
        return (WikiConnections(manifest: try manifest.reader().manifest, politeness: politeness), manifest)
    }

    /// Answers from a script: the n-th request gets `answers[n]`, later ones the last.
    static func scripted(_ answers: [FakeAPI.Response]) -> @Sendable (FakeAPI.Request) -> FakeAPI.Response {
        let count = NIOLockedValueBox(0)
        return { _ in
            let index = count.withLockedValue { value in
                defer { value += 1 }
                return value
            }
            return answers[min(index, answers.count - 1)]
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    @Test("503 with Retry-After: 1: the next request comes at least a second later")
    func retryAfter() async throws {
        let busy = FakeAPI.Response(status: 503, headers: [("Retry-After", "1")], body: "busy")
        let server = try await FakeAPI.start(respond: Self.scripted([busy, .json(Self.siteinfo)]))
        let (connections, manifest) = try Self.connections(server, politeness: Politeness(attempts: 3, baseDelay: 0.01))
        defer { manifest.remove() }
        let answer = try await connections.client("meta")!.call(Self.query)
        await connections.shutdown()
        await server.stop()
        #expect(answer["query"]?["general"]?["sitename"]?.string == "Fake")
        let requests = server.requests
        #expect(requests.count == 2)
        let gap = Self.seconds(requests[1].arrived - requests[0].arrived)
        #expect(gap >= 1.0, "the retry came \(gap) s after the refusal; Retry-After said 1 s")
    }

    @Test("503 without Retry-After: exponential backoff, at least half of 1 s, then of 2 s")
    func backoff() async throws {
        let busy = FakeAPI.Response(status: 503, headers: [], body: "busy")
        let server = try await FakeAPI.start(respond: Self.scripted([busy, busy, .json(Self.siteinfo)]))
        let (connections, manifest) = try Self.connections(server, politeness: Politeness(attempts: 3, baseDelay: 1.0))
        defer { manifest.remove() }
        _ = try await connections.client("meta")!.call(Self.query)
        await connections.shutdown()
        await server.stop()
        let arrived = server.requests.map(\.arrived)
        #expect(arrived.count == 3)
        // Full jitter waits between half and all of 1 s, then of 2 s.
        #expect(Self.seconds(arrived[1] - arrived[0]) >= 0.5)
        #expect(Self.seconds(arrived[2] - arrived[1]) >= 1.0)
    }

    @Test("maxlag=5 on every request by default; a maxlag error with Retry-After: 1 is retried a second later")
    func maxlag() async throws {
        let lagging = FakeAPI.Response(
            status: 200, headers: [("Content-Type", "application/json"), ("MediaWiki-API-Error", "maxlag"), ("Retry-After", "1")],
            body: #"{"error":{"code":"maxlag","info":"Waiting for 10.0.0.1: 7 seconds lagged.","lag":7}}"#)
        let server = try await FakeAPI.start(respond: Self.scripted([lagging, .json(Self.siteinfo)]))
        var politeness = Politeness()
        politeness.baseDelay = 0.01
        let (connections, manifest) = try Self.connections(server, politeness: politeness)
        defer { manifest.remove() }
        _ = try await connections.client("meta")!.call(Self.query)
        await connections.shutdown()
        await server.stop()
        let requests = server.requests
        #expect(requests.map { $0.fields["maxlag"] } == ["5", "5"])
        #expect(Self.seconds(requests[1].arrived - requests[0].arrived) >= 1.0)
    }

    @Test("the User-Agent names the tool, its version and the manifest's contact")
    func userAgent() async throws {
        let server = try await FakeAPI.start(respond: { _ in .json(Self.siteinfo) })
        let (connections, manifest) = try Self.connections(server, politeness: Politeness(attempts: 1))
        defer { manifest.remove() }
        _ = try await connections.client("meta")!.call(Self.query)
        await connections.shutdown()
        await server.stop()
        #expect(server.requests.map { $0.headers["user-agent"] } == ["transtrack/0.1.0 (tests@transtrack.invalid)"])
    }

    @Test("at most two requests at once per host, for two wiki ids on the same host too")
    func twoAtOnce() async throws {
        var held = FakeAPI.Response.json(Self.siteinfo)
        held.delay = 0.3
        let answer = held
        let server = try await FakeAPI.start(respond: { _ in answer })
        let (connections, manifest) = try Self.connections(server, wikis: ["meta", "commons"], politeness: Politeness(attempts: 1))
        defer { manifest.remove() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<6 {
                let client = connections.client(index % 2 == 0 ? "meta" : "commons")!
                group.addTask { _ = try await client.call(Self.query) }
            }
            try await group.waitForAll()
        }
        await connections.shutdown()
        await server.stop()
        #expect(server.requests.count == 6)
        #expect(server.mostAtOnce <= 2, "the server answered \(server.mostAtOnce) requests at once")
    }

    @Test("gzip is asked for, and a gzip answer is decoded")
    func gzip() async throws {
        // A long answer, as a big query gives; the server compresses it for a client that asks.
        let titles = (0..<500).map { #"{"title":"Page \#($0)","missing":true}"# }.joined(separator: ",")
        let body = #"{"batchcomplete":true,"query":{"pages":[\#(titles)]}}"#
        let server = try await FakeAPI.start(compress: true, respond: { _ in .json(body) })
        let (connections, manifest) = try Self.connections(server, politeness: Politeness(attempts: 1))
        defer { manifest.remove() }
        let answer = try await connections.client("meta")!.call(Self.query)
        await connections.shutdown()
        await server.stop()
        #expect(server.requests.map { $0.headers["accept-encoding"] } == ["gzip"])
        #expect(answer["query"]?["pages"]?.array.count == 500)
        #expect(answer["query"]?["pages"]?.array.last?["title"]?.string == "Page 499")
    }
}
