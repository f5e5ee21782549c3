import AsyncHTTPClient
import Foundation
import Testing
import TranslationTracker
import TranslationTrackerReaders

@testable import TranslationTrackerLive

/// Faults made by a real MediaWiki on a server of the test's own: stopped mid-fetch, 503,
/// replication lag; and the request count for a long title list.
@Suite("live reading faults against a real MediaWiki", .enabled(if: TestWiki.shouldRun))
struct LiveFaultTests {
    /// Retries quick enough for tests: the server's Retry-After is capped by `maximumDelay`.
    static let quick = Politeness(attempts: 3, baseDelay: 0.05, maximumDelay: 0.1, connectTimeout: 1)

    /// `count` documents, each a page and its three translation pages on meta.
    static func manyDocuments(_ prefix: String, count: Int) -> String {
        (0..<count).map { index in
            """
              - id: doc\(index)
                pages:
                  - { wiki: meta, source: "\(prefix) \(index)", translation: "\(prefix) \(index)/{lang}" }
            """
        }.joined(separator: "\n")
    }

    static func read(_ manifest: LiveManifest, politeness: Politeness, during: (@Sendable (WikiConnections) async -> Void)? = nil)
        async throws -> LiveStatusReader.Result
    {
        let handle = try manifest.reader()
        let connections = WikiConnections(manifest: handle.manifest, politeness: politeness)
        async let side: Void = { if let during { await during(connections) } }()
        do {
            let result = try await handle.status.status(.live(LiveReader(connections: connections)))
            await side
            await connections.shutdown()
            return result
        } catch {
            await side
            await connections.shutdown()
            throw error
        }
    }

    @Test("a server stopped mid-fetch: a clear error naming the wiki, and the cache exactly as it was")
    func stoppedMidFetch() async throws {
        guard let wiki = TestWiki.required() else { return }
        let server = try wiki.startServer()
        defer { server.stop() }
        let prefix = TestWiki.uniquePrefix("Stop")
        let http = MediaWikiClient.makeHTTPClient()
        defer { HTTPShutdown.later(http) }
        let seeder = try await wiki.seeder(http: http)
        try await seeder.edit(prefix + " 0", "<!--T:1-->\nOne.")
        let manifest = try LiveManifest(api: server.api, documents: Self.manyDocuments(prefix, count: 50), wikis: ["meta"])
        defer { manifest.remove() }
        _ = try await Self.read(manifest, politeness: Self.quick)
        let before = manifest.cacheFiles()
        #expect(before.count == 201, "site.json and 200 pages, one file each: \(before.count)")
        try await seeder.edit(prefix + " 0", "<!--T:1-->\nOne, changed.")

        do {
            _ = try await Self.read(manifest, politeness: Self.quick) { connections in
                // Stop the server once the first batch is out: 4 batches of 50 are needed.
                while (await connections.requestCounts()["meta"] ?? 0) < 2 { try? await Task.sleep(nanoseconds: 2_000_000) }
                server.stop()
            }
            Issue.record("the read should have failed")
        } catch let error as LiveError {
            guard case .wiki(let cause) = error else { Issue.record("unexpected \(error)"); return }
            switch cause {
            case .transport(let name, _), .unavailable(let name, _, _): #expect(name == "meta")
            default: Issue.record("unexpected \(cause)")
            }
            #expect(error.description.contains("meta"))
            #expect(error.description.contains("nothing was written to the cache"))
        }
        #expect(manifest.cacheFiles() == before, "no file changed, none added (no temporary file left either)")
    }

    @Test("503 twice, then answers: retried and read")
    func retriedAfter503() async throws {
        guard let wiki = TestWiki.required() else { return }
        let server = try wiki.startServer()
        defer { server.stop() }
        let manifest = try LiveManifest(api: server.api, documents: Self.manyDocuments(TestWiki.uniquePrefix("503"), count: 1), wikis: ["meta"])
        defer { manifest.remove() }
        try server.fault("503", "2")
        let handle = try manifest.reader()
        let connections = WikiConnections(manifest: handle.manifest, politeness: Self.quick)
        let result = try await handle.status.status(.live(LiveReader(connections: connections)))
        let sent = await connections.requestCounts()["meta"]
        await connections.shutdown()
        let tally = try #require(result.snapshot.tallies["meta"])
        #expect(tally.total == 2, "siteinfo and one batch")
        #expect(sent == tally.total + 2, "the two refused requests were sent again")
        #expect(result.report.translations.count == 3)
    }

