import TranslationTracker

/// Where a watcher has read a wiki's recent changes up to: the last change seen (its `rcid` and
/// timestamp). Kept in the cache (``WatchState``), so a restarted watcher goes on from there
/// and misses nothing saved while it was stopped.
package struct WatchMark: Sendable, Codable, Hashable {
    package var rcid: Int
    package var timestamp: String

    package init(rcid: Int, timestamp: String) {
        self.rcid = rcid
        self.timestamp = timestamp
    }
}

/// One poll of `list=recentchanges` on one wiki: every change after a mark, in the namespaces
/// of the tracked titles, and which of them touch a tracked title.
///
/// Asks `rcdir=newer` from the mark's timestamp (MediaWiki includes that second, so changes
/// with an `rcid` at or below the mark's are dropped), follows `continue`, and keeps edits, page
/// creations and log entries (moves, deletions, file uploads). Titles are filtered here, against
/// ``WikiTitles/wants(_:on:)``: the API filters one title at most, and the watcher tracks many.
package struct RecentChanges: Sendable {
    /// A change to a tracked page.
    package struct Change: Sendable, Hashable {
        package var rcid: Int
        package var title: String
        package var timestamp: String
    }

    /// Changes to tracked titles since the mark.
    package var tracked: [Change] = []
    /// Changes seen in all, tracked or not.
    package var seen = 0
    /// The mark to poll from next time: the newest change seen, or the old mark.
    package var mark: WatchMark
    /// Requests sent (more than one when the answer continued).
    package var requests = 0

    /// The newest change on the wiki, to start watching from; the wiki's clock when it has none.
    package static func latestMark(_ client: MediaWikiClient) async throws(MediaWikiError) -> WatchMark {
        let answer = try await client.call([
            ("action", "query"), ("list", "recentchanges"), ("rcprop", "ids|timestamp"), ("rcdir", "older"), ("rclimit", "1"), ("curtimestamp", "1"),
        ])
        if let latest = answer["query"]?["recentchanges"]?[0], let rcid = latest["rcid"]?.int, let timestamp = latest["timestamp"]?.string {
            return WatchMark(rcid: rcid, timestamp: timestamp)
        }
        guard let now = answer["curtimestamp"]?.string else {
            throw .malformed(wiki: client.wiki, reason: "a recentchanges answer has neither changes nor curtimestamp")
        }
        return WatchMark(rcid: 0, timestamp: now)
    }

    /// Polls the changes after `mark` in `namespaces` (all namespaces when empty) and keeps
    /// those `wanted` says are tracked.
    package static func poll(
        _ client: MediaWikiClient, after mark: WatchMark, namespaces: [Int], wanted: (String) -> Bool
    ) async throws(MediaWikiError) -> RecentChanges {
        var result = RecentChanges(mark: mark)
        var parameters: [(String, String)] = [
            ("action", "query"), ("list", "recentchanges"), ("rcprop", "ids|title|timestamp"), ("rctype", "edit|new|log"),
            ("rcdir", "newer"), ("rcstart", mark.timestamp), ("rclimit", "500"),
        ]
        if !namespaces.isEmpty { parameters.append(("rcnamespace", namespaces.sorted().map(String.init).joined(separator: "|"))) }
        var continuation: [(String, String)] = []
        var followed: Set<String> = []
        repeat {
            let answer = try await client.call(parameters + continuation)
            result.requests += 1
            for entry in answer["query"]?["recentchanges"]?.array ?? [] {
                guard let rcid = entry["rcid"]?.int, rcid > mark.rcid, let timestamp = entry["timestamp"]?.string else { continue }
                result.seen += 1
                if rcid > result.mark.rcid { result.mark = WatchMark(rcid: rcid, timestamp: max(timestamp, result.mark.timestamp)) }
                if let title = entry["title"]?.string, wanted(title) {
                    result.tracked.append(Change(rcid: rcid, title: title, timestamp: timestamp))
                }
            }
            continuation = try PageQuery.continuation(of: answer, followed: &followed, wiki: client.wiki)
        } while !continuation.isEmpty
        return result
    }

    /// The namespaces of a wiki's tracked titles, by matching each title's prefix against the
    /// wiki's namespace names (as `meta=siteinfo` gives them, local and canonical), plus the
    /// `Translations` namespace (1198) when translatable pages' unit pages are tracked there.
    /// Empty (all namespaces) when the site is unknown.
    package static func namespaces(titles: Set<String>, unitPages: Bool, site: LiveSite?) -> [Int] {
        guard let site else { return [] }
        var names: [String: Int] = [:]
        for (id, name) in site.namespaces where !name.isEmpty { names[Self.key(name)] = id }
        for (id, name) in site.canonicalNamespaces ?? [:] where !name.isEmpty { names[Self.key(name)] = id }
        var result = Set<Int>()
        for title in titles {
            if let colon = title.firstIndex(of: ":"), let id = names[Self.key(String(title[..<colon]))] {
                result.insert(id)
            } else {
                result.insert(0)
            }
        }
        if unitPages { result.insert(TranslateTitles.namespace) }
        return result.sorted()
    }

    /// Namespace names compare case-insensitively, with underscores as spaces.
    private static func key(_ name: String) -> String {
        WikiTitle.normalized(name).lowercased()
    }
}
