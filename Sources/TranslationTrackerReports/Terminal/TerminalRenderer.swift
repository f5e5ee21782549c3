import TranslationTracker

/// The `transtrack status` table: one block per document, one aligned row per language with a
/// coverage bar, then a one-line total. Colour only when the style is enabled.
///
/// When the report covers wiki places (`status --dump`), each row also names its place (`local`,
/// `meta`, `arwiki`, …), how its unit states were decided (`recorded` from `src=`, `inferred`
/// from history, `translate` from the Translate extension's own tracking), and the revision read
/// with, for a translatable page, Translate's own numbers.
public struct TerminalRenderer: Sendable {
    /// Colour on or off.
    public var style: TerminalStyle

    /// A renderer, plain unless told.
    public init(style: TerminalStyle = .plain) { self.style = style }

    /// The status table, with the change since a baseline when given.
    public func render(_ report: StatusReport, comparison: ReportComparison? = nil) -> String {
        var out = ""
        if let project = report.project { out += style.bold(project) + "\n" }
        let places = report.translations.contains { $0.location.path == nil } || report.documents.contains { $0.source.location.path == nil }
        for document in report.documents {
            out += "\n"
            if places {
                out += style.bold(document.id) + " · \(document.name)\n"
                var seen = Set<PageLocation>()
                for source in document.sources ?? [document.source] where seen.insert(source.location).inserted {
                    out += "  " + style.dim("source \(report.sourceLanguage) at \(source.location.place): \(Self.describe(source, kind: document.kind))") + "\n"
                }
                out += placesTable(document, report: report)
                continue
            }
            let noun = document.kind == .file ? "slides" : "units"
            let source = document.source.exists ? "\(document.source.location), \(document.source.units) \(noun)" : "\(document.source.location) (missing)"
            out += style.bold(document.id) + " · \(document.name) · " + style.dim("source \(report.sourceLanguage): \(source)") + "\n"
            out += table(document, report: report)
        }
        for untracked in report.untracked {
            out += "\n" + style.bold(untracked.id) + " · " + style.dim(untracked.reason) + "\n"
        }
        out += "\n" + summary(report.totals) + "\n"
        if let comparison { out += changes(comparison, report: report) }
        return out
    }

    private func table(_ document: DocumentStatus, report: StatusReport) -> String {
        let header = ["lang", "language", "state", "coverage", "", "current", "stale", "missing", "unverified", "extra"]
        var rows: [[String]] = []
        for status in document.translations {
            let autonym = report.language(status.language)?.autonym ?? status.language.rawValue
            let c = status.counts
            rows.append([
                status.language.rawValue, autonym, status.state.rawValue, CoverageBar.render(status.coverage),
                Self.percent(status.coverage), "\(c.current)", "\(c.stale)", "\(c.missing)", "\(c.unverified)", "\(c.extra)",
            ])
        }
        let rightAligned: Set<Int> = [4, 5, 6, 7, 8, 9]
        return grid(header: header, rows: rows, rightAligned: rightAligned) { row, i, cell in
            let status = document.translations[row]
            return switch i {
            case 2, 3: style.paint(cell, Self.color(status.state))
            default: cell
            }
        }
    }

    /// `locales/en/summary.wiki, 15 units` or `Title, 15 units, r5003 of 2024-02-01`.
    static func describe(_ source: SourceStatus, kind: DocumentKind) -> String {
        let name: String = switch source.location {
        case .file(let path): path
        case .wiki(_, let title): title
        }
        guard source.exists else { return "\(name) (missing)" }
        var parts = [name]
        // A file on a wiki has no units; a local deck has its slides.
        if kind == .wikitext || source.units > 0 { parts.append("\(source.units) \(kind == .file ? "slides" : "units")") }
        if let revision = source.revision { parts.append("r\(revision.id) of \(revision.day)") }
        return parts.joined(separator: ", ")
    }

    /// The table with a place per row: a language's places next to each other.
    private func placesTable(_ document: DocumentStatus, report: StatusReport) -> String {
        let header = [
            "lang", "language", "place", "state", "coverage", "", "current", "stale", "missing", "unverified", "extra", "provenance", "page",
        ]
        var rows: [[String]] = []
        for status in document.translations {
            let autonym = report.language(status.language)?.autonym ?? status.language.rawValue
            let c = status.counts
            rows.append([
                status.language.rawValue, autonym, status.location.place, status.state.rawValue, CoverageBar.render(status.coverage),
                Self.percent(status.coverage), "\(c.current)", "\(c.stale)", "\(c.missing)", "\(c.unverified)", "\(c.extra)",
                Self.provenance(status), Self.page(status),
            ])
        }
        let rightAligned: Set<Int> = [5, 6, 7, 8, 9, 10]
        return grid(header: header, rows: rows, rightAligned: rightAligned) { row, i, cell in
            let status = document.translations[row]
            return switch i {
            case 3, 4: style.paint(cell, Self.color(status.state))
            case 11 where cell.contains(ProvenanceKind.inferred.rawValue): style.paint(cell, .cyan)
            case 12: style.dim(cell)
            default: cell
            }
        }
    }

