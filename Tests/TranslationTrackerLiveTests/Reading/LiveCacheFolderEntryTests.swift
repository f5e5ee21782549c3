import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerLive

@Suite("LiveCache: an entry that is a folder")
struct LiveCacheFolderEntryTests {
    @Test("a folder where a cache file should be is an error naming the file, not Foundation's words")
    func folderEntry() throws {
        let cache = LiveCacheTests.temporaryCache()
        defer { try? FileManager.default.removeItem(atPath: cache.folder) }
        try cache.store(LiveCacheTests.snapshot())
        let path = cache.pagePath("meta", "Plan")
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        do {
            _ = try cache.load(titles: LiveCacheTests.titles)
            Issue.record("a folder was read as a cache file")
        } catch {
            #expect(error.description == "error: cannot read the cache file \(path) (it is a folder, not a cache file); delete it and run `transtrack fetch`")
        }
    }
}
