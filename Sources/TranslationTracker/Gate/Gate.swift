/// The CI gate: decides pass or fail from a report and flags, never from parsing output.
///
/// Example: `Gate(failOn: [.stale], minimumCoverage: 80, minimumCoverageByLanguage: ["sw": 50])`
/// fails when any unit is stale, or a translation's coverage is under 80 % (50 % for Swahili).
public struct Gate: Sendable, Hashable {
    /// The conditions that fail the gate.
    public var failOn: Set<GateCondition>
    /// The coverage (percent) every translation must reach, if any.
    public var minimumCoverage: Double?
    /// Per-language coverage minimums, replacing ``minimumCoverage`` for those languages.
    public var minimumCoverageByLanguage: [LanguageCode: Double]

    /// What the gate fails on when nothing is said: stale units.
    public static let defaultConditions: Set<GateCondition> = [.stale]

    /// A gate; with no arguments it fails on stale units only, as `transtrack check` does.
    public init(
        failOn: Set<GateCondition> = Gate.defaultConditions, minimumCoverage: Double? = nil,
        minimumCoverageByLanguage: [LanguageCode: Double] = [:]
    ) {
        self.failOn = failOn
        self.minimumCoverage = minimumCoverage
        self.minimumCoverageByLanguage = minimumCoverageByLanguage
    }

    /// The gate's verdict and its reasons.
    public struct Result: Sendable, Hashable {
        /// Whether nothing failed.
        public var passed: Bool { reasons.isEmpty }
        /// One line per reason, e.g. `2 stale units (--fail-on stale)` or
        /// `summary sw coverage 80.0% is below 90%`.
        public var reasons: [String]
        /// The findings that tripped a condition.
        public var failing: [Finding]
    }

    /// The verdict on a report: decided from its findings and coverage, never from rendered text.
    public func evaluate(_ report: StatusReport) -> Result {
        var reasons: [String] = []
        var failing: [Finding] = []
        for condition in GateCondition.allCases where failOn.contains(condition) {
            let hits = report.findings.filter(condition.matches)
            guard !hits.isEmpty else { continue }
            failing += hits
            reasons.append("\(hits.count) \(Self.noun(condition, hits.count)) (--fail-on \(condition.rawValue))")
        }
        for status in report.translations {
            guard let minimum = minimumCoverageByLanguage[status.language] ?? minimumCoverage else { continue }
            if status.coverage < minimum {
                reasons.append("\(status.document) \(status.language) coverage \(Self.coverageText(status.coverage)) is below \(Self.percent(minimum))")
            }
        }
        var unique = Set<Finding>()
        failing = failing.filter { unique.insert($0).inserted }
        return Result(reasons: reasons, failing: failing)
    }

    static func noun(_ condition: GateCondition, _ count: Int) -> String {
        let one = count == 1
        switch condition {
        case .stale: return one ? "stale unit" : "stale units"
        case .missing: return one ? "missing translation" : "missing translations"
        case .incomplete: return one ? "missing unit" : "missing units"
        case .unverified: return one ? "unverified unit" : "unverified units"
        case .error: return one ? "error" : "errors"
        case .warning: return one ? "warning or error" : "warnings or errors"
        }
    }

    /// A coverage figure, always with one decimal: `80.0%`.
    static func coverageText(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// A threshold as the user wrote it: `90%`, `87.5%`.
    static func percent(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))%" : "\(value)%"
    }
}
