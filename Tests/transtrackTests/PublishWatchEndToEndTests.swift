import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `publish --watch` against the real test wiki: the watcher runs as users run it (a child
/// process, a log line per cycle on standard output), and the test edits the wiki under it.
/// Times are counted in the watcher's own cycles, never by the test's clock.
@Suite("transtrack publish --watch against a real MediaWiki", .serialized, .enabled(if: PublishWiki.shouldRun))
struct PublishWatchEndToEndTests {
    /// The watcher as a child process, its standard output in a file.
    final class Watch {
        let process = Process()
        let log: URL

        init(_ setup: MetaTableEndToEndTests.Setup, interval: String) throws {
            log = URL(fileURLWithPath: setup.workspace.path("watch-\(UUID().uuidString).log"))
            FileManager.default.createFile(atPath: log.path, contents: nil)
            process.executableURL = URL(fileURLWithPath: Binary.path)
            process.arguments = ["publish", "--worklists", "--create", "--watch", "--interval", interval]
            process.currentDirectoryURL = URL(fileURLWithPath: setup.workspace.root)
            process.environment = ProcessInfo.processInfo.environment.merging(setup.wiki.botEnvironment) { $1 }
            process.standardOutput = try FileHandle(forWritingTo: log)
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        var lines: [String] { ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init) }

        /// The line of cycle `n`, without its timestamp.
        func cycle(_ n: Int) -> String? {
            lines.lazy.compactMap { line -> String? in
                guard let range = line.range(of: " cycle \(n): ") else { return nil }
                return String(line[range.lowerBound...].dropFirst())
            }.first
        }

        /// The number of the last cycle logged (0 before the first).
        var lastCycle: Int {
            lines.compactMap { line -> Int? in
                guard let range = line.range(of: " cycle ") else { return nil }
                return Int(line[range.upperBound...].prefix { $0.isNumber })
            }.max() ?? 0
        }

        /// Waits for cycle `n` to be logged; a watcher that never gets there fails the test
        /// after `limit` seconds, a bound for a hung process, not a measure of speed.
        func wait(for n: Int, limit: Double = 180) async throws {
            let deadline = Date().addingTimeInterval(limit)
            while lastCycle < n {
                guard process.isRunning, Date() < deadline else {
                    Issue.record("the watcher did not log cycle \(n); its log:\n\(lines.joined(separator: "\n"))")
                    throw CancellationError()
                }
                try await Task.sleep(for: .milliseconds(200))
            }
        }

        /// Sends a signal and waits for the process to end; returns its exit status.
        func stop(_ signal: Int32) async throws -> Int32 {
            kill(process.processIdentifier, signal)
            let deadline = Date().addingTimeInterval(60)
            while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(100)) }
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    @Test("a tracked edit reaches the table within two intervals; an unrelated edit saves nothing; SIGTERM stops it; a restart resumes from the cache")
    func watch() async throws {
        guard let wiki = PublishWiki.required() else { return }
        let setup = try MetaTableEndToEndTests.Setup(wiki)
        try await setup.seed()

        let watch = try Watch(setup, interval: "2")
        try await watch.wait(for: 1)
        #expect(watch.cycle(1)?.contains("full read of 13 wikis") == true, "\(watch.lines)")
        let first = try #require(try await wiki.latest(setup.table))
        #expect(first.text.contains("[[\(setup.translation("fr"))|outdated]]"))

        // French follows the English: the table must say so by the second cycle after the edit.
        let beforeEdit = watch.lastCycle
        _ = try await wiki.seed(setup.translation("fr"), MetaTableEndToEndTests.french2)
        try await watch.wait(for: beforeEdit + 2)
        let updated = try #require(try await wiki.latest(setup.table))
        #expect(updated.text.contains("[[\(setup.translation("fr"))|complete]]"), "\(watch.lines.joined(separator: "\n"))")
        let saving = (beforeEdit + 1...beforeEdit + 2).compactMap { watch.cycle($0) }.filter { $0.contains("saved") }
        #expect(saving.count == 1, "one cycle saved the change: \(watch.lines.joined(separator: "\n"))")
        #expect(saving.first?.contains("1 tracked change (meta:\(setup.translation("fr")))") == true, "\(saving)")
        #expect(saving.first?.contains("read meta;") == true, "only the wiki that changed is read again: \(saving)")
        #expect(saving.first?.contains("saved 2: \(setup.worklist("fr")), \(setup.table);") == true, "only the pages whose text changed: \(saving)")

        // An edit to a page nobody tracks: two cycles, no edit.
        let table = try #require(try await wiki.latest(setup.table)).id
        let worklist = try #require(try await wiki.latest(setup.worklist("fr"))).id
        let beforeUnrelated = watch.lastCycle
        _ = try await wiki.seed(setup.prefix + " unrelated notes", "Nothing to do with the plan.")
        try await watch.wait(for: beforeUnrelated + 2)
        #expect(try await wiki.latest(setup.table)?.id == table)
        #expect(try await wiki.latest(setup.worklist("fr"))?.id == worklist)
        for n in beforeUnrelated + 1...beforeUnrelated + 2 {
            #expect(watch.cycle(n)?.contains("no tracked change") == true, "\(watch.cycle(n) ?? "")")
            #expect(watch.cycle(n)?.hasSuffix("; 13 requests") == true, "one recentchanges request per wiki: \(watch.cycle(n) ?? "")")
        }
        Console.note("the watcher's log:\n" + watch.lines.joined(separator: "\n"))
        #expect(try await watch.stop(SIGTERM) == 0)
        #expect(watch.lines.last?.hasSuffix(" stopped") == true, "\(watch.lines)")

        // Restarted, it goes on from the marks in the cache: no full read, nothing saved.
        let again = try Watch(setup, interval: "2")
        try await again.wait(for: 1)
        #expect(again.cycle(1)?.hasPrefix("cycle 1: no tracked change") == true, "\(again.lines)")
        #expect(try await again.stop(SIGINT) == 0)
        #expect(try await wiki.latest(setup.table)?.id == table)

        // A cache that lost a page's record cannot give the unchanged wikis: a full read, once.
        let pages = setup.workspace.path("locales/.transtrack-cache/frwiki/pages")
        let record = try #require(try FileManager.default.contentsOfDirectory(atPath: pages).first)
        try FileManager.default.removeItem(atPath: pages + "/" + record)
        let third = try Watch(setup, interval: "2")
        try await third.wait(for: 2)
        #expect(third.cycle(1)?.contains("full read of 13 wikis") == true, "\(third.lines)")
        #expect(third.cycle(2)?.hasPrefix("cycle 2: no tracked change") == true, "\(third.lines)")
        #expect(try await third.stop(SIGTERM) == 0)
        #expect(try await wiki.latest(setup.table)?.id == table, "the same data: nothing to save")
    }
}
