/// How much a finding matters. The CI gate decides what fails from flags, not from severity alone.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    /// For information: never fails a gate.
    case info
    /// Worth a look: fails a gate only with `--fail-on warning`.
    case warning
    /// Wrong: fails a gate with `--fail-on error` (stale units and broken structure are errors).
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
