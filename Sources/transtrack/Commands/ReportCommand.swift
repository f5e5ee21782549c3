import ArgumentParser
import Foundation
import TranslationTracker
import TranslationTrackerReaders
import TranslationTrackerReports

/// `transtrack report`: write reports to files; `--update` regenerates the committed `reports/`
/// folder and `--check` fails when it is out of date (for CI).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write reports: one format to a file, or every committed report under reports/.",
        discussion: """
            transtrack report --format json --output status.json
            transtrack report --update    # rewrite reports/ from the current files
            transtrack report --check     # exit 1 when reports/ is out of date
            """)

    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .long, help: "Format for --output: terminal or json.")
    var format: OutputOptions.Format = .terminal

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write the report here (atomically) instead of standard output.", valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Rewrite every report under the reports folder.")
    var update = false

    @Flag(name: .long, help: "Exit 1 when a report under the reports folder differs from what the files give now.")
    var check = false

    @Option(name: .long, help: ArgumentHelp("The reports folder, relative to the workspace root.", valueName: "path"))
    var reportsDir = "reports"

    func validate() throws {
        if update && check { throw ValidationError("use --update or --check, not both") }
        if (update || check) && output != nil { throw ValidationError("--output writes one report; --update and --check work on the whole reports folder") }
    }

    func run() throws {
        let session = try Session(workspace, contentChecks: true)
        if update || check {
            try syncReports(session)
            return
        }
        let text = ReportSet.render(format: format, report: session.report)
        if let output {
            try write(text, to: Workspace.absolute(output, from: Console.currentDirectory))
        } else {
            Console.out(text)
        }
    }

    private func syncReports(_ session: Session) throws {
        let folder = session.workspace.path(reportsDir)
        var stale: [String] = []
        for (name, text) in ReportSet.files(session.report) {
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

/// The reports committed under `reports/`, by file name.
enum ReportSet {
    static func files(_ report: StatusReport) -> [(String, String)] {
        [
            ("status.txt", render(format: .terminal, report: report)),
            ("status.json", render(format: .json, report: report)),
        ]
    }

    static func render(format: OutputOptions.Format, report: StatusReport) -> String {
        switch format {
        case .terminal: TerminalRenderer(style: .plain).render(report)
        case .json: JSONRenderer().render(report)
        }
    }
}
