import ArgumentParser
import Foundation
import TranslationTracker
import TranslationTrackerReaders
import TranslationTrackerReports

/// `transtrack report`: any report format to standard output or a file; `--update` regenerates
/// the committed `reports/` folder and `--check` fails when it is out of date (for CI).
struct ReportCommand: ParsableCommand {
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

    func run() throws {
        let session = try Session(workspace, contentChecks: true)
        var context = RenderContext(
            manifest: session.workspace.manifest, gate: try gateOptions.gate(languages: session.report.languages.map(\.code)))
        if let compare { context.comparison = ReportComparison(baseline: try baseline(compare), current: session.report) }
        if update || check {
            context.generated = committedDate(session.workspace)
            try syncReports(session, context: context)
            return
        }
        context.generated = Self.sourceDate() ?? Date()
        var options = OutputOptions()
        options.color = color
        context.style = output == nil ? options.style : .plain
        if format == .badges, let output {
            let folder = Workspace.absolute(output, from: Console.currentDirectory)
            for badge in BadgeRenderer().render(session.report, context: context) {
                try write(badge.svg, to: folder + "/" + badge.name)
            }
            return
        }
        let text = ReportSet.render(format, session.report, context: context)
        if let output {
            try write(text, to: Workspace.absolute(output, from: Console.currentDirectory))
        } else {
            Console.out(text)
        }
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

    private func baseline(_ path: String) throws -> StatusReport {
        let absolute = Workspace.absolute(path, from: Console.currentDirectory)
        guard let bytes = try reading({ () throws(ReaderError) in try FileBytes.read(absolute) }) else {
            Console.error("\(path): error: no such file; save a baseline with `transtrack status --format json > \(path)`")
            throw Exit.inputError
        }
        do {
            let report = try JSONDecoder().decode(StatusReport.self, from: Data(bytes))
            guard report.schemaVersion == StatusReport.currentSchemaVersion else {
                Console.error("\(path): error: schema version \(report.schemaVersion); this transtrack reads \(StatusReport.currentSchemaVersion)")
                throw Exit.inputError
            }
            return report
        } catch let error as DecodingError {
            Console.error("\(path): error: not a transtrack JSON report (\(Self.describe(error))); save one with `transtrack status --format json`")
            throw Exit.inputError
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context): "missing '\(key.stringValue)' at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            "\(context.debugDescription) at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        @unknown default: "\(error)"
        }
    }

    private func syncReports(_ session: Session, context: RenderContext) throws {
        let folder = session.workspace.path(reportsDir)
        var stale: [String] = []
        for (name, text) in ReportSet.files(session.report, context: context) {
            let path = folder + "/" + name
            let current = try reading { () throws(ReaderError) in try FileBytes.read(path) }
            if current == Array(text.utf8) { continue }
            if update {
                try write(text, to: path)
                Console.out("wrote \(reportsDir)/\(name)\n")
            } else {
                stale.append("\(reportsDir)/\(name)")
            }
        }
        if check {
            if stale.isEmpty {
                Console.error("transtrack: reports are up to date")
            } else {
                Console.error("transtrack: out of date: \(stale.joined(separator: ", ")); run `transtrack report --update` and commit the result")
                throw Exit.gateFailed
            }
        }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        } catch {
            Console.error("\(path): error: cannot create its folder: \(error.localizedDescription)")
            throw Exit.inputError
        }
        try reading { () throws(ReaderError) in try AtomicFile.write(text, to: path) }
    }
}

extension ReportFormat: ExpressibleByArgument {}
