import ArgumentParser
#if canImport(Glibc)
    import Glibc
#endif
import Foundation
import TranslationTracker
import TranslationTrackerLive
import TranslationTrackerReaders
import TranslationTrackerReports

/// `transtrack publish`: puts the coverage table (and, with `--worklists`, one worklist page per
/// language) on a wiki, between each page's transtrack markers, keeping the rest of the page
/// byte for byte; with `--watch`, keeps them current as the wikis change. The work is the
/// library's: ``PublishPage`` plans the pages, ``PublishRun`` and ``Publisher`` save them,
/// ``Watcher`` watches.
struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish the coverage table (and worklists) on a wiki page, between its transtrack markers.",
        discussion: """
            transtrack publish                  # the table, where the manifest's publish: section says
            transtrack publish --worklists      # the table and one worklist page per language
            transtrack publish --dry-run        # each change as a unified diff; saves nothing
            transtrack publish --to "meta:Some page" --create      # another page; create it if missing
            transtrack publish --worklists --watch --interval 300  # keep them current until SIGINT/SIGTERM
            The table is built from what the wikis hold now: every wiki of the manifest is read through the API \
            (--offline: from the cache; --dump: from dumps; --local: from the local files only). A wiki that cannot \
            be read means nothing is published. A page must already hold the two markers on lines of their own \
            (worklist pages are created when missing). Logs in with a BotPassword (grants: edit existing pages; \
            create pages) from TRANSTRACK_BOT_USER and TRANSTRACK_BOT_PASSWORD, or from --credentials FILE \
            (user= and password= lines, mode 0600).
            Exit codes: 0 saved or already up to date (or --watch stopped by a signal), 1 an edit conflict that a \
            re-read and a retry did not resolve, 2 input, configuration, reading, login or permission error, 64 usage error.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var places: PlaceOptions

    @Option(name: .long, help: ArgumentHelp("The table's page: a wiki id of the manifest, a colon, and the title (default: the manifest's publish: section).", valueName: "wiki:title"))
    var to: String?

    @Flag(name: .long, help: "Also publish one worklist page per language (title pattern: the manifest's publish.worklists, else TABLE/{lang}).")
    var worklists = false

    @Flag(name: .long, help: "Build the table from the local files only, without reading the wikis.")
    var local = false

    @Flag(name: .long, help: "Print what would change as a unified diff, and save nothing (reads the pages without logging in).")
    var dryRun = false

    @Flag(name: .long, help: "Create the table's page, holding just the table, when it does not exist.")
    var create = false

    @Option(name: .long, help: ArgumentHelp("A file of user= and password= lines (mode 0600) instead of TRANSTRACK_BOT_USER/TRANSTRACK_BOT_PASSWORD.", valueName: "file"))
    var credentials: String?

    @Flag(name: .long, help: "Keep publishing: poll the wikis' recent changes and republish what changed, until SIGINT or SIGTERM.")
    var watch = false

    @Option(name: .long, help: ArgumentHelp("Seconds between two polls with --watch (at least 1).", valueName: "seconds"))
    var interval: Double = 300

    func validate() throws {
        if let to, PublishTarget(to) == nil {
            throw ValidationError("--to '\(to)' is not WIKI:TITLE; write, for example, --to \"meta:Translation status\"")
        }
        if local && (places.live || places.offline || !places.dump.isEmpty) {
            throw ValidationError("--local reads only the local files; leave out --live, --offline and --dump")
        }
        if watch {
            if dryRun { throw ValidationError("--watch saves pages as the wikis change; leave out --dry-run") }
            if local || places.offline || !places.dump.isEmpty {
                throw ValidationError("--watch follows the wikis' recent changes; leave out --local, --offline and --dump")
            }
            if !(interval >= 1) { throw ValidationError("--interval \(interval) is too short; give at least 1 second (300 is kind to Wikimedia's servers)") }
        }
    }

    func run() async throws {
        let workspace = try self.workspace.openWorkspace()
        let manifest = workspace.manifest
        let target = try self.target(manifest)
        guard manifest.wikis.contains(where: { $0.id == target.wiki }) else {
            throw Failure.input("error: unknown wiki '\(target.wiki)' in --to; the manifest's wikis are: \(manifest.wikis.map(\.id).joined(separator: ", "))")
        }
        let pattern = worklists ? (manifest.publish?.worklists ?? PublishSpec.defaultWorklists(table: target.title)) : nil
        // Credentials are checked before any request, so a bad file fails fast and offline.
        let bot = dryRun ? nil : try BotCredentials.load(file: credentials.map { Workspace.absolute($0, from: Console.currentDirectory) }, environment: Console.environment)
        let tracker = Tracker(workspace: workspace)

        if watch, let bot {
            try await self.watch(tracker, target: target, worklists: pattern, credentials: bot)
            return
        }

        let documents = try self.workspace.documents(in: manifest)
        let languages = try self.workspace.languages(in: manifest)
        let chosen = self.places(manifest)
        let connections = PlaceOptions.connections(manifest, politeness: places.connection.politeness, verbose: places.verbose)
        let result: Result<String, any Error>
        do {
            let reading = try await tracker.status(chosen(connections), documents: documents, languages: languages, checks: true)
            await places.report(reading.snapshot, connections: connections)
            // No "as of" time unless the data or SOURCE_DATE_EPOCH gives one: the same data must
            // give the same table, or every run would be an edit.
            let context = RenderContext(manifest: manifest, generated: ReportCommand.sourceDate())
            let english = tracker.englishUnits(reading.report, snapshot: reading.snapshot)
            let pages = PublishPage.plan(reading.report, context: context, table: target, worklists: pattern, english: english, createTable: create)
            let verbose = places.verbose
            let run = PublishRun(connections: connections, log: { if verbose { Console.error($0) } })
            if let bot {
                let outcomes = try await run.publish(pages, credentials: bot)
                result = .success(outcomes.map { Self.message($0.outcome, page: $0.page) }.joined())
            } else {
                let previews = try await run.preview(pages)
                result = .success(previews.map { Self.dryRun(page: $0.before, text: $0.after, target: $0.page.target) }.joined())
            }
        } catch {
            result = .failure(error)
        }
        await connections.shutdown()
        Console.out(try result.get())
    }

    /// The table's page: `--to`, else the manifest's `publish:` section.
    private func target(_ manifest: Manifest) throws -> PublishTarget {
        if let to, let target = PublishTarget(to) { return target }
        if let publish = manifest.publish { return PublishTarget(wiki: publish.wiki, title: publish.table) }
        throw Failure.input("error: publish needs a page: pass --to WIKI:TITLE, or add a publish: section (wiki:, table:) to the manifest")
    }

    /// Where the table is built from: the wikis by default when the manifest has wiki places
    /// (live, or as --offline and --dump say), the local files with --local or without any.
    private func places(_ manifest: Manifest) -> (WikiConnections) throws -> Places {
        let hasWikiPlaces = manifest.documents.contains { !$0.pages.isEmpty || !$0.copies.isEmpty }
        let options = places
        let local = self.local
        return { connections in
            if local { return .local }
            if options.offline { return .offline }
            let dumps = try options.dumps()
            if !dumps.isEmpty { return .dumps(dumps) }
            return options.live || hasWikiPlaces ? .live(connections) : .local
        }
    }

    /// `--watch`: the ``Watcher`` until SIGINT or SIGTERM.
    private func watch(_ tracker: Tracker, target: PublishTarget, worklists: PathPattern?, credentials: BotCredentials) async throws {
        let verbose = places.verbose
        let watcher = Watcher(
            tracker: tracker, table: target, worklists: worklists, createTable: create, credentials: credentials,
            politeness: places.connection.politeness, interval: interval, generated: ReportCommand.sourceDate(),
            log: { Console.out(Self.timestamp() + " " + $0 + "\n") }, detail: { if verbose { Console.error($0) } })
        Console.out(Self.timestamp() + " watching \(tracker.workspace.manifest.wikis.count) wikis every \(Watcher.seconds(interval)); publishing \(target)"
            + (worklists.map { " and \($0)" } ?? "") + "\n")
        let task = Task { await watcher.run() }
        let signals = [SIGINT, SIGTERM].map { number -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { task.cancel() }
            source.resume()
            return source
        }
        await task.value
        for source in signals { source.cancel() }
    }

    /// `2026-12-05T08:00:00Z`: each watch line starts with it, as services log.
    private static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    private static func message(_ outcome: PublishOutcome, page: PublishPage) -> String {
        let target = page.target
        let what = page.language == nil ? "the table" : "the worklist"
        return switch outcome {
        case .created(let revision):
            "\(target): created the page (revision \(revision))\n"
        case .updated(let revision, let previous, let merged):
            "\(target): updated \(what) (revision \(revision), was \(previous))"
                + (merged ? "; the page was edited meanwhile, MediaWiki merged the edits, and a re-read confirmed \(what)" : "") + "\n"
        case .upToDate(let revision):
            "\(target): the page is up to date (revision \(revision)); nothing to save\n"
        }
    }

    private static func dryRun(page: PageSnapshot, text: String, target: PublishTarget) -> String {
        let before = page.revision.map { "\(target) (revision \($0))" } ?? "\(target) (does not exist)"
        let diff = UnifiedDiff(old: page.text, new: text)
        if diff.isEmpty { return "\(target): the page is up to date (revision \(page.revision ?? 0)); publishing would change nothing (dry run)\n" }
        return diff.render(oldLabel: before, newLabel: "\(target) (after publishing)") + "\(target): dry run; nothing was saved\n"
    }
}
