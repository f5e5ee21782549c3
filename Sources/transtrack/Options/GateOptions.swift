import ArgumentParser
import TranslationTracker

/// `--fail-on` and `--min-coverage`, turned into a ``Gate``.
struct GateOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "What fails the check, comma-separated: stale, missing, incomplete, unverified, error, warning (default: stale).",
            valueName: "conditions"))
    var failOn: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("Fail when a translation's coverage is below PCT; LANG=PCT sets it for one language (repeatable).", valueName: "pct"))
    var minCoverage: [String] = []

    func gate(languages: [LanguageCode]) throws -> Gate {
        var conditions = Set<GateCondition>()
        for word in failOn.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
            guard let condition = GateCondition(rawValue: word) else {
                let all = GateCondition.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("unknown --fail-on condition '\(word)'; use one or more of: \(all)")
            }
            conditions.insert(condition)
        }
        var gate = Gate(failOn: conditions.isEmpty ? Gate.defaultConditions : conditions)
        for value in minCoverage {
            let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
            guard let percent = Double(parts.last!.trimmingCharacters(in: CharacterSet(charactersIn: "% "))), (0...100).contains(percent) else {
                throw ValidationError("--min-coverage '\(value)' is not a percentage; write 80 or sw=80")
            }
            if parts.count == 2 {
                let code = LanguageCode(parts[0])
                guard languages.contains(code) else {
                    throw ValidationError("--min-coverage names unknown language '\(parts[0])'; known: \(languages.map(\.rawValue).joined(separator: ", "))")
                }
                gate.minimumCoverageByLanguage[code] = percent
            } else {
                gate.minimumCoverage = percent
            }
        }
        return gate
    }
}

import Foundation