    @Test("maxlag with Retry-After: retried until the lag is gone; unavailable when it stays")
    func maxlag() async throws {
        guard let wiki = TestWiki.required() else { return }
        let server = try wiki.startServer()
        defer { server.stop() }
        let manifest = try LiveManifest(api: server.api, documents: Self.manyDocuments(TestWiki.uniquePrefix("Lag"), count: 1), wikis: ["meta"])
        defer { manifest.remove() }
        try server.fault("maxlag")
        do {
            _ = try await Self.read(manifest, politeness: Self.quick)
            Issue.record("expected the wiki to be unavailable")
        } catch let error as LiveError {
            guard case .wiki(.unavailable(let name, let reason, let attempts)) = error else { Issue.record("unexpected \(error)"); return }
            #expect(name == "meta" && attempts == 3)
            #expect(reason.contains("lag"))
            #expect(error.description.contains("try again later"))
        }
        #expect(manifest.cacheFiles().isEmpty)

        // Lag that clears: the switch is removed while the client waits.
        var patient = Self.quick
        patient.attempts = 40
        let result = try await Self.read(manifest, politeness: patient) { connections in
            while (await connections.requestCounts()["meta"] ?? 0) < 3 { try? await Task.sleep(nanoseconds: 5_000_000) }
            server.clearFaults()
        }
        #expect(result.snapshot.tallies["meta"]?.total == 2)
        #expect(result.report.translations.count == 3)
    }

    @Test("5,000 titles on one wiki: ceil(5000/50) = 100 requests plus continuations")
    func fiveThousandTitles() async throws {
        guard let wiki = TestWiki.required() else { return }
        let http = MediaWikiClient.makeHTTPClient()
        defer { HTTPShutdown.later(http) }
        let prefix = TestWiki.uniquePrefix("Many")
        let seeder = try await wiki.seeder(http: http)
        for index in [0, 2_500, 4_999] { try await seeder.edit("\(prefix) \(index)", "Page \(index).") }
        let titles = (0..<5_000).map { "\(prefix) \($0)" }
        let client = MediaWikiClient(api: wiki.api, wiki: "meta", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
        let (pages, tally) = try await LiveReader.latest(client, wiki: "meta", titles: titles)
        #expect(pages.count == 5_000)
        #expect(pages.values.filter(\.exists).map(\.title).sorted() == ["\(prefix) 0", "\(prefix) 2500", "\(prefix) 4999"])
        #expect(tally.batches == 100)
        #expect(await client.requestCount == 100 + tally.continuations)
        print("5,000 titles: \(tally.batches) batches + \(tally.continuations) continuations = \(await client.requestCount) requests")
    }

    @Test("a history longer than one answer: followed through continue, complete from the creation")
    func continuedHistory() async throws {
        guard let wiki = TestWiki.required() else { return }
        let http = MediaWikiClient.makeHTTPClient()
        defer { HTTPShutdown.later(http) }
        let title = TestWiki.uniquePrefix("Long history")
        let seeder = try await wiki.seeder(http: http)
        // 51 revisions: one more than the API gives with content per answer.
        for index in 0..<51 { try await seeder.edit(title, "<!--T:1-->\nRevision \(index).") }
        let client = MediaWikiClient(api: wiki.api, wiki: "meta", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
        let (page, requests) = try await LiveReader.history(client, title: title)
        #expect(requests == 2, "50 revisions, then the continuation")
        let revisions = try #require(page?.page.revisions)
        #expect(revisions.count == 51)
        #expect(revisions.first?.text == "<!--T:1-->\nRevision 0." && revisions.last?.text == "<!--T:1-->\nRevision 50.")
        #expect(LivePage.from(page, wiki: "meta", title: title, redirected: false).hasFullHistory)
    }
}
