import ArgumentParser
import TranslationTracker
import TranslationTrackerLive
import TranslationTrackerReaders

/// `transtrack fetch`: refreshes `.transtrack-cache/` from the wikis and says what changed, so a
/// later `status --offline` (on a train, in CI without network) sees the wikis as of now.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Read the manifest's wikis through the Action API into the local cache, and say what changed.",
        discussion: """
            Reads every page the documents need on each wiki (50 titles a request, history only where provenance must \
            be inferred) and writes it to .transtrack-cache/ next to the manifest, each file atomically and only once \
            every wiki was read: a wiki that fails leaves the cache as it was (exit 2).
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let opened = try workspace.openWorkspace()
        let documents = try workspace.documents(in: opened.manifest)
        let languages = try workspace.languages(in: opened.manifest)
        let reader = LiveStatusReader(local: LocalFilesReader(workspace: opened))
        let (snapshot, changes) = try await PlaceOptions.withConnections(
            opened.manifest, politeness: connection.politeness, verbose: connection.verbose
        ) { connections in
            let read = try await reader.snapshot(.live(LiveReader(connections: connections)), documents: documents, languages: languages)
            await PlaceOptions.report(read.0, connections: connections, verbose: connection.verbose)
            return read
        }
        for change in changes where change.kind != .unchanged && !(change.kind == .missing && change.wasCached) {
            Console.out(change.line + "\n")
        }
        let count = { (kind: CacheChange.Kind) in changes.filter { $0.kind == kind }.count }
        Console.out(
            "fetched \(changes.count) pages on \(snapshot.pages.count) wiki\(snapshot.pages.count == 1 ? "" : "s"): \(count(.new)) new, "
                + "\(count(.updated)) updated, \(count(.deleted)) gone, \(count(.unchanged)) unchanged, \(count(.missing)) missing; "
                + "cache: \(reader.cache.folder)\n")
    }
}
