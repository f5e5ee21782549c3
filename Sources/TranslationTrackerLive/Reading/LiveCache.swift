import Foundation
import TranslationTracker
import TranslationTrackerReaders

/// `.transtrack-cache/` next to the manifest: what the wikis said, so `status --offline` works
/// without a network and `fetch` can say what changed.
///
/// Layout, one JSON file per record so a refresh rewrites only what it read:
/// ```
/// .transtrack-cache/WIKI/site.json              LiveSite (WIKI: the wiki's id, see wikiFolder)
/// .transtrack-cache/WIKI/pages/NAME-HASH.json   LivePage, one per title the manifest needs
/// .transtrack-cache/WIKI/units/NAME-HASH.json   LiveUnitPages, one per translatable page
/// ```
/// `NAME` is the title made safe for file names and short; `HASH` (FNV-1a of the normalized
/// title) keeps names unique. Every file is written atomically (``AtomicFile``), and only after
/// every wiki was read, so a failure mid-fetch leaves the cache as it was.
///
/// Every file is `{"format": N, "record": …}`. A file of another format is not guessed at: online
/// its title is read anew (and the file rewritten), offline it is an error naming the file.
package struct LiveCache: Sendable {
    package static let folderName = ".transtrack-cache"
    /// The format this version reads and writes. 1: records alone, revisions with `user`, `size`
    /// and `textHidden`. 2: records in an envelope, revisions as ``WikiRevision`` encodes them.
    package static let format = 2
    /// The largest cache file read by default, as large as the largest answer a wiki may give
    /// (``Politeness/maxBodyBytes``); a bigger file was not written by transtrack.
    package static let maximumFileBytes = Politeness().maxBodyBytes
    /// The cache folder.
    package var folder: String
    /// The largest cache file this cache reads; its size is checked before anything is read.
    package var maximumFileBytes = LiveCache.maximumFileBytes

    package init(folder: String) { self.folder = folder }

    /// The cache next to a manifest file.
    package init(manifestPath: String) {
        folder = URL(fileURLWithPath: manifestPath).deletingLastPathComponent().appendingPathComponent(Self.folderName).path
    }

    /// `64 MiB`, or a byte count when it is not whole mebibytes.
    static func describe(bytes: Int) -> String { bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes" }

    func sitePath(_ wiki: String) -> String { "\(folder)/\(Self.wikiFolder(wiki))/site.json" }
    func pagePath(_ wiki: String, _ title: String) -> String { "\(folder)/\(Self.wikiFolder(wiki))/pages/\(Self.fileName(title))" }
    func unitsPath(_ wiki: String, _ source: String) -> String { "\(folder)/\(Self.wikiFolder(wiki))/units/\(Self.fileName(source))" }

    /// A wiki's folder: its id, which the manifest restricted to ``Manifest/isSafeID(_:)``; an id
    /// that is not (a manifest built in code, say) is named by its hash instead, never as written.
    static func wikiFolder(_ wiki: String) -> String {
        Manifest.isSafeID(wiki) ? wiki : "wiki-" + String(hash(wiki), radix: 16)
    }

    /// Reads what `titles` needs from the cache; a title never fetched is an error naming it.
    package func load(titles: WikiTitles) throws(LiveError) -> LiveSnapshot {
        var snapshot = LiveSnapshot()
        for wiki in titles.wikis {
            if let site: LiveSite = try read(sitePath(wiki)) { snapshot.sites[wiki] = site }
            var pages: [String: LivePage] = [:]
            for title in titles.titles(on: wiki).sorted() {
                guard let page: LivePage = try read(pagePath(wiki, title)) else { throw .notCached(wiki: wiki, title: title, cache: folder) }
                pages[title] = page
            }
            snapshot.pages[wiki] = pages
            var units: [String: LiveUnitPages] = [:]
            for translatable in titles.unitPages(on: wiki) {
                let source = WikiTitle.normalized(translatable.source)
                guard var set: LiveUnitPages = try read(unitsPath(wiki, source)) else {
                    throw .notCached(wiki: wiki, title: TranslateTitles.unitPagePrefix(source: source) + "…", cache: folder)
                }
                set.pages = set.pages.filter { TranslateTitles.parse($0.title, source: source).map { translatable.languages.contains($0.language) } ?? false }
                units[source] = set
            }
            snapshot.unitPages[wiki] = units
        }
        return snapshot
    }

    /// Whether the cache has a record of every page and unit-page set `titles` needs: what
    /// ``load(titles:)`` would read, checked without reading it (the watcher asks each cycle).
    package func holds(titles: WikiTitles) -> Bool {
        titles.wikis.allSatisfy { wiki in
            titles.titles(on: wiki).allSatisfy { FileManager.default.fileExists(atPath: pagePath(wiki, $0)) }
                && titles.unitPages(on: wiki).allSatisfy {
                    FileManager.default.fileExists(atPath: unitsPath(wiki, WikiTitle.normalized($0.source)))
                }
        }
    }

    /// The sites the cache holds, by wiki; a wiki never read, or an unreadable record, is left out.
    package func sites(wikis: [String]) -> [String: LiveSite] {
        var sites: [String: LiveSite] = [:]
        for wiki in wikis { if let site: LiveSite = try? read(sitePath(wiki)) { sites[wiki] = site } }
        return sites
    }

    /// What the cache holds of the titles `titles` needs, for ``LiveReader`` to reuse unchanged
    /// pages; titles never fetched, or unreadable records, are left out (they are read anew).
    package func cached(titles: WikiTitles) -> LiveSnapshot {
        var snapshot = LiveSnapshot()
        for wiki in titles.wikis {
            var pages: [String: LivePage] = [:]
            for title in titles.titles(on: wiki) {
                if let page: LivePage = try? read(pagePath(wiki, title)), page.title == title { pages[title] = page }
            }
            snapshot.pages[wiki] = pages
        }
        return snapshot
    }

    /// Writes every record of `snapshot`, each atomically, and returns what changed against
    /// what the cache held before.
    @discardableResult
    package func store(_ snapshot: LiveSnapshot) throws(LiveError) -> [CacheChange] {
        var changes: [CacheChange] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        for wiki in snapshot.pages.keys.sorted() {
            for (title, page) in snapshot.pages[wiki]!.sorted(by: { $0.key < $1.key }) {
                let path = pagePath(wiki, title)
                let old: LivePage? = try? read(path)
                changes.append(CacheChange(wiki: wiki, title: title, before: old?.exists == true ? old?.latest?.id : nil, after: page.exists ? page.latest?.id : nil, wasCached: old != nil))
                try write(page, to: path, encoder: encoder)
            }
            for (source, set) in (snapshot.unitPages[wiki] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let path = unitsPath(wiki, source)
                let old: LiveUnitPages? = try? read(path)
                let before = Dictionary((old?.pages ?? []).map { ($0.title, $0.latest?.id) }, uniquingKeysWith: { a, _ in a })
                for page in set.pages {
                    changes.append(CacheChange(wiki: wiki, title: page.title, before: before[page.title] ?? nil, after: page.latest?.id, wasCached: before[page.title] != nil))
                }
                for (title, id) in before where !set.pages.contains(where: { $0.title == title }) {
                    changes.append(CacheChange(wiki: wiki, title: title, before: id, after: nil, wasCached: true))
                }
                try write(set, to: path, encoder: encoder)
            }
            if let site = snapshot.sites[wiki] { try write(site, to: sitePath(wiki), encoder: encoder) }
        }
        return changes
    }

    private func read<Record: Decodable>(_ path: String) throws(LiveError) -> Record? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        // Foundation's own error for reading a folder names neither the file nor what to do.
        guard !isFolder.boolValue else { throw .unreadableCache(path: path, reason: "it is a folder, not a cache file") }
        let tooLarge = LiveError.unreadableCache(
            path: path, reason: "it is larger than \(Self.describe(bytes: maximumFileBytes)), more than transtrack ever writes")
        // Refused by its size before a byte is read, and read with the cap anyway (it may grow meanwhile).
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumFileBytes { throw tooLarge }
        let data: Data
        do {
            let file = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? file.close() }
            data = try file.read(upToCount: maximumFileBytes + 1) ?? Data()
        } catch {
            throw .unreadableCache(path: path, reason: "\(error)")
        }
        guard data.count <= maximumFileBytes else { throw tooLarge }
        do {
            return try JSONDecoder().decode(CacheFile<Record>.self, from: data).record
        } catch let error as OtherFormat {
            throw .unreadableCache(path: path, reason: "cache format \(error.format), this transtrack reads format \(Self.format)")
        } catch {
            throw .unreadableCache(path: path, reason: "\(error)")
        }
    }

    private func write<Record: Encodable>(_ record: Record, to path: String, encoder: JSONEncoder) throws(LiveError) {
        // Names are ids and hashes, so this holds; checked all the same, links followed, as the
        // cache must never write elsewhere.
        guard Workspace.isInside(Workspace.resolvingSymlinks(path), folder: Workspace.resolvingSymlinks(self.folder)) else {
            throw .reader(.unwritable(path: path, reason: "it is outside the cache folder \(self.folder)"))
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .reader(.unwritable(path: folder, reason: "\(error)"))
        }
        let data: Data
        do { data = try encoder.encode(CacheFile(record: record)) } catch { throw .unreadableCache(path: path, reason: "cannot encode: \(error)") }
        do throws(ReaderError) { try AtomicFile.write(Array(data) + [0x0A], to: path, inside: self.folder) } catch { throw .reader(error) }
    }

    /// A file name for a title: readable, short enough for any file system, unique by hash.
    /// The readable part holds only letters, digits, `.`, `-` and `_`, and the hash and `.json`
    /// follow it, so the name is never `.` or `..` and never holds a `/`.
    static func fileName(_ title: String) -> String {
        let normalized = WikiTitle.normalized(title)
        let readable = String(safe(normalized).prefix(60))
        return readable + "-" + String(hash(normalized), radix: 16) + ".json"
    }

    /// FNV-1a, 64 bits: stable across runs and platforms, unlike `Hasher`.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Letters, digits, `.`, `-` and `_` kept (ASCII only); anything else becomes `_`.
    static func safe(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar)) ? Character(scalar) : "_"
        })
    }
}

