import Foundation
import Testing

/// The whole result of `transtrack` runs (standard output, standard error and exit status) against
/// golden files under `Tests/transtrackTests/Golden/`, as swift-argument-parser pins its examples:
/// `--help` of every command, and the main commands on a copy of the embedded dataset.
///
/// Re-record on purpose with `RECORD_GOLDEN=1 swift test --filter CLIGoldenTests`, then read the
/// diff of `Golden/`. Recording still fails on an unexpected exit status.
@Suite("transtrack's whole outputs against golden files")
struct CLIGoldenTests {
    /// One command line, and the golden file that pins what it prints.
    struct Case: Sendable, CustomTestStringConvertible {
        /// The golden file, relative to `Golden/`.
        var golden: String
        /// Arguments after `transtrack`; `$REPO` stands for the repository root.
        var arguments: [String]
        var exitStatus: Int32

        var testDescription: String { (["transtrack"] + arguments).joined(separator: " ") }
    }

    /// Commands on the dataset whose whole output is pinned. `diff fr 7`: unit 7 is stale in French
    /// (reports/status.txt), and the temporary copy has no git history.
    static let datasetCases: [Case] = [
        Case(golden: "dataset/status.txt", arguments: ["status"], exitStatus: 0),
        Case(golden: "dataset/status-json.txt", arguments: ["status", "--format", "json"], exitStatus: 0),
        Case(golden: "dataset/missing.txt", arguments: ["missing"], exitStatus: 0),
        Case(golden: "dataset/missing-json.txt", arguments: ["missing", "--format", "json"], exitStatus: 0),
        Case(golden: "dataset/check.txt", arguments: ["check"], exitStatus: 1),
        Case(golden: "dataset/check-fail-on-error-json.txt", arguments: ["check", "--fail-on", "error", "--format", "json"], exitStatus: 1),
        Case(golden: "dataset/checks.txt", arguments: ["checks"], exitStatus: 0),
        Case(golden: "dataset/explain-numbers.txt", arguments: ["explain", "numbers"], exitStatus: 0),
        Case(golden: "dataset/explain-stale.txt", arguments: ["explain", "stale"], exitStatus: 0),
        Case(golden: "dataset/diff-fr-7.txt", arguments: ["diff", "fr", "7"], exitStatus: 0),
        Case(golden: "dataset/report-markdown.txt", arguments: ["report", "--format", "markdown"], exitStatus: 0),
        Case(
            golden: "dataset/status-dump-meta-arwiki.txt",
            arguments: [
                "status",
                "--dump", "meta=$REPO/Tests/TranslationTrackerReadersTests/Fixtures/status-dumps/meta.xml",
                "--dump", "arwiki=$REPO/Tests/TranslationTrackerReadersTests/Fixtures/status-dumps/arwiki.xml",
            ],
            exitStatus: 0),
    ]

    /// `--help` of the root command and of every subcommand, listed by the binary itself from
    /// `Transtrack.configuration` (ArgumentParser's `--experimental-dump-help`), so a new
    /// subcommand fails here until its golden file is recorded.
    static func helpCases() throws -> [Case] {
        try commandPaths().map { path in
            Case(golden: "help/\(path.isEmpty ? "transtrack" : path.joined(separator: "-")).txt", arguments: path + ["--help"], exitStatus: 0)
        }
    }

    @Test("--help of every command", arguments: try helpCases())
    func help(_ command: Case) throws {
        try Self.verify(command, in: TempWorkspace())
    }

    @Test("whole outputs on the dataset", arguments: datasetCases)
    func dataset(_ command: Case) throws {
        try Self.verify(command, in: TempWorkspace.dataset())
    }

