import ArgumentParser
import TranslationTracker
import TranslationTrackerReports

/// `transtrack checks`: the content checks, one line each.
struct ChecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checks", abstract: "List the content checks with their default severity.",
        discussion: "Silence a check for one unit with <!-- transtrack:ignore CHECK --> in the translated unit; configure them under 'checks:' in the manifest.")

    @Option(name: .long, help: "Output format: terminal or json.")
    var format: OutputOptions.Format = .terminal

    struct Entry: Codable {
        var id: String
        var severity: Severity
        var summary: String
    }

    struct Output: Codable {
        var schemaVersion = StatusReport.currentSchemaVersion
        var checks: [Entry]
    }

    func run() throws {
        let entries = CheckRegistry.all.map { Entry(id: $0.id, severity: $0.defaultSeverity, summary: $0.summary) }
        switch format {
        case .json:
            Console.out(JSONRenderer().render(Output(checks: entries)))
        case .terminal:
            let width = entries.map(\.id.count).max() ?? 0
            for entry in entries {
                Console.out(DisplayWidth.pad(entry.id, to: width) + "  " + DisplayWidth.pad(entry.severity.rawValue, to: 7) + "  " + entry.summary + "\n")
            }
        }
    }
}

/// `transtrack explain CHECK`: a check's rationale and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain a content check: why, how it decides, and examples.")

    @Argument(help: ArgumentHelp("A check id (see `transtrack checks`).", valueName: "check"))
    var check: String

    func validate() throws {
        guard CheckRegistry.check(check) != nil else {
            throw ValidationError("unknown check '\(check)'; the checks are: \(CheckRegistry.ids.joined(separator: ", "))")
        }
    }

    func run() throws {
        let check = CheckRegistry.check(check)!
        var out = "\(check.id) (\(check.defaultSeverity.rawValue))\n\n\(check.summary)\n\n\(check.rationale)\n\nExamples:\n"
        for example in check.examples {
            out += "\n  [\(example.language)] \(example.english.replacingOccurrences(of: "\n", with: "⏎"))\n"
            out += "       → \(example.translation.replacingOccurrences(of: "\n", with: "⏎"))\n"
            let issues = example.run(check)
            if issues.isEmpty {
                out += "       ✓ no finding\n"
            } else {
                for issue in issues {
                    out += "       ✗ \((issue.severity ?? check.defaultSeverity).rawValue): \(issue.message)\n"
                }
            }
        }
        out += "\nSilence it for one unit: <!-- transtrack:ignore \(check.id) -->\n"
        Console.out(out)
    }
}

import Foundation
