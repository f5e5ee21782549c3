import AsyncHTTPClient
import Foundation
import NIOConcurrencyHelpers
import Testing
import TranslationTracker

@testable import TranslationTrackerLive

/// A hostile api.php on loopback that never stops asking to continue, answers with more than a
/// wiki ever sends, or trickles its answer; and a cache file grown past what transtrack writes.
/// Every fake server stops answering on its own after a bounded number of requests or seconds,
/// so a client without the bound ends (and fails the test) instead of hanging.
@Suite("Network bounds: continuation loops, request cap, body size and deadline, cache file size")
struct NetworkBoundsTests {
    static let quick = Politeness(attempts: 1, baseDelay: 0.01, timeout: 10, connectTimeout: 2)
    static let empty = #"{"batchcomplete":true,"query":{"pages":[]}}"#

    static func withClient<T: Sendable>(api: URL, politeness: Politeness = quick, _ body: (MediaWikiClient) async throws -> T) async throws -> T {
        let http = MediaWikiClient.makeHTTPClient(connectTimeout: politeness.connectTimeout)
        defer { HTTPShutdown.later(http) }
        let client = MediaWikiClient(api: api, wiki: "fake", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http, politeness: politeness)
        return try await body(client)
    }

    /// The error of `body`, or nil when it succeeded.
    static func failure(_ body: () async throws(MediaWikiError) -> Void) async -> MediaWikiError? {
        do throws(MediaWikiError) {
            try await body()
            return nil
        } catch {
            return error
        }
    }

    @Test("the defaults: 10,000 requests per wiki, 64 MiB per answer and per cache file, 60 s per attempt")
    func defaults() {
        #expect(Politeness().maxRequests == 10_000)
        #expect(Politeness().maxBodyBytes == 67_108_864)
        #expect(Politeness().timeout == 60)
        #expect(LiveCache.maximumFileBytes == 67_108_864)
    }

    @Test("the same continue twice is an error naming the wiki after 2 requests (the server would loop 20 times)")
    func repeatedContinuation() async throws {
        let server = try await Self.loopingServer(repeats: 20)
        defer { Task { await server.stop() } }

        let error = try await Self.withClient(api: server.api) { client in
            await Self.failure { () async throws(MediaWikiError) in _ = try await PageQuery.run(client, [("action", "query"), ("titles", "Plan")]) }
        }
        let found = try #require(error)
        guard case .looping(let wiki) = found else { Issue.record("not a loop: \(found)"); return }
        #expect(wiki == "fake")
        #expect(found.description == "fake: the wiki's answers loop: a query was asked to continue from the same point twice; transtrack stopped reading it (is the manifest's API URL the wiki's api.php?)")
        #expect(server.requests.count == 2)
        #expect(server.requests.map { $0.fields["rvcontinue"] } == [nil, "7|1"])
    }

