import ArgumentParser
import Foundation
import TranslationTracker
import TranslationTrackerLive
import TranslationTrackerReaders

/// `--dump WIKI=FILE`, `--live`, `--offline` (and ``ConnectionOptions``): the places a command
/// reads besides the local files, the same on `status`, `missing`, `check`, `report`, `diff` and
/// `publish`.
struct PlaceOptions: ParsableArguments {
    @Option(
        name: .customLong("dump"),
        help: ArgumentHelp(
            "A MediaWiki dump or export (XML, optionally compressed; - for standard input) of a wiki of the manifest, as WIKI=FILE (repeatable): meta=meta.xml.",
            valueName: "wiki=file"))
    var dump: [String] = []

    @Option(
        name: .customLong("index"),
        help: ArgumentHelp(
            "The index of a multistream .bz2 dump (…-multistream-index.txt.bz2 or .txt), so only the streams holding wanted pages are read; WIKI=FILE when several dumps are given (repeatable). Found beside the dump by name when not given.",
            valueName: "[wiki=]file"))
    var index: [String] = []

    @Flag(name: .long, help: "Read the manifest's wikis now through the MediaWiki Action API, and refresh the cache.")
    var live = false

    @Flag(name: .long, help: "Read the manifest's wikis from the cache only (.transtrack-cache/ next to the manifest); no network.")
    var offline = false

    @OptionGroup var connection: ConnectionOptions

    var verbose: Bool { connection.verbose }

    func validate() throws {
        if live && offline { throw ValidationError("--live reads the wikis and --offline reads only the cache; pass one of them") }
        if (live || offline) && !dump.isEmpty {
            throw ValidationError("--dump reads wikis from dump files and --\(live ? "live" : "offline") from the wikis or the cache; pass one of them")
        }
        if !index.isEmpty && dump.isEmpty { throw ValidationError("--index is the index of a multistream dump: pass the dump with --dump WIKI=FILE too") }
    }

    /// The dumps as given; a malformed one is a usage error. Which wikis exist is checked
    /// against the manifest when the dumps are read (an unknown wiki exits 2).
    func dumps() throws -> [WikiDump] {
        var dumps = try dump.map { argument in
            guard let parsed = WikiDump.parse(argument) else {
                throw ValidationError("--dump '\(argument)' is not WIKI=FILE; write, for example, --dump meta=metawiki-pages-meta-history.xml.bz2")
            }
            return parsed
        }
        for argument in index {
            // WIKI=FILE names the dump; a bare FILE is the index of the only dump.
            if let named = WikiDump.parse(argument), let position = dumps.firstIndex(where: { $0.wiki == named.wiki }) {
                dumps[position].index = named.path
            } else if dumps.count == 1, index.count == 1 {
                dumps[0].index = argument
            } else {
                throw ValidationError(
                    "--index '\(argument)' does not say which dump it indexes; write --index WIKI=FILE with a wiki given to --dump (\(dumps.map(\.wiki).joined(separator: ", ")))")
            }
        }
        return dumps
    }

    /// Runs `body` with the places these options name; for `--live`, with connections to the
    /// manifest's wikis that are shut down afterwards whatever happens.
    func withPlaces<T>(_ manifest: Manifest, _ body: (Places) async throws -> T) async throws -> T {
        if live {
            return try await Self.withConnections(manifest, politeness: connection.politeness, verbose: verbose) { try await body(.live($0)) }
        }
        if offline { return try await body(.offline) }
        let given = try dumps()
        return try await body(given.isEmpty ? .local : .dumps(given))
    }

    /// With `--verbose`: per wiki, titles asked and requests by purpose, and requests sent
    /// (retries included) as the client counted them.
    func report(_ snapshot: LiveSnapshot?, connections: WikiConnections?) async {
        guard let snapshot else { return }
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

    /// Connections to every wiki of the manifest; retries are logged with `--verbose`.
    static func connections(_ manifest: Manifest, politeness: Politeness, verbose: Bool) -> WikiConnections {
        WikiConnections(manifest: manifest, politeness: politeness, log: { if verbose { Console.error($0) } })
    }

    /// Runs `body` with connections to the manifest's wikis, shut down afterwards whatever happens.
    static func withConnections<T>(
        _ manifest: Manifest, politeness: Politeness, verbose: Bool, _ body: (WikiConnections) async throws -> T
    ) async throws -> T {
        let connections = connections(manifest, politeness: politeness, verbose: verbose)
        do {
            let result = try await body(connections)
            await connections.shutdown()
            return result
        } catch {
            await connections.shutdown()
            throw error
        }
    }
}
