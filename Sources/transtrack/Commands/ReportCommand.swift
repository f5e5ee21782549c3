import ArgumentParser
import Foundation
import TranslationTracker
import TranslationTrackerLive
import TranslationTrackerReaders
import TranslationTrackerReports

/// `transtrack report`: any report format to standard output or a file; `--update` regenerates
/// the committed `reports/` folder and `--check` fails when it is out of date (for CI).
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write coverage reports: terminal, json, markdown, wikitext, html, junit, sarif, github, badges.",
        discussion: """
            transtrack report --format markdown --output coverage.md
            transtrack report --format badges --output badges/    # one SVG per language and one overall
            transtrack report --compare last-week.json            # what changed since a saved JSON report
            transtrack report --update    # rewrite reports/ from the current files
            transtrack report --check     # exit 1 when reports/ is out of date
            Timestamps come from SOURCE_DATE_EPOCH when set; committed reports use the date of the
            last commit that changed the manifest's folder.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var places: PlaceOptions
    @OptionGroup var gateOptions: GateOptions

    @Option(name: .long, help: ArgumentHelp("Format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var format: ReportFormat = .terminal

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write here (atomically) instead of standard output; a folder for badges.", valueName: "path"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("A JSON report to compare with: show units gained, lost and newly stale since.", valueName: "baseline.json"))
    var compare: String?

    @Flag(name: .long, help: "Rewrite every report under the reports folder.")
    var update = false

    @Flag(name: .long, help: "Exit 1 when a report under the reports folder differs from what the files give now.")
    var check = false

    @Option(name: .long, help: ArgumentHelp("The reports folder, relative to the workspace root.", valueName: "path"))
    var reportsDir = "reports"

    @Option(name: .long, help: "Colour for --format terminal: auto, always or never.")
    var color: OutputOptions.ColorChoice = .auto

    func validate() throws {
        if update && check { throw ValidationError("use --update or --check, not both") }
        if (update || check) && output != nil { throw ValidationError("--output writes one report; --update and --check work on the whole reports folder") }
        if format == .badges && output == nil && !(update || check) {
            throw ValidationError("badges are several files: give --output FOLDER")
        }
    }

    func run() async throws {
        let session = try await Session(workspace, places: places, contentChecks: true)
        var context = RenderContext(
            manifest: session.workspace.manifest, gate: try gateOptions.gate(languages: session.report.languages.map(\.code)))
        if let compare {
            let baseline = try ReportsFolder.baseline(compare, absolute: Workspace.absolute(compare, from: Console.currentDirectory))
            context.comparison = ReportComparison(baseline: baseline, current: session.report)
        }
        if update || check {
            context.generated = committedDate(session.workspace)
            let reports = ReportsFolder(workspace: session.workspace, folder: reportsDir)
            if update {
                for name in try reports.update(session.report, context: context) { Console.out("wrote \(name)\n") }
                return
            }
            let stale = try reports.stale(session.report, context: context)
            guard stale.isEmpty else {
                throw Failure.gate("transtrack: out of date: \(stale.joined(separator: ", ")); run `transtrack report --update` and commit the result")
            }
            Console.error("transtrack: reports are up to date")
            return
        }
        context.generated = Self.sourceDate() ?? Date()
        var options = OutputOptions()
        options.color = color
        context.style = output == nil ? options.style : .plain
        if format == .badges, let output {
            let folder = Workspace.absolute(output, from: Console.currentDirectory)
            for badge in BadgeRenderer().render(session.report, context: context) {
                try ReportsFolder.write(badge.svg, to: folder + "/" + badge.name)
            }
            return
        }
        // Formats that list units are streamed: at Meta scale they run to hundreds of megabytes.
        let path = output.map { Workspace.absolute($0, from: Console.currentDirectory) }
        let report = session.report
        let renderContext = context
        let stream: ((ChunkedOutput) throws -> Void)?
        switch format {
        case .json: stream = { output in try StatusReportJSON().write(report, to: output) }
        case .markdown:
            let renderer = path.map { ReportsFolder.markdownRenderer(at: $0, root: session.workspace.root) } ?? MarkdownRenderer()
            stream = { output in try renderer.write(report, context: renderContext, to: output) }
        case .html: stream = { output in try HTMLRenderer().write(report, context: renderContext, to: output) }
        default: stream = nil
        }
        if let stream {
            if let path { try ReportsFolder.write(to: path, stream) } else { try stream(Console.chunks()) }
            return
        }
        let text = ReportSet.render(format, report, context: context)
        if let path { try ReportsFolder.write(text, to: path) } else { Console.out(text) }
    }

    /// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for "the time this is about".
    static func sourceDate() -> Date? {
        Console.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map { Date(timeIntervalSince1970: $0) }
    }

    private func committedDate(_ workspace: Workspace) -> Date? {
        if let date = Self.sourceDate() { return date }
        let folder = URL(fileURLWithPath: workspace.manifestPath).deletingLastPathComponent().path
        return GitHistory(folder: folder).lastCommitDate(paths: ["."])
    }
}

extension ReportFormat: ExpressibleByArgument {}
