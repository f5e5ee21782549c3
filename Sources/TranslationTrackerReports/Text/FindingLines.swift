import TranslationTracker

/// Findings as compilers print diagnostics, one per line, so editors and CI logs link them:
/// `locales/fr/summary.wiki:24: error: unit 7 is stale: … [stale summary/fr]`.
///
/// A finding about a wiki page has no file: its place is `wiki:title#unit`, and the line ends
/// with the links a reader follows, each after `; `: the English diff a stale unit has not
/// followed (with how many English edits behind it is), then the permanent link to the
/// revision read. Each address ends at a space or at the end of the line, so that terminals and
/// CI logs link the whole of it:
/// `meta:Plan/Summary/fr#2: error: unit 2 is stale … [stale summary/fr]; English diff: https://…?diff=5020&oldid=4990
/// (2 English edits behind); permanent link: https://…?title=Plan/Summary/fr&oldid=5012` (one line).
public struct FindingLines: Sendable {
    /// Colour on or off.
    public var style: TerminalStyle
    /// Findings below this severity are left out.
    public var minimumSeverity: Severity

    /// A renderer of findings at `minimumSeverity` or worse.
    public init(style: TerminalStyle = .plain, minimumSeverity: Severity = .info) {
        self.style = style
        self.minimumSeverity = minimumSeverity
    }

    /// One line per finding, sorted, at the minimum severity or worse.
    public func render(_ findings: [Finding]) -> String {
        var out = ""
        for finding in findings where finding.severity >= minimumSeverity {
            out += line(finding) + "\n"
        }
        return out
    }

    /// One finding as `file:line:column: severity: message [check document/language]`.
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
        return "\(location)\(severity): \(finding.message) \(tag)" + (finding.wiki.map(Self.links) ?? "")
    }

    /// `; English diff: URL (2 English edits behind); permanent link: URL`, the parts known,
    /// or an empty string: what the line of a finding on a wiki page ends with.
    static func links(_ wiki: WikiLocation) -> String {
        var parts: [String] = []
        if let change = englishChange(wiki) { parts.append(change) }
        if let url = wiki.url { parts.append("permanent link: \(url)") }
        return parts.map { "; " + $0 }.joined()
    }

    /// What a stale unit on a wiki has not followed: `English diff: URL (2 English edits behind)`,
    /// either half alone, or nil when neither is known.
    static func englishChange(_ wiki: WikiLocation) -> String? {
        switch (wiki.englishDiff, wiki.englishEditsBehind) {
        case (let diff?, let count?): "English diff: \(diff) (\(editsBehind(count)))"
        case (let diff?, nil): "English diff: \(diff)"
        case (nil, let count?): editsBehind(count)
        case (nil, nil): nil
        }
    }

    /// `2 English edits behind`, `1 English edit behind`.
    static func editsBehind(_ count: Int) -> String {
        "\(count) English \(count == 1 ? "edit" : "edits") behind"
    }
}
