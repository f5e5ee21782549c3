/// What the CI gate can fail on (`--fail-on stale,missing,…`).
public enum GateCondition: String, Sendable, Codable, CaseIterable {
    /// Any stale unit.
    case stale
    /// Any translation that does not exist at all.
    case missing
    /// Any translation that lacks units.
    case incomplete
    /// Any unit without provenance.
    case unverified
    /// Any finding of severity error (stale units and broken structure included).
    case error
    /// Any finding of severity warning or error.
    case warning

    /// Whether a finding trips this condition.
    public func matches(_ finding: Finding) -> Bool {
        switch self {
        case .stale: finding.check == StatusCheck.stale
        case .missing: finding.check == StatusCheck.missingTranslation
        case .incomplete: finding.check == StatusCheck.missingUnit
        case .unverified: finding.check == StatusCheck.unverified
        case .error: finding.severity == .error
        case .warning: finding.severity >= .warning
        }
    }
}
