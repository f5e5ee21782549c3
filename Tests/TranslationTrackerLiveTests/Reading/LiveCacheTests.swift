import Foundation
import Testing
import TranslationTracker
import TranslationTrackerReaders

@testable import TranslationTrackerLive

/// The cache as files, no wiki needed: what it writes reads back the same, and a file of an older
/// format is read anew online and, offline, an error that names the file.
@Suite("live cache files")
struct LiveCacheTests {
    static let manifest = Manifest(
        source: "en", languages: [Language(code: "fr", name: "French", autonym: "français")],
        documents: [
            DocumentSpec(
                id: "plan", name: "Plan", kind: .wikitext,
                pages: [WikiPageLocation(wiki: "meta", source: "Plan", translation: PathPattern("Plan/{lang}"))])
        ])
    static let titles = WikiTitles(manifest: manifest)

    /// The English page with every field a revision can have, a deleted text among them.
    static let english = LivePage(
        wiki: "meta", title: "Plan", exists: true, apiTitle: "Plan", pageID: 8, namespace: 0,
        revisions: [
            WikiRevision(
                id: 40, parentID: 0, timestamp: "2024-01-03T00:00:00Z", contributor: "A", comment: "first", model: "wikitext",
                format: "text/x-wiki", text: "== Budget ==", bytes: 12, sha1: "phoiac9h4m842xq45sp7s6u21eteeq1"),
            WikiRevision(id: 41, parentID: 40, timestamp: "2024-01-04T00:00:00Z", contributor: "B", bytes: 20, textDeleted: true),
        ])

    static func snapshot() -> LiveSnapshot {
        var snapshot = LiveSnapshot()
        snapshot.pages["meta"] = ["Plan": english, "Plan/fr": LivePage(wiki: "meta", title: "Plan/fr", exists: false)]
        snapshot.sites["meta"] = LiveSite(wiki: "meta", siteName: "Meta", translate: false, namespaces: [0: ""])
        return snapshot
    }

    static func temporaryCache() -> LiveCache {
        LiveCache(folder: FileManager.default.temporaryDirectory.appendingPathComponent("transtrack-cache-\(UUID().uuidString)").path)
    }

    @Test("pages read back as they were stored, every field of every revision kept")
    func roundTrip() throws {
        let cache = Self.temporaryCache()
        defer { try? FileManager.default.removeItem(atPath: cache.folder) }
        try cache.store(Self.snapshot())
        let loaded = try cache.load(titles: Self.titles)
        #expect(loaded.pages["meta"] == Self.snapshot().pages["meta"])
        #expect(loaded.sites["meta"] == Self.snapshot().sites["meta"])
        #expect(cache.cached(titles: Self.titles).pages["meta"]?["Plan"] == Self.english)
        let file = try String(contentsOfFile: cache.pagePath("meta", "Plan"), encoding: .utf8)
        #expect(file.contains("\"format\" : \(LiveCache.format)"))
    }

    @Test("a file of cache format 1 is read anew online and, offline, an error that names the file and its format")
    func olderFormat() throws {
        let cache = Self.temporaryCache()
        defer { try? FileManager.default.removeItem(atPath: cache.folder) }
        try cache.store(Self.snapshot())
        let path = cache.pagePath("meta", "Plan")
        // As format 1 wrote it: the record alone, revisions with `user`, `size` and `textHidden`.
        try """
        {"wiki": "meta", "title": "Plan", "exists": true, "apiTitle": "Plan", "pageID": 8, "namespace": 0,
         "revisions": [{"id": 40, "parentID": 0, "timestamp": "2024-01-03T00:00:00Z", "user": "A", "size": 12, "text": "== Budget =="}]}
        """.write(toFile: path, atomically: true, encoding: .utf8)

        #expect(cache.cached(titles: Self.titles).pages["meta"]?["Plan"] == nil, "online, the title is read anew")
        #expect(cache.cached(titles: Self.titles).pages["meta"]?["Plan/fr"] != nil, "files of this format are still used")
        do {
            _ = try cache.load(titles: Self.titles)
            Issue.record("an older cache file was read offline")
        } catch {
            guard case .unreadableCache(let errorPath, let reason) = error else {
                Issue.record("unexpected error: \(error)")
                return
            }
            #expect(errorPath == path)
            #expect(reason == "cache format 1, this transtrack reads format \(LiveCache.format)")
            #expect(error.description.contains(path) && error.description.contains("transtrack fetch"))
        }

        let changes = try cache.store(Self.snapshot())
        #expect(changes.first { $0.title == "Plan" }?.after == 41, "fetch rewrites the file")
        #expect(try cache.load(titles: Self.titles).pages["meta"]?["Plan"] == Self.english)
    }
}
