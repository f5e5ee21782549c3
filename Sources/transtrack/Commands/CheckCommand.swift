import ArgumentParser
import TranslationTracker
import TranslationTrackerLive
import TranslationTrackerReports

/// `transtrack check`: the CI gate. Prints findings as `file:line: severity: message` (for a wiki
/// page, `meta:TITLE#UNIT: severity: message`) and exits 1 when the gate fails. With `--dump`,
/// `--live` or `--offline` the wikis are checked too. With `--source` and `--translation` it
/// checks one pair of files without a manifest.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Print findings (status and content checks) and fail (exit 1) on stale translations or whatever --fail-on names.",
        discussion: """
            Exit codes: 0 the gate passed, 1 it failed, 2 input or configuration error, 64 usage error.
            On the wikis too: transtrack check --live (or --offline, or --dump meta=meta.xml): a stale unit on Meta-Wiki \
            or on a Wikipedia fails the gate like a stale local file, and its finding links the page and the English diff.
            Without a manifest: transtrack check --source en.wiki --translation fr=fr.wiki [--translation de=de.wiki]
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var places: PlaceOptions
    @OptionGroup var gateOptions: GateOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: ArgumentHelp("English source file, to check files without a manifest.", valueName: "file"))
    var source: String?

    @Option(name: .long, help: ArgumentHelp("A translation of --source (repeatable).", valueName: "lang=file"))
    var translation: [String] = []

    @Option(name: .long, help: ArgumentHelp("Language of --source.", valueName: "code"))
    var sourceLanguage: String = "en"

    struct Output: Codable {
        var schemaVersion = StatusReport.currentSchemaVersion
        var passed: Bool
        var failOn: [GateCondition]
        var reasons: [String]
        var findings: [Finding]
    }

    func validate() throws {
        if source == nil, !translation.isEmpty { throw ValidationError("--translation needs --source") }
        if source != nil, translation.isEmpty { throw ValidationError("--source needs at least one --translation LANG=FILE") }
        if source != nil, workspace.manifest != nil { throw ValidationError("use either --manifest or --source/--translation, not both") }
        if source != nil, places.live || places.offline || !places.dump.isEmpty {
            throw ValidationError("--source/--translation checks two local files; --dump, --live and --offline read a manifest's wikis")
        }
    }

    func run() async throws {
        let report: StatusReport
        if let source {
            report = try PairCheck(source: source, sourceLanguage: LanguageCode(sourceLanguage), arguments: translation)
                .report(currentDirectory: Console.currentDirectory)
        } else {
            report = try await Session(workspace, places: places, contentChecks: true).report
        }
        let gate = try gateOptions.gate(languages: report.languages.map(\.code))
        let result = gate.evaluate(report)
        switch output.format {
        case .terminal:
            Console.out(FindingLines(style: output.style).render(report.findings))
            let conditions = gate.failOn.map(\.rawValue).sorted().joined(separator: ",")
            if result.passed {
                Console.error("transtrack: check passed (fail-on: \(conditions)); \(report.findings.count) findings")
            } else {
                Console.error("transtrack: check failed: " + result.reasons.joined(separator: "; "))
            }
        case .json:
            let conditions = GateCondition.allCases.filter(gate.failOn.contains)
            Console.out(JSONRenderer().render(Output(passed: result.passed, failOn: conditions, reasons: result.reasons, findings: report.findings)))
        }
        if !result.passed { throw ExitCode(1) }
    }
}
