import TranslationTracker

/// Wording and groupings that the Markdown, wikitext and HTML renderers share, so the three
/// formats say the same thing in the same words and pick the same findings for a translation.
enum ReportWording {
    /// `11 translations: 6 complete, 2 outdated, 2 incomplete, 1 missing · 84.8% of units current`.
    static func summary(_ totals: Totals) -> String {
        let counts = [
            (totals.complete, DocumentState.complete), (totals.outdated, .outdated), (totals.incomplete, .incomplete),
            (totals.missing, .missing),
        ]
        let parts = counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1.rawValue)" }
        let noun = totals.translations == 1 ? "translation" : "translations"
        let listed = parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")
        return "\(totals.translations) \(noun)\(listed) · \(percent(totals.coverage)) of units current"
    }

    /// `86.6%`, always one decimal, as the terminal table prints it.
    static func percent(_ value: Double) -> String { TerminalRenderer.percent(value) }

    /// `86.6`: the number alone, for sort keys.
    static func number(_ value: Double) -> String { String(percent(value).dropLast()) }

    /// `7, 12, 13`.
    static func units(_ ids: [UnitID]) -> String { ids.map(\.rawValue).joined(separator: ", ") }

    /// The language as the manifest declares it, or a stand-in named by its code.
    static func language(_ code: LanguageCode, in report: StatusReport) -> Language {
        report.language(code) ?? Language(code: code, name: code.rawValue, autonym: code.rawValue)
    }

    /// The source language: not among the report's (target) languages, so looked up in the manifest.
    static func source(_ report: StatusReport, manifest: Manifest) -> Language {
        manifest.language(report.sourceLanguage) ?? language(report.sourceLanguage, in: report)
    }

    /// Where a state sorts: work to do first when ascending is read as "worst first".
    static func rank(_ state: DocumentState) -> Int {
        switch state {
        case .missing: 0
        case .outdated: 1
        case .incomplete: 2
        case .complete: 3
        }
    }

    /// Checks whose findings restate unit states; reports list those units instead of the messages.
    static let statusChecks: Set<String> = [
        StatusCheck.stale, StatusCheck.missingUnit, StatusCheck.missingTranslation, StatusCheck.extraUnit, StatusCheck.unverified,
    ]

    /// `Errors`, `Warnings`, `Notes`.
    static func heading(_ severity: Severity) -> String {
        switch severity {
        case .error: "Errors"
        case .warning: "Warnings"
        case .info: "Notes"
        }
    }

    /// Severities worst first.
    static let severities: [Severity] = [.error, .warning, .info]

    /// `86.6% → 100.0% · +2 current · 1 no longer current · newly stale: 7, 12`; nil when nothing changed.
    static func change(_ change: ReportComparison.Change) -> String? {
        guard !change.isEmpty else { return nil }
        var parts: [String] = []
        if let before = change.coverageBefore, before != change.coverageNow {
            parts.append("\(percent(before)) → \(percent(change.coverageNow))")
        } else if change.coverageBefore == nil {
            parts.append("new, \(percent(change.coverageNow))")
        }
        if !change.gained.isEmpty { parts.append("+\(change.gained.count) current") }
        if !change.lost.isEmpty { parts.append("\(change.lost.count) no longer current") }
        if !change.newlyStale.isEmpty { parts.append("newly stale: \(units(change.newlyStale))") }
        return parts.joined(separator: " · ")
    }

    /// `summary/fr`, `summary`, or nil, for a finding's context.
    static func context(_ finding: Finding) -> String? {
        let text = [finding.document, finding.language?.rawValue].compactMap { $0 }.joined(separator: "/")
        return text.isEmpty ? nil : text
    }
}

/// The report's findings filed under the translation they are about, built once so that a
/// Meta-scale report (tens of thousands of translations) is not scanned once per translation.
struct FindingIndex {
    private struct Key: Hashable {
        var document: String
        var language: LanguageCode
    }

    private var byTranslation: [Key: [Finding]] = [:]
    /// Findings about no translation in the report: the workspace's own, a source's, an
    /// undeclared folder's. Report order.
    private(set) var other: [Finding] = []

    init(_ report: StatusReport) {
        var known = Set<Key>()
        for status in report.translations { known.insert(Key(document: status.document, language: status.language)) }
        for finding in report.findings {
            if let document = finding.document, let language = finding.language,
                known.contains(Key(document: document, language: language))
            {
                byTranslation[Key(document: document, language: language), default: []].append(finding)
            } else {
                other.append(finding)
            }
        }
    }

    /// One translation's findings, in report order.
    func findings(document: String, language: LanguageCode) -> [Finding] {
        byTranslation[Key(document: document, language: language)] ?? []
    }
}
