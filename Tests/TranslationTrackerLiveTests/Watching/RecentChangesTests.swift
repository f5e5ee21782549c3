import Foundation
import Testing

@testable import TranslationTrackerLive

/// What the watcher asks `list=recentchanges` and what it keeps of the answers. The real wiki's
/// answers are in `PublishWatchEndToEndTests`; here a scripted server pins the parts that are
/// ours: which namespaces are asked, the mark, duplicates at the mark's second, continuations.
@Suite("Recent changes, as the watcher reads them")
struct RecentChangesTests {
    static let site = LiveSite(
        wiki: "frwiki", translate: true, namespaces: [0: "", 4: "Wikipédia", 6: "Fichier", 1198: "Translations"],
        canonicalNamespaces: [4: "Project", 6: "File", 1198: "Translations"])

    @Test("namespaces come from the titles' prefixes, local or canonical names alike; unit pages add 1198")
    func namespaces() {
        #expect(RecentChanges.namespaces(titles: ["Wikipédia:Plan/Résumé", "Plan"], unitPages: false, site: Self.site) == [0, 4])
        #expect(RecentChanges.namespaces(titles: ["project:Plan", "File:Slides.pdf"], unitPages: true, site: Self.site) == [4, 6, 1198])
        #expect(RecentChanges.namespaces(titles: ["Not a namespace: a title"], unitPages: false, site: Self.site) == [0])
        #expect(RecentChanges.namespaces(titles: ["Wikipédia:Plan"], unitPages: false, site: nil) == [], "an unknown site: every namespace")
    }

    @Test("a poll keeps tracked titles after the mark, follows continue, and moves the mark to the newest change")
    func poll() async throws {
        let pages = [
            #"{"continue":{"rccontinue":"20260101000002|12","continue":"-||"},"query":{"recentchanges":[{"type":"edit","ns":0,"title":"Plan/fr","rcid":10,"timestamp":"2026-01-01T00:00:01Z"},{"type":"edit","ns":0,"title":"Plan/fr","rcid":11,"timestamp":"2026-01-01T00:00:01Z"}]}}"#,
            #"{"batchcomplete":true,"query":{"recentchanges":[{"type":"new","ns":0,"title":"Elsewhere","rcid":12,"timestamp":"2026-01-01T00:00:02Z"},{"type":"log","ns":4,"title":"Wikipédia:Plan/Résumé","rcid":13,"timestamp":"2026-01-01T00:00:03Z"}]}}"#,
        ]
        let server = try await FakeAPI.start(respond: PolitenessTests.scripted(pages.map { .json($0) }))
        let (connections, manifest) = try PolitenessTests.connections(server, politeness: Politeness(attempts: 1))
        defer { manifest.remove() }
        let tracked: Set<String> = ["Plan/fr", "Wikipédia:Plan/Résumé"]
        let poll = try await RecentChanges.poll(
            connections.client("meta")!, after: WatchMark(rcid: 10, timestamp: "2026-01-01T00:00:01Z"), namespaces: [0, 4], wanted: tracked.contains)
        await connections.shutdown()
        await server.stop()
        #expect(poll.tracked.map(\.rcid) == [11, 13], "rcid 10 is the mark itself, seen last time")
        #expect(poll.seen == 3)
        #expect(poll.mark == WatchMark(rcid: 13, timestamp: "2026-01-01T00:00:03Z"))
        #expect(poll.requests == 2)
        let first = try #require(server.requests.first?.uri)
        for part in ["list=recentchanges", "rcdir=newer", "rcstart=2026-01-01T00%3A00%3A01Z", "rcnamespace=0%7C4", "rctype=edit%7Cnew%7Clog"] {
            #expect(first.contains(part), "\(part) in \(first)")
        }
        #expect(server.requests.last?.uri.contains("rccontinue=20260101000002%7C12") == true)
    }

    @Test("a wiki answering the same continuation twice is an error, not a loop")
    func looping() async throws {
        let page = #"{"continue":{"rccontinue":"1|1","continue":"-||"},"query":{"recentchanges":[]}}"#
        let server = try await FakeAPI.start(respond: PolitenessTests.scripted([.json(page)]))
        let (connections, manifest) = try PolitenessTests.connections(server, politeness: Politeness(attempts: 1))
        defer { manifest.remove() }
        await #expect(throws: MediaWikiError.self) {
            _ = try await RecentChanges.poll(connections.client("meta")!, after: WatchMark(rcid: 0, timestamp: "2026-01-01T00:00:00Z"), namespaces: [], wanted: { _ in true })
        }
        await connections.shutdown()
        await server.stop()
    }

    @Test("the watch state's key changes with the manifest, the pages and nothing else")
    func stateKey() throws {
        let manifest = try LiveManifest(api: URL(string: "http://127.0.0.1:9/w/api.php")!, documents: "  []", wikis: ["meta"])
        defer { manifest.remove() }
        let loaded = try manifest.reader().manifest
        let key = WatchState.key(manifest: loaded, table: "meta:Status", worklists: nil)
        #expect(key == WatchState.key(manifest: loaded, table: "meta:Status", worklists: nil))
        #expect(key != WatchState.key(manifest: loaded, table: "meta:Other", worklists: nil))
        #expect(key != WatchState.key(manifest: loaded, table: "meta:Status", worklists: .init("Status/{lang}")))
        var changed = loaded
        changed.languages.removeLast()
        #expect(key != WatchState.key(manifest: changed, table: "meta:Status", worklists: nil))
    }

    @Test("after failures the watcher waits twice as long each time, up to 16 intervals")
    func backoff() throws {
        let manifest = try LiveManifest(api: URL(string: "http://127.0.0.1:9/w/api.php")!, documents: "  []", wikis: ["meta"])
        defer { manifest.remove() }
        let watcher = Watcher(
            tracker: Tracker(workspace: try manifest.workspace()), table: PublishTarget(wiki: "meta", title: "Status"), worklists: nil, createTable: false,
            credentials: BotCredentials(user: "A@b", password: "0123456789abcdefghijklmnopqrstuv"), politeness: Politeness(), interval: 60, log: { _ in })
        #expect((0...6).map { watcher.delay(failures: $0) } == [60, 120, 240, 480, 960, 960, 960])
    }
}