    /// Answers `repeats` times with the same `continue`, then with none.
    static func loopingServer(repeats: Int) async throws -> FakeAPI {
        let count = Counter()
        return try await FakeAPI.start { _ in
            count.next() <= repeats ? .json(#"{"continue":{"rvcontinue":"7|1","continue":"||"},"query":{"pages":[]}}"#) : .json(Self.empty)
        }
    }

    @Test("a wiki that always asks for a new continuation stops at --max-requests: 5 sent, the sixth refused (the server would answer 50)")
    func requestCap() async throws {
        let count = Counter()
        let server = try await FakeAPI.start { _ in
            let round = count.next()
            return round < 50 ? .json(#"{"continue":{"rvcontinue":"7|\#(round)","continue":"||"},"query":{"pages":[]}}"#) : .json(Self.empty)
        }
        defer { Task { await server.stop() } }
        var politeness = Self.quick
        politeness.maxRequests = 5

        let error = try await Self.withClient(api: server.api, politeness: politeness) { client in
            let error = await Self.failure { () async throws(MediaWikiError) in _ = try await PageQuery.run(client, [("action", "query"), ("titles", "Plan")]) }
            #expect(await client.requestCount == 5)
            return error
        }
        let found = try #require(error)
        guard case .tooManyRequests(let wiki, let sent) = found else { Issue.record("not the request cap: \(found)"); return }
        #expect(wiki == "fake")
        #expect(sent == 5)
        #expect(found.description == "fake: sent 5 requests, the most allowed in one run; if the wiki really needs more, raise --max-requests N")
        #expect(server.requests.count == 5)
    }

    /// A JSON answer of exactly `bytes` bytes: `{"query":{"pad":"xxx…"}}`.
    static func answer(bytes: Int) -> String {
        let frame = #"{"query":{"pad":""}}"#
        return #"{"query":{"pad":""# + String(repeating: "x", count: bytes - frame.utf8.count) + #""}}"#
    }

    /// With a 1 MiB cap (the default, 64 MiB, is pinned by `defaults`): a test of the default's
    /// size would hold 64 MiB in a process whose other tests measure their peak memory.
    @Test(
        "an answer of the cap + 1 bytes is an error after one request, with or without Content-Length; the cap itself is read",
        arguments: [false, true])
    func bodySize(chunked: Bool) async throws {
        let limit = 1 << 20
        let big = Self.answer(bytes: limit + 1)
        let fits = Self.answer(bytes: limit)
        let headers: [(String, String)] = [("Content-Type", "application/json")] + (chunked ? [("Transfer-Encoding", "chunked")] : [])
        let server = try await FakeAPI.start { request in
            FakeAPI.Response(status: 200, headers: headers, body: request.fields["size"] == "fits" ? fits : big)
        }
        defer { Task { await server.stop() } }
        var politeness = Self.quick
        politeness.attempts = 3
        politeness.maxBodyBytes = limit

        try await Self.withClient(api: server.api, politeness: politeness) { client in
            let error = await Self.failure { () async throws(MediaWikiError) in _ = try await client.call([("action", "query"), ("size", "big")]) }
            let found = try #require(error)
            guard case .tooLarge(let wiki, let bytes) = found else { Issue.record("not too large: \(found)"); return }
            #expect(wiki == "fake")
            #expect(bytes == 1_048_576)
            #expect(found.description == "fake: an answer from the API was larger than 1 MiB; it was not read further nor kept (is the manifest's API URL the wiki's api.php?)")
            #expect(server.requests.count == 1)

            let answer = try await client.call([("action", "query"), ("size", "fits")])
            #expect(answer["query"]?["pad"]?.string?.utf8.count == limit - #"{"query":{"pad":""}}"#.utf8.count)
        }
    }

    /// The 11-byte answer takes 11 s to arrive: without a deadline over the body the call
    /// succeeds, so the deadline's own error proves it fired (no wall-clock assertion needed).
    @Test("an answer trickling 1 byte a second for 10 s fails at the 2 s deadline")
    func tricklingBody() async throws {
        let server = try await FakeAPI.start { _ in
            FakeAPI.Response(status: 200, headers: [("Content-Type", "application/json")], body: #"{"a":12345}"#, pace: 1)
        }
        defer { Task { await server.stop() } }
        var politeness = Self.quick
        politeness.timeout = 2

        let error = try await Self.withClient(api: server.api, politeness: politeness) { client in
            await Self.failure { () async throws(MediaWikiError) in _ = try await client.call([("action", "query")]) }
        }
        let found = try #require(error)
        guard case .transport(let wiki, let reason) = found else { Issue.record("not a transport error: \(found)"); return }
        #expect(wiki == "fake")
        #expect(reason == "no complete answer within 2 s")
        #expect(server.requests.count == 1)
    }

    @Test("a cache file larger than the cap is an error naming it and saying to delete it and fetch again, even when it is valid JSON")
    func oversizedCacheFile() throws {
        var cache = LiveCache(folder: FileManager.default.temporaryDirectory.appendingPathComponent("transtrack-cache-\(UUID().uuidString)").path)
        cache.maximumFileBytes = 1 << 20
        defer { try? FileManager.default.removeItem(atPath: cache.folder) }
        try cache.store(LiveCacheTests.snapshot())
        let path = cache.pagePath("meta", "Plan")
        // Valid JSON all the same: the record, then spaces up to one byte past the cap.
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let size = try file.seekToEnd()
        try file.write(contentsOf: Data(repeating: 0x20, count: cache.maximumFileBytes + 1 - Int(size)))
        try file.close()

        #expect(cache.cached(titles: LiveCacheTests.titles).pages["meta"]?["Plan"] == nil)
        do throws(LiveError) {
            _ = try cache.load(titles: LiveCacheTests.titles)
            Issue.record("a cache file of 1 MiB + 1 bytes was read")
        } catch {
            #expect(error.description == "error: cannot read the cache file \(path) (it is larger than 1 MiB, more than transtrack ever writes); delete it and run `transtrack fetch`")
        }
    }
}

/// Counts the requests a fake server answered, across its event loop threads.
final class Counter: Sendable {
    private let value = NIOLockedValueBox(0)

    /// 1 for the first call, then 2, 3…
    func next() -> Int { value.withLockedValue { $0 += 1; return $0 } }
}
