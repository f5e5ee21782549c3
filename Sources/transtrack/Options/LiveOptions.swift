import ArgumentParser
import Foundation
import TranslationTracker
import TranslationTrackerLive
import TranslationTrackerReaders

/// `--live`, `--offline` (and ``ConnectionOptions``): reading the manifest's wikis through the
/// MediaWiki Action API, or from the cache a previous live read or `fetch` left.
struct LiveOptions: ParsableArguments {
    @Flag(name: .long, help: "Read the manifest's wikis now through the MediaWiki Action API, and refresh the cache.")
    var live = false

    @Flag(name: .long, help: "Read the manifest's wikis from the cache only (.transtrack-cache/ next to the manifest); no network.")
    var offline = false

    @OptionGroup var connection: ConnectionOptions

    var verbose: Bool { connection.verbose }

    func validate() throws {
        if live && offline { throw ValidationError("--live reads the wikis and --offline reads only the cache; pass one of them") }
    }

    /// Whether the wikis are read at all (live or from the cache).
    var enabled: Bool { live || offline }

    /// Connections to every wiki of the manifest; retries are logged with `--verbose`.
    static func connections(_ manifest: Manifest, politeness: Politeness, verbose: Bool) -> WikiConnections {
        WikiConnections(manifest: manifest, politeness: politeness, log: { if verbose { Console.error($0) } })
    }

    /// With `--verbose`: per wiki, titles asked and requests by purpose, and requests sent
    /// (retries included) as the client counted them.
    func report(_ snapshot: LiveSnapshot, connections: WikiConnections?) async {
        await Self.report(snapshot, connections: connections, verbose: verbose)
    }

    static func report(_ snapshot: LiveSnapshot, connections: WikiConnections?, verbose: Bool) async {
        guard verbose else { return }
        let sent = await connections?.requestCounts() ?? [:]
        for wiki in snapshot.tallies.keys.sorted() {
            let tally = snapshot.tallies[wiki]!
            let retries = (sent[wiki] ?? tally.total) - tally.total
            Console.error(tally.summary + (retries > 0 ? " (+\(retries) retried)" : ""))
        }
        if snapshot.tallies.isEmpty { Console.error("read from the cache only: no requests sent") }
    }

    /// Runs `body` with connections to the manifest's wikis, shut down afterwards whatever
    /// happens; a ``LiveError`` is printed and becomes exit code 2.
    func withConnections<T>(_ manifest: Manifest, _ body: (WikiConnections) async throws(LiveError) -> T) async throws -> T {
        try await Self.withConnections(
            manifest, politeness: connection.politeness, verbose: verbose, body)
    }

    static func withConnections<T>(
        _ manifest: Manifest, politeness: Politeness, verbose: Bool, _ body: (WikiConnections) async throws(LiveError) -> T
    ) async throws -> T {
        let connections = connections(manifest, politeness: politeness, verbose: verbose)
        do throws(LiveError) {
            let result = try await body(connections)
            await connections.shutdown()
            return result
        } catch {
            await connections.shutdown()
            Console.error(error.description)
            throw Exit.inputError
        }
    }

    /// Runs an offline read; a ``LiveError`` is printed and becomes exit code 2.
    static func offline<T>(_ body: () async throws(LiveError) -> T) async throws -> T {
        do throws(LiveError) {
            return try await body()
        } catch {
            Console.error(error.description)
            throw Exit.inputError
        }
    }
}
