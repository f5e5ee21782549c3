import Foundation
import TranslationTracker
import TranslationTrackerReaders
import TranslationTrackerReports

/// `publish --watch`: keeps the coverage table and the worklists current as the wikis change.
///
/// Each cycle polls `list=recentchanges` on every wiki of the manifest (one request a wiki
/// when nothing changed, ``RecentChanges``), and only when a tracked title changed reads the
/// wikis that changed (the others come from the cache, and the cache spares the text of pages
/// that did not change), renders the table and the worklists, and saves the pages whose block
/// changed. The first cycle, or one after the manifest or the tool changed, reads everything.
///
/// Politeness: requests go through ``MediaWikiClient`` (maxlag, Retry-After, backoff, two per
/// host); a cycle starts at most once per interval, so a page is edited at most once per
/// interval; a cycle that fails (a wiki down) publishes nothing, keeps the old marks, and the
/// next one waits twice as long, up to 16 intervals. The marks and what was published go to
/// the cache after each cycle (``WatchState``), so a restart goes on where the last one stopped.
/// ``run()`` returns when its task is cancelled (the CLI cancels it on SIGINT and SIGTERM).
package struct Watcher: Sendable {
    package var tracker: Tracker
    package var table: PublishTarget
    package var worklists: PathPattern?
    package var createTable: Bool
    package var credentials: BotCredentials
    package var politeness: Politeness
    /// Seconds from the start of one cycle to the start of the next.
    package var interval: Double
    /// The time shown in the table when the data carries none (local files only).
    package var generated: Date?
    /// One line per cycle, and errors.
    package var log: @Sendable (String) -> Void
    /// Request-level lines (retries, logins), for `--verbose`.
    package var detail: @Sendable (String) -> Void

    package init(
        tracker: Tracker, table: PublishTarget, worklists: PathPattern?, createTable: Bool, credentials: BotCredentials, politeness: Politeness,
        interval: Double, generated: Date? = nil, log: @escaping @Sendable (String) -> Void, detail: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.tracker = tracker
        self.table = table
        self.worklists = worklists
        self.createTable = createTable
        self.credentials = credentials
        self.politeness = politeness
        self.interval = interval
        self.generated = generated
        self.log = log
        self.detail = detail
    }

    /// What one cycle did.
    package struct Cycle: Sendable, Hashable {
        /// Whether every wiki was read everything (first cycle, or a new manifest).
        package var full = false
        /// Tracked titles that changed, as `wiki:title`.
        package var changed: [String] = []
        /// Changes seen on the wikis, tracked or not.
        package var seen = 0
        /// The wikis read.
        package var read: [String] = []
        /// Titles saved, and titles found up to date.
        package var saved: [String] = []
        package var upToDate: [String] = []
        /// Requests sent in the cycle, retries included.
        package var requests = 0

        /// The cycle's log line (after `cycle N: `).
        package var summary: String {
            var parts: [String] = []
            if full {
                parts.append("full read of \(read.count) \(read.count == 1 ? "wiki" : "wikis")")
            } else if changed.isEmpty {
                parts.append("no tracked change (\(seen) other \(seen == 1 ? "change" : "changes"))")
            } else {
                parts.append("\(changed.count) tracked \(changed.count == 1 ? "change" : "changes") (\(changed.prefix(3).joined(separator: ", "))\(changed.count > 3 ? ", …" : "")); read \(read.joined(separator: ", "))")
            }
            if !saved.isEmpty { parts.append("saved \(saved.count): \(saved.joined(separator: ", "))") }
            if !upToDate.isEmpty { parts.append("\(upToDate.count) up to date") }
            if saved.isEmpty && upToDate.isEmpty && (full || !changed.isEmpty) { parts.append("nothing to save") }
            parts.append("\(requests) \(requests == 1 ? "request" : "requests")")
            return parts.joined(separator: "; ")
        }
    }

    /// Runs cycles until cancelled.
    package func run() async {
        var failures = 0
        var number = 0
        while !Task.isCancelled {
            number += 1
            let started = ContinuousClock.now
            do {
                let cycle = try await self.cycle()
                failures = 0
                log("cycle \(number): " + cycle.summary)
            } catch is CancellationError {
                break
            } catch {
                failures += 1
                log("cycle \(number): \(Self.describe(error)); nothing published; next try in \(Self.seconds(delay(failures: failures)))")
            }
            let wait = delay(failures: failures) - (ContinuousClock.now - started).seconds
            if wait > 0 {
                do { try await Task.sleep(for: .milliseconds(Int(wait * 1000))) } catch { break }
            }
        }
        log("stopped")
    }

    /// Seconds to the next cycle: the interval, doubled per failure in a row, up to 16 intervals.
    package func delay(failures: Int) -> Double {
        interval * Double(1 << min(max(failures, 0), 4))
    }

    /// One cycle: poll, read what changed, publish what changed, remember.
    package func cycle() async throws -> Cycle {
        let manifest = tracker.workspace.manifest
        let connections = WikiConnections(manifest: manifest, politeness: politeness, log: detail)
        do {
            let cycle = try await cycle(connections)
            await connections.shutdown()
            return cycle
        } catch {
            await connections.shutdown()
            throw error
        }
    }

    private func cycle(_ connections: WikiConnections) async throws -> Cycle {
        let manifest = tracker.workspace.manifest
        let titles = WikiTitles(manifest: manifest)
        let cache = LiveCache(manifestPath: tracker.workspace.manifestPath)
        let key = WatchState.key(manifest: manifest, table: table.description, worklists: worklists)
        let wikis = titles.wikis.sorted()
        var cycle = Cycle()
        var state = (try? cache.watchState()).flatMap { $0.key == key ? $0 : nil }
        if let known = state, !wikis.allSatisfy({ known.marks[$0] != nil }) { state = nil }
        // Resuming takes the unchanged wikis from the cache; when it no longer holds them all
        // (a record removed), read everything again rather than fail every cycle.
        if state != nil && !cache.holds(titles: titles) { state = nil }

        var marks: [String: WatchMark] = [:]
        let source: LiveStatusReader.Source
        if let state {
            let sites = cache.sites(wikis: wikis)
            var changedWikis = Set<String>()
            for wiki in wikis {
                guard let client = connections.client(wiki), let mark = state.marks[wiki] else { throw LiveError.noAPI(wiki: wiki) }
                let namespaces = RecentChanges.namespaces(titles: titles.titles(on: wiki), unitPages: !titles.unitPages(on: wiki).isEmpty, site: sites[wiki])
                let poll = try await RecentChanges.poll(client, after: mark, namespaces: namespaces) { titles.wants($0, on: wiki) }
                marks[wiki] = poll.mark
                cycle.seen += poll.seen - poll.tracked.count
                if !poll.tracked.isEmpty {
                    changedWikis.insert(wiki)
                    cycle.changed += poll.tracked.map { "\(wiki):\($0.title)" }
                }
            }
            guard !changedWikis.isEmpty else {
                if marks != state.marks {
                    var next = state
                    next.marks = marks
                    try cache.store(next)
                }
                cycle.requests = await Self.requests(connections)
                return cycle
            }
            cycle.read = changedWikis.sorted()
            source = .refresh(LiveReader(connections: connections), wikis: changedWikis)
        } else {
            // Marks first, so a change saved during the read is seen by the next cycle.
            for wiki in wikis {
                guard let client = connections.client(wiki) else { throw LiveError.noAPI(wiki: wiki) }
                marks[wiki] = try await RecentChanges.latestMark(client)
            }
            cycle.full = true
            cycle.read = wikis
            source = .live(LiveReader(connections: connections))
        }

        let evaluator = StatusEvaluator(checks: CheckRunner(configuration: manifest.checks))
        let result = try await LiveStatusReader(local: LocalFilesReader(workspace: tracker.workspace), cache: cache).status(source, evaluator: evaluator)
        let context = RenderContext(manifest: manifest, generated: generated)
        let english = tracker.englishUnits(result.report, snapshot: result.snapshot)
        let pages = PublishPage.plan(result.report, context: context, table: table, worklists: worklists, english: english, createTable: createTable)
        var next = state ?? WatchState(key: key)
        let pending = pages.filter { next.published[$0.target.title] != WatchState.digest($0.block) }
        if !pending.isEmpty {
            let outcomes = try await PublishRun(connections: connections, log: detail).publish(pending, credentials: credentials)
            for (page, outcome) in outcomes {
                next.published[page.target.title] = WatchState.digest(page.block)
                if case .upToDate = outcome { cycle.upToDate.append(page.target.title) } else { cycle.saved.append(page.target.title) }
            }
        }
        next.marks = marks
        try cache.store(next)
        cycle.requests = await Self.requests(connections)
        return cycle
    }

    private static func requests(_ connections: WikiConnections) async -> Int {
        await connections.requestCounts().values.reduce(0, +)
    }

    /// An error in a cycle's log line.
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as LiveError: "\(error)"
        case let error as PublishError: "\(error)"
        case let error as MediaWikiError: "\(error)"
        default: "\(error)"
        }
    }

    /// `30 s`, `2 min`.
    package static func seconds(_ value: Double) -> String {
        value < 120 ? "\(Int(value.rounded())) s" : "\(Int((value / 60).rounded())) min"
    }
}

extension Duration {
    /// The duration in seconds, as a Double.
    fileprivate var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