    @Test("every golden file belongs to a case")
    func noStrayGoldenFiles() throws {
        let expected = Set(try Self.helpCases().map(\.golden) + Self.datasetCases.map(\.golden))
        for folder in ["help", "dataset"] {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent(folder).path)) ?? []
            for file in files.sorted() where !expected.contains("\(folder)/\(file)") {
                Issue.record("Golden/\(folder)/\(file) is pinned by no case: delete it, or add its command to CLIGoldenTests")
            }
        }
    }

    // MARK: - Running and comparing

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// What makes the output the same on every machine: no colour, help wrapped at 100 columns,
    /// fixed report dates, and no git repository found above the temporary folder.
    static func environment(for workspace: TempWorkspace) -> [String: String] {
        [
            "NO_COLOR": "1", "COLUMNS": "100", "LINES": "50", "TERM": "dumb", "SOURCE_DATE_EPOCH": "0",
            "GIT_CEILING_DIRECTORIES": URL(fileURLWithPath: workspace.root).deletingLastPathComponent().path,
        ]
    }

    static func verify(_ golden: Case, in workspace: TempWorkspace, sourceLocation: SourceLocation = #_sourceLocation) throws {
        defer { try? FileManager.default.removeItem(atPath: workspace.root) }
        let arguments = golden.arguments.map { $0.replacingOccurrences(of: "$REPO", with: TempWorkspace.repository) }
        let output = try Binary.run(arguments, in: workspace.root, environment: environment(for: workspace))
        #expect(
            output.status == golden.exitStatus, "\(golden.testDescription) exited with \(output.status), not \(golden.exitStatus):\n\(output.stderr)",
            sourceLocation: sourceLocation)
        let actual = normalized(transcript(output), root: workspace.root)
        try compare(actual, with: golden.golden, sourceLocation: sourceLocation)
    }

    /// Standard output, `--- stderr ---`, standard error, `--- exit N ---`: one file pins the whole result.
    static func transcript(_ output: Binary.Output) -> String {
        func block(_ text: String, _ name: String) -> String {
            text.isEmpty || text.hasSuffix("\n") ? text : text + "\n\\ No newline at end of \(name)\n"
        }
        return block(output.stdout, "stdout") + "--- stderr ---\n" + block(output.stderr, "stderr") + "--- exit \(output.status) ---\n"
    }

    /// The temporary folder becomes `$ROOT` and the repository `$REPO` (with symlinks resolved too,
    /// as macOS's /var is /private/var).
    static func normalized(_ text: String, root: String) -> String {
        var text = text
        let places = [(root, "$ROOT"), (TempWorkspace.repository, "$REPO")].flatMap { path, name in
            [(URL(fileURLWithPath: path).resolvingSymlinksInPath().path, name), (path, name)]
        }
        for (path, name) in places.sorted(by: { $0.0.count > $1.0.count }) {
            text = text.replacingOccurrences(of: path, with: name)
        }
        return text
    }

    static func compare(_ actual: String, with name: String, sourceLocation: SourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "missing golden file Golden/\(name); record it with RECORD_GOLDEN=1 swift test --filter CLIGoldenTests",
                sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        Issue.record(
            "Golden/\(name) differs \(firstDifference(expected, actual))\nIf the change is intended, re-record with RECORD_GOLDEN=1 swift test --filter CLIGoldenTests",
            sourceLocation: sourceLocation)
    }

    /// Where two texts first part, as `at line N:` with both lines.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        func line(_ lines: [Substring]) -> String { index < lines.count ? "\"\(lines[index])\"" : "(end of file)" }
        return "at line \(index + 1):\n  expected: \(line(old))\n  actual:   \(line(new))"
    }

    // MARK: - The command tree

    /// ArgumentParser's description of the command tree (the part of `--experimental-dump-help` we read).
    private struct HelpDump: Decodable {
        struct Command: Decodable {
            var commandName: String
            var subcommands: [Command]?
        }
        var command: Command
    }

    /// Every command as the words that name it (`[]` for the root, `["status"]`), without the
    /// `help` command that ArgumentParser adds.
    static func commandPaths() throws -> [[String]] {
        let workspace = try TempWorkspace()
        defer { try? FileManager.default.removeItem(atPath: workspace.root) }
        let output = try Binary.run(["--experimental-dump-help"], in: workspace.root)
        guard output.status == 0 else { throw DumpHelpFailed(status: output.status, stderr: output.stderr) }
        let info = try JSONDecoder().decode(HelpDump.self, from: Data(output.stdout.utf8))
        func paths(_ command: HelpDump.Command, _ path: [String]) -> [[String]] {
            [path] + (command.subcommands ?? []).filter { $0.commandName != "help" }.flatMap { paths($0, path + [$0.commandName]) }
        }
        return paths(info.command, [])
    }

    struct DumpHelpFailed: Error, CustomStringConvertible {
        var status: Int32
        var stderr: String
        var description: String { "transtrack --experimental-dump-help exited with \(status): \(stderr)" }
    }
}
