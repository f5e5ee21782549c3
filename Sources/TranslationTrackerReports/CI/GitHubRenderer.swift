import TranslationTracker

/// `--format github`: GitHub Actions workflow commands, which the runner turns into annotations
/// on the pull request's files: one command per finding, e.g.
/// `::error file=locales/fr/summary.wiki,line=22,title=stale · summary fr · fails --fail-on stale::unit 7 is stale: …`.
///
/// A finding the CI gate (``RenderContext/gate``) fails on is always `::error` and says which
/// `--fail-on` condition it trips; any other finding is `::error`, `::warning` or `::notice` by
/// its severity. A translation under its `--min-coverage` floor is an `::error` of its own, and
/// a last `::notice` sums up: translations by state, coverage, findings, and the gate's verdict.
///
/// A finding on a wiki page has no file to annotate, so its command has no `file=` and its
/// message names the page and ends with the links to follow:
/// `::error title=stale · summary fr · fails --fail-on stale::meta:Plan/Summary/fr#2: unit 2 is stale …;
/// English diff: https://… (2 English edits behind); permanent link: https://…` (one line).
///
/// Escaping follows the runner's rules (actions/toolkit `command.ts`): in the message `%`, CR
/// and LF become `%25`, `%0D`, `%0A`; in properties `:` and `,` also become `%3A` and `%2C`;
/// other control characters are dropped. So a message can never end its command early or start a new one (`\n::add-mask::…`).
public struct GitHubRenderer: Sendable {
    /// A renderer; it holds no state.
    public init() {}

    /// The report in this format; the same report and context always give the same text.
    public func render(_ report: StatusReport, context: RenderContext) -> String {
        let verdict = GateVerdict(context.gate, report: report)
        var out = ""
        for finding in report.findings {
            let fails = verdict.fails(finding)
            var title = finding.check
            let place = [finding.document, finding.language?.rawValue].compactMap { $0 }.joined(separator: " ")
            if !place.isEmpty { title += " · \(place)" }
            if fails { title += " · fails --fail-on \(verdict.conditions(finding).map(\.rawValue).joined(separator: ","))" }
            let command = fails ? "error" : Self.command(finding.severity)
            out += Self.command(
                command,
                properties: [
                    ("file", finding.file), ("line", finding.line.map(String.init)), ("col", finding.line == nil ? nil : finding.column.map(String.init)),
                    ("title", title),
                ], message: Self.message(finding))
        }
        for status in report.translations {
            guard let minimum = verdict.coverageShortfall(status) else { continue }
            out += Self.command(
                "error", properties: [("file", status.location.path), ("title", "coverage · \(status.document) \(status.language)")],
                message: "\(status.document) \(status.language): \(verdict.coverageMessage(status, minimum: minimum))")
        }
        out += Self.command("notice", properties: [("title", "transtrack summary")], message: summary(report, verdict: verdict))
        return out
    }

    /// `11 translations: 6 complete, 2 outdated, … · 84.8% of units current · 9 errors, 7 warnings, 3 notes · gate failed: …`.
    private func summary(_ report: StatusReport, verdict: GateVerdict) -> String {
        let totals = report.totals
        var states: [String] = []
        for (count, state) in [(totals.complete, DocumentState.complete), (totals.outdated, .outdated), (totals.incomplete, .incomplete), (totals.missing, .missing)]
        where count > 0 {
            states.append("\(count) \(state.rawValue)")
        }
        let noun = totals.translations == 1 ? "translation" : "translations"
        var parts = ["\(totals.translations) \(noun)" + (states.isEmpty ? "" : ": " + states.joined(separator: ", "))]
        let units = totals.units
        parts.append("\(TerminalRenderer.percent(totals.coverage)) of units current (\(units.current) of \(units.total); \(units.stale) stale, \(units.missing) missing, \(units.unverified) unverified)")
        var counts: [String] = []
        for severity in Severity.allCases.reversed() {
            let count = report.findings.filter { $0.severity == severity }.count
            let word: String
            switch severity {
            case .error: word = count == 1 ? "error" : "errors"
            case .warning: word = count == 1 ? "warning" : "warnings"
            case .info: word = count == 1 ? "note" : "notes"
            }
            counts.append("\(count) \(word)")
        }
        parts.append(counts.joined(separator: ", "))
        parts.append(verdict.passed ? "gate passed (\(verdict.flags))" : "gate failed: " + verdict.result.reasons.joined(separator: "; "))
        return parts.joined(separator: " · ")
    }

    /// The finding's message; for one on a wiki page, which no file annotation can show,
    /// with its place first and its links last, as in ``FindingLines``.
    static func message(_ finding: Finding) -> String {
        guard let wiki = finding.wiki else { return finding.message }
        let place = finding.file == nil ? finding.locationText.map { "\($0): " } ?? "" : ""
        return place + finding.message + FindingLines.links(wiki)
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// One workflow command line; nil properties are left out.
    static func command(_ name: String, properties: [(String, String?)], message: String) -> String {
        let listed = properties.compactMap { key, value in value.map { "\(key)=\(escapeProperty($0))" } }
        return "::\(name)" + (listed.isEmpty ? "" : " " + listed.joined(separator: ",")) + "::" + escapeData(message) + "\n"
    }

    /// A command's message: `%`, CR and LF escaped. Other control characters (NUL, ESC, …)
    /// are dropped: the runner does not escape them, and in a log they only corrupt the line.
    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case "\t": out += "\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value: as a message, and `:` and `,` too, which separate properties.
    static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
