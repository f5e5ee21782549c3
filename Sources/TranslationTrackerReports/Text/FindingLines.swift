import TranslationTracker

/// Findings as compilers print diagnostics, one per line, so editors and CI logs link them:
/// `locales/fr/summary.wiki:24: error: unit 7 is stale: …`.
public struct FindingLines: Sendable {
    public var style: TerminalStyle
    /// Findings below this severity are left out.
    public var minimumSeverity: Severity

    public init(style: TerminalStyle = .plain, minimumSeverity: Severity = .info) {
        self.style = style
        self.minimumSeverity = minimumSeverity
    }

    public func render(_ findings: [Finding]) -> String {
        var out = ""
        for finding in findings where finding.severity >= minimumSeverity {
            out += line(finding) + "\n"
        }
        return out
    }

    public func line(_ finding: Finding) -> String {
        let location = finding.locationText.map { "\($0): " } ?? ""
        let severity: String
        switch finding.severity {
        case .error: severity = style.paint("error", .red)
        case .warning: severity = style.paint("warning", .yellow)
        case .info: severity = style.paint("info", .cyan)
        }
        let context = [finding.document, finding.language?.rawValue].compactMap { $0 }.joined(separator: "/")
        let tag = style.dim("[\(finding.check)\(context.isEmpty ? "" : " \(context)")]")
        return "\(location)\(severity): \(finding.message) \(tag)"
    }
}