    /// Columns padded to their widest cell (display width, so CJK and Devanagari line up), the
    /// header dimmed, each body cell painted by `paint(row, column, padded cell)`.
    private func grid(
        header: [String], rows: [[String]], rightAligned: Set<Int>, paint: (Int, Int, String) -> String
    ) -> String {
        var widths = header.map(DisplayWidth.of)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        func line(_ cells: [String], paint: (Int, String) -> String) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                parts.append(paint(i, DisplayWidth.pad(cell, to: widths[i], alignRight: rightAligned.contains(i))))
            }
            return "  " + parts.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        var out = line(header) { _, cell in style.dim(cell) }
        for (index, row) in rows.enumerated() {
            out += line(row) { column, cell in paint(index, column, cell) }
        }
        return out
    }

    /// How the row's translated units got their state: `recorded`, `translate`,
    /// `translate-inferred`, `inferred`, or
    /// several joined with `+`; `-` when no unit is current or stale.
    static func provenance(_ status: TranslationStatus) -> String {
        let kinds = Set(status.units.filter { $0.state == .current || $0.state == .stale }.map(\.provenance))
        let named = [ProvenanceKind.recorded, .translate, .translateInferred, .inferred].filter(kinds.contains).map(\.rawValue)
        if named.isEmpty, status.units.isEmpty, status.translate != nil, status.counts.current + status.counts.stale > 0 {
            return (status.translate?.basis == .wiki ? ProvenanceKind.translate : .translateInferred).rawValue
        }
        return named.isEmpty ? "-" : named.joined(separator: "+")
    }

    /// The revision read and, for a translatable page, Translate's own numbers.
    static func page(_ status: TranslationStatus) -> String {
        var parts: [String] = []
        if let revision = status.revision { parts.append("r\(revision.id) of \(revision.day)") }
        if let stats = status.translate, status.state != .missing {
            let basis = stats.basis == .renderedPage ? " (rendered page)" : ""
            let proofread = stats.proofread.map { ", \($0) proofread" } ?? ""
            parts.append("Translate \(stats.translated)/\(stats.total) translated, \(stats.fuzzy) fuzzy\(proofread)\(basis)")
        }
        return parts.joined(separator: " · ")
    }

    /// "Since the baseline" lines, for `--compare`.
    private func changes(_ comparison: ReportComparison, report: StatusReport) -> String {
        let changed = comparison.changes.filter { !$0.isEmpty }
        guard !changed.isEmpty else { return "\nno change since the baseline\n" }
        var out = "\n" + style.bold("since the baseline") + "\n"
        for change in changed {
            var parts: [String] = []
            if let before = change.coverageBefore, before != change.coverageNow {
                parts.append("\(Self.percent(before)) → \(Self.percent(change.coverageNow))")
            } else if change.coverageBefore == nil {
                parts.append("new, \(Self.percent(change.coverageNow))")
            }
            if !change.gained.isEmpty { parts.append(style.paint("+\(change.gained.count) current", .green)) }
            if !change.lost.isEmpty { parts.append(style.paint("\(change.lost.count) no longer current", .yellow)) }
            if !change.newlyStale.isEmpty {
                let noun = change.newlyStale.count == 1 ? "unit" : "units"
                parts.append(style.paint("\(change.newlyStale.count) \(noun) behind (newly stale: \(change.newlyStale.map(\.rawValue).joined(separator: ", ")))", .red))
            }
            out += "  \(change.document) \(change.language): " + parts.joined(separator: " · ") + "\n"
        }
        return out
    }

    private func summary(_ totals: Totals) -> String {
        var parts: [String] = []
        for (count, state) in [(totals.complete, DocumentState.complete), (totals.outdated, .outdated), (totals.incomplete, .incomplete), (totals.missing, .missing)]
        where count > 0 {
            parts.append(style.paint("\(count) \(state.rawValue)", Self.color(state)))
        }
        let noun = totals.translations == 1 ? "translation" : "translations"
        let listed = parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")
        return "\(totals.translations) \(noun)\(listed) · \(Self.percent(totals.coverage)) of units current"
    }

    static func color(_ state: DocumentState) -> TerminalStyle.Color {
        switch state {
        case .complete: .green
        case .outdated: .red
        case .incomplete: .yellow
        case .missing: .magenta
        }
    }

    /// `86.6%`, always one decimal.
    package static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
