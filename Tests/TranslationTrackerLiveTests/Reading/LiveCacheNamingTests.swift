import Foundation
import Testing
import TranslationTracker
import TranslationTrackerReaders

@testable import TranslationTrackerLive

/// Cache file names come from ids the manifest validated and from hashes, never from text as
/// written, so nothing a wiki id or a title holds can put a file outside the cache.
@Suite("live cache names")
struct LiveCacheNamingTests {
    @Test("a safe wiki id names its folder; any other id is named by its hash", arguments: [
        ("meta", "meta"), ("frwiki", "frwiki"), ("..", "wiki-7da1a07b4a03f2d"), (".", "wiki-af63a34c86018bb1"),
        ("a/../../b", "wiki-4c5b38cb39e5e48b"), ("Meta", "wiki-6dadeaaee49d6d18"),
    ])
    func wikiFolders(id: String, folder: String) {
        #expect(LiveCache.wikiFolder(id) == folder)
    }

    @Test("page and unit file names never climb, whatever the title", arguments: ["..", "../../etc/passwd", "/", ".", "a/b/../../.."])
    func titles(title: String) {
        let cache = LiveCache(folder: "/cache")
        for path in [cache.pagePath("..", title), cache.unitsPath("..", title), cache.sitePath("..")] {
            let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
            #expect(standardized == path, "no '.' or '..' component in \(path)")
            #expect(standardized.hasPrefix("/cache/wiki-7da1a07b4a03f2d/"))
        }
    }

    @Test("storing a snapshot for a wiki id '..' writes only inside the cache folder")
    func storeHostileWiki() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("transtrack-cache-naming-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let cache = LiveCache(folder: scratch + "/inner/.transtrack-cache")
        var snapshot = LiveSnapshot()
        snapshot.pages[".."] = ["../../x": LivePage(wiki: "..", title: "../../x", exists: false)]
        snapshot.sites[".."] = LiveSite(wiki: "..", siteName: "X", translate: false, namespaces: [0: ""])
        try cache.store(snapshot)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch + "/inner") == [".transtrack-cache"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.folder) == ["wiki-7da1a07b4a03f2d"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.folder + "/wiki-7da1a07b4a03f2d").sorted() == ["pages", "site.json"])
    }
}
