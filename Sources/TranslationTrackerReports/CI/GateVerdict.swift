import TranslationTracker

/// What the CI gate says about one report, in the shape the CI renderers need: which findings
/// fail it and which translations are under their coverage floor.
///
/// Built from ``Gate/evaluate(_:)`` and ``GateCondition/matches(_:)`` so that JUnit failures,
/// GitHub `::error` lines and SARIF levels always agree with `transtrack check`'s exit code.
struct GateVerdict: Sendable {
    let gate: Gate
    let result: Gate.Result
    private let failing: Set<Finding>

    init(_ gate: Gate, report: StatusReport) {
        self.gate = gate
        result = gate.evaluate(report)
        failing = Set(result.failing)
    }

    var passed: Bool { result.passed }

    /// Whether this finding trips one of the `--fail-on` conditions.
    func fails(_ finding: Finding) -> Bool { failing.contains(finding) }

    /// The `--fail-on` conditions this finding trips, in the gate's order.
    func conditions(_ finding: Finding) -> [GateCondition] {
        GateCondition.allCases.filter { gate.failOn.contains($0) && $0.matches(finding) }
    }

    /// The coverage floor that applies to a translation, if any.
    func minimumCoverage(_ status: TranslationStatus) -> Double? {
        gate.minimumCoverageByLanguage[status.language] ?? gate.minimumCoverage
    }

    /// The floor a translation is under, or nil when it meets it (or has none).
    func coverageShortfall(_ status: TranslationStatus) -> Double? {
        guard let minimum = minimumCoverage(status), status.coverage < minimum else { return nil }
        return minimum
    }

    /// `coverage 80.0% is below the minimum 90% (--min-coverage sw=90)`.
    func coverageMessage(_ status: TranslationStatus, minimum: Double) -> String {
        let flag = gate.minimumCoverageByLanguage[status.language] != nil ? "\(status.language)=\(Self.threshold(minimum))" : Self.threshold(minimum)
        return "coverage \(TerminalRenderer.percent(status.coverage)) is below the minimum \(Self.threshold(minimum))% (--min-coverage \(flag))"
    }

    /// The gate as command-line flags: `--fail-on stale,error --min-coverage 80 --min-coverage sw=50`.
    var flags: String {
        var parts = [failOnFlag]
        if let minimum = gate.minimumCoverage { parts.append("--min-coverage \(Self.threshold(minimum))") }
        for (code, minimum) in gate.minimumCoverageByLanguage.sorted(by: { $0.key < $1.key }) {
            parts.append("--min-coverage \(code)=\(Self.threshold(minimum))")
        }
        return parts.joined(separator: " ")
    }

    /// `--fail-on stale,error`.
    var failOnFlag: String {
        "--fail-on " + GateCondition.allCases.filter(gate.failOn.contains).map(\.rawValue).joined(separator: ",")
    }

    /// A threshold as a user writes it: `90`, `87.5`.
    static func threshold(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))" : "\(value)"
    }
}