/// What every cache file holds: the format it was written in, then the record. The format is
/// decoded first, so a file of another format fails as such rather than as a missing field.
private struct CacheFile<Record> {
    var format = LiveCache.format
    var record: Record

    init(record: Record) { self.record = record }

    private enum CodingKeys: String, CodingKey { case format, record }
}

extension CacheFile: Encodable where Record: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(record, forKey: .record)
    }
}

extension CacheFile: Decodable where Record: Decodable {
    /// A file with no `format` is of format 1, which wrote the record alone.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decodeIfPresent(Int.self, forKey: .format) ?? 1
        guard format == LiveCache.format else { throw OtherFormat(format: format) }
        record = try container.decode(Record.self, forKey: .record)
    }
}

/// A cache file written in a format other than ``LiveCache/format``.
private struct OtherFormat: Error {
    var format: Int
}

extension LiveCache {
    /// Where `publish --watch` keeps its ``WatchState``.
    var watchPath: String { folder + "/watch.json" }

    /// The watcher's state as the last cycle left it; nil when there is none.
    package func watchState() throws(LiveError) -> WatchState? { try read(watchPath) }

    /// Keeps the watcher's state (atomically, like every cache record).
    package func store(_ state: WatchState) throws(LiveError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try write(state, to: watchPath, encoder: encoder)
    }
}
