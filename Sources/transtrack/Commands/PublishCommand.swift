import ArgumentParser
import Foundation
import TranslationTracker
import TranslationTrackerLive
import TranslationTrackerReaders
import TranslationTrackerReports

/// `transtrack publish --to WIKI:TITLE`: puts the wikitext status table on a wiki page, between
/// the page's `<!-- transtrack:begin -->` and `<!-- transtrack:end -->` markers, keeping the rest
/// of the page byte for byte. The work (login, read, conflicts, retries) is ``Publisher``'s.
struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish the wikitext status table on a wiki page, between its transtrack markers.",
        discussion: """
            transtrack publish --to "meta:Wikimedia Foundation Annual Plan/2023-2024/Translation status"
            transtrack publish --to meta:TITLE --dry-run      # print the change as a unified diff; save nothing
            transtrack publish --to meta:TITLE --create       # create the page if it does not exist
            The page must already hold the two markers on lines of their own; only the part between them is \
            replaced. Logs in with a BotPassword (grants: edit existing pages; create pages for --create) from \
            TRANSTRACK_BOT_USER and TRANSTRACK_BOT_PASSWORD, or from --credentials FILE (user= and password= lines, \
            mode 0600). The table is the one `transtrack report --format wikitext` writes, from the local files, or \
            with --dump, --live or --offline from the wikis too, as `transtrack status` reads them.
            Exit codes: 0 saved or already up to date, 1 an edit conflict that a re-read and a retry did not resolve, \
            2 input, configuration, login or permission error, 64 usage error.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var places: PlaceOptions

    @Option(name: .long, help: ArgumentHelp("The page to publish on: a wiki id of the manifest, a colon, and the title.", valueName: "wiki:title"))
    var to: String

    @Flag(name: .long, help: "Print what would change as a unified diff, and save nothing (reads the page without logging in).")
    var dryRun = false

    @Flag(name: .long, help: "Create the page, holding just the table, when it does not exist.")
    var create = false

    @Option(name: .long, help: ArgumentHelp("A file of user= and password= lines (mode 0600) instead of TRANSTRACK_BOT_USER/TRANSTRACK_BOT_PASSWORD.", valueName: "file"))
    var credentials: String?

    func validate() throws {
        guard PublishTarget(to) != nil else {
            throw ValidationError("--to '\(to)' is not WIKI:TITLE; write, for example, --to \"meta:Translation status\"")
        }
    }

    func run() async throws {
        guard let target = PublishTarget(to) else { throw ValidationError("--to '\(to)' is not WIKI:TITLE") }
        let session = try await Session(workspace, places: places, contentChecks: true)
        let manifest = session.workspace.manifest
        guard manifest.wikis.contains(where: { $0.id == target.wiki }) else {
            throw Failure.input("error: unknown wiki '\(target.wiki)' in --to; the manifest's wikis are: \(manifest.wikis.map(\.id).joined(separator: ", "))")
        }
        // Credentials are checked before any request, so a bad file fails fast and offline.
        let bot = dryRun ? nil : try BotCredentials.load(file: credentials.map { Workspace.absolute($0, from: Console.currentDirectory) }, environment: Console.environment)
        // No "as of" time unless SOURCE_DATE_EPOCH gives one: the same data must give the same
        // table, or every run would be an edit. The page history records when it was saved.
        let context = RenderContext(manifest: manifest, generated: ReportCommand.sourceDate())
        let block = WikitextRenderer().render(session.report, context: context)

        let connections = PlaceOptions.connections(manifest, politeness: places.connection.politeness, verbose: places.verbose)
        let result: Result<String, PublishError>
        if let client = connections.client(target.wiki) {
            let verbose = places.verbose
            let publisher = Publisher(client: client, target: target, log: { if verbose { Console.error($0) } })
            result = await Self.capture { () async throws(PublishError) -> String in
                if let bot {
                    let outcome = try await publisher.publish(block: block, summary: PublishSummary.text(session.report.totals), create: create, credentials: bot)
                    return Self.message(outcome, target: target)
                }
                let (page, text) = try await publisher.preview(block: block, create: create)
                return Self.dryRun(page: page, text: text, target: target)
            }
        } else {
            result = .failure(.wiki(.malformed(wiki: target.wiki, reason: "the manifest gives this wiki no valid API URL")))
        }
        await connections.shutdown()
        switch result {
        case .success(let message):
            Console.out(message)
        case .failure(let error):
            throw error
        }
    }

    private static func capture(_ body: () async throws(PublishError) -> String) async -> Result<String, PublishError> {
        do throws(PublishError) { return .success(try await body()) } catch { return .failure(error) }
    }

    private static func message(_ outcome: PublishOutcome, target: PublishTarget) -> String {
        switch outcome {
        case .created(let revision):
            "\(target): created the page (revision \(revision))\n"
        case .updated(let revision, let previous, let merged):
            "\(target): updated the table (revision \(revision), was \(previous))"
                + (merged ? "; the page was edited meanwhile, MediaWiki merged the edits, and a re-read confirmed the table" : "") + "\n"
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
