import ArgumentParser
import Foundation
import TranslationTracker
import TranslationTrackerReaders
import TranslationTrackerReports

/// `transtrack check`: the CI gate. Prints findings as `file:line: severity: message` and exits
/// 1 when the gate fails. With `--source` and `--translation` it checks one pair of files
/// without a manifest.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Print findings (status and content checks) and fail (exit 1) on stale translations or whatever --fail-on names.",
        discussion: """
            Exit codes: 0 the gate passed, 1 it failed, 2 input or configuration error, 64 usage error.
            Without a manifest: transtrack check --source en.wiki --translation fr=fr.wiki [--translation de=de.wiki]
            """)

    @OptionGroup var workspace: WorkspaceOptions
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
    }

    func run() throws {
        let report: StatusReport
        if let source {
            report = try checkPair(source: source)
        } else {
            report = try Session(workspace, contentChecks: true).report
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
        if !result.passed { throw Exit.gateFailed }
    }

    /// Builds a one-document workspace from the two kinds of paths and evaluates it.
    private func checkPair(source: String) throws -> StatusReport {
        let sourceCode = LanguageCode(sourceLanguage)
        var pairs: [(LanguageCode, String)] = []
        for value in translation {
            let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else {
                throw ValidationError("--translation '\(value)' must be LANG=FILE, e.g. fr=summary.fr.wiki")
            }
            let code = LanguageCode(parts[0])
            guard code.isWellFormed else { throw ValidationError("'\(parts[0])' is not a language code such as fr or pt-br") }
            guard code != sourceCode else { throw ValidationError("'\(code)' is the source language; translations need another code") }
            guard !pairs.contains(where: { $0.0 == code }) else { throw ValidationError("language '\(code)' is given twice") }
            pairs.append((code, parts[1]))
        }
        let cwd = Console.currentDirectory
        let documentID = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
        let spec = DocumentSpec(id: documentID, name: documentID, kind: .wikitext)
        let languages = [Language(code: sourceCode, name: sourceCode.rawValue, autonym: sourceCode.rawValue)]
            + pairs.map { Language(code: $0.0, name: $0.0.rawValue, autonym: $0.0.rawValue) }
        let manifest = Manifest(source: sourceCode, languages: languages, documents: [spec])
        let sourcePage = try reading { () throws(ReaderError) in
            try LocalFilesReader.readPage(path: source, absolute: absolute(source, cwd), kind: .wikitext, document: documentID, language: sourceCode)
        }
        guard sourcePage.exists else {
            Console.error("\(source): error: no such file; pass the English source with --source")
            throw Exit.inputError
        }
        var translations: [LanguageCode: PageState] = [:]
        for (code, path) in pairs {
            translations[code] = try reading { () throws(ReaderError) in
                try LocalFilesReader.readPage(path: path, absolute: absolute(path, cwd), kind: .wikitext, document: documentID, language: code)
            }
        }
        let snapshot = Snapshot(documents: [DocumentSnapshot(document: spec, source: sourcePage, translations: translations)])
        return StatusEvaluator(checks: CheckRunner()).evaluate(snapshot, manifest: manifest)
    }

    private func absolute(_ path: String, _ cwd: String) -> String {
        path.hasPrefix("/") ? path : cwd + "/" + path
    }
}
