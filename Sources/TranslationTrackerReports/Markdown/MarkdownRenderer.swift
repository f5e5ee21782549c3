import TranslationTracker

/// `--format markdown` (`reports/status.md`): the status as GitHub-flavoured Markdown for a pull
/// request comment, a job summary or a page in the repository.
///
/// Per document a coverage table, one row per language; then, per language, links to where the
/// translation lives and its stale, missing, unverified and extra units linked to the lines of the files (`path#L22`);
/// then every finding, grouped by severity and check; then the changes since a baseline when
/// `context.comparison` is set. Report text is escaped for table cells and inline Markdown.
///
/// Links to local files lead from the folder the report is written in, so that they resolve
/// where it is read (a code host showing `reports/status.md`); their text keeps the path as the
/// report has it, relative to the workspace root.
///
/// ```swift
/// MarkdownRenderer(root: "..")   // in reports/: [locales/fr/summary.wiki#L22](../locales/fr/summary.wiki#L22)
/// ```
public struct MarkdownRenderer: Sendable {
    /// The workspace root as a relative path from the folder the report is written in (`..` for
    /// `reports/`); empty when the report is in the root, or has no folder (standard output).
    public var root: String

    /// A renderer; `root` is the path links are made relative to (empty: the workspace root).
    public init(root: String = "") {
        self.root = root
    }

    /// The report as Markdown; the same report and context always give the same text.
    public func render(_ report: StatusReport, context: RenderContext) -> String {
        // Collecting into an array cannot fail.
        let bytes = (try? ChunkedOutput.collect { try write(report, context: context, to: $0) }) ?? []
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text ``render(_:context:)`` gives, handed to `output` a document at a time, so a
    /// report listing the units of a Meta-scale workspace never exists whole in memory.
    package func write(_ report: StatusReport, context: RenderContext, to output: ChunkedOutput) throws {
        var output = output
        var out = "# Translation status" + (report.project.map { ": " + MarkdownEscape.text($0) } ?? "") + "\n\n"
        if let generated = context.generatedText { out += "Generated \(generated) by \(ToolInfo.name).\n\n" }
        out += MarkdownEscape.text(ReportWording.summary(report.totals)) + ".\n"
        for document in report.documents {
            out += self.document(document, report: report, manifest: context.manifest)
            // A document at a time: the units listed grow with the workspace.
            output.append(out)
            out = ""
            try output.flushIfFull()
        }
        if !report.untracked.isEmpty {
            out += "\n## Not tracked\n\n"
            for untracked in report.untracked {
                let name = context.manifest.document(untracked.id)?.name
                let title = name.map { "\($0) (\(untracked.id))" } ?? untracked.id
                out += "- " + MarkdownEscape.text(title) + ": " + MarkdownEscape.text(untracked.reason) + "\n"
            }
        }
        out += findings(report.findings)
        if let comparison = context.comparison { out += changes(comparison, report: report) }
        output.append(out)
        try output.finish()
    }

    private func document(_ document: DocumentStatus, report: StatusReport, manifest: Manifest) -> String {
        var out = "\n## " + MarkdownEscape.text("\(document.name) (\(document.id))") + "\n\n"
        let source = ReportWording.source(report, manifest: manifest)
        out += "Source (" + MarkdownEscape.text("\(source.name), \(source.code)") + "): "
        if document.source.exists {
            out += link(document.source.location, line: nil) + ", \(document.source.units) \(document.kind == .file ? "slides" : "units").\n\n"
        } else {
            out += MarkdownEscape.text(document.source.location.description) + " does not exist.\n\n"
        }
        out += "| Language | Autonym | State | Coverage | Current | Stale | Missing | Unverified | Extra |\n"
        out += "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        for status in document.translations {
            let language = ReportWording.language(status.language, in: report)
            let c = status.counts
            let cells = [
                MarkdownEscape.cell("\(language.name) (\(language.code))"), autonym(language), status.state.rawValue,
                ReportWording.percent(status.coverage), "\(c.current)", "\(c.stale)", "\(c.missing)", "\(c.unverified)", "\(c.extra)",
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        let spec = manifest.document(document.id)
        for status in document.translations {
            out += language(status, document: document, report: report, spec: spec, manifest: manifest)
        }
        return out
    }

    /// One language's section: where the translation lives, then its units that need work.
    private func language(_ status: TranslationStatus, document: DocumentStatus, report: StatusReport, spec: DocumentSpec?, manifest: Manifest) -> String {
        let language = ReportWording.language(status.language, in: report)
        var out = "\n### " + MarkdownEscape.text("\(language.name) (\(language.code))") + " · " + autonym(language) + "\n\n"
        var places = [link(status.location, line: nil)]
        for place in spec.map({ WikiPlace.places(of: $0, language: status.language) }) ?? [] {
            if let url = place.url(manifest) {
                places.append(MarkdownEscape.link(place.label(manifest), to: MarkdownEscape.url(url)))
            }
        }
        out += "\(status.state.rawValue), \(ReportWording.percent(status.coverage)) current · " + places.joined(separator: " · ") + "\n"
        if status.state == .missing {
            out += "\nNot translated yet: all \(status.counts.total) \(document.kind == .file ? "slides" : "units") are missing.\n"
            return out
        }
        let groups: [(UnitState, String)] = [
            (.stale, "Stale: the English changed since they were translated"),
            (.missing, "Missing"),
            (.unverified, "Unverified: no record of the English they were translated from"),
            (.extra, "Extra: no longer in the English"),
        ]
        for (state, title) in groups {
            let units = status.units(state)
            guard !units.isEmpty else { continue }
            out += "\n\(title) (\(units.count)):\n\n"
            for unit in units { out += "- " + self.unit(unit, status: status, document: document) + "\n" }
        }
        return out
    }

    /// `unit 7: [locales/fr/summary.wiki#L22](…) (English: [locales/en/summary.wiki#L23](…))`.
    private func unit(_ unit: UnitStatus, status: TranslationStatus, document: DocumentStatus) -> String {
        var text = "unit " + MarkdownEscape.text(unit.id.rawValue)
        var parts: [String] = []
        if let line = unit.line { parts.append(link(status.location, line: line)) }
        if let line = unit.sourceLine { parts.append("English: " + link(document.source.location, line: line)) }
        if !parts.isEmpty { text += ": " + parts.joined(separator: ", ") }
        return text
    }

    /// Every finding, grouped by severity (worst first), then by check, each in report order.
    private func findings(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "\n## Findings\n\nNone.\n" }
        var out = "\n## Findings\n"
        for severity in ReportWording.severities {
            let ofSeverity = findings.filter { $0.severity == severity }
            guard !ofSeverity.isEmpty else { continue }
            out += "\n### \(ReportWording.heading(severity)) (\(ofSeverity.count))\n"
            var checks: [String] = []
            for finding in ofSeverity where !checks.contains(finding.check) { checks.append(finding.check) }
            for check in checks {
                let ofCheck = ofSeverity.filter { $0.check == check }
                out += "\n#### " + MarkdownEscape.text(check) + " (\(ofCheck.count))\n\n"
                for finding in ofCheck { out += "- " + line(finding) + "\n" }
            }
        }
        return out
    }

    /// `summary/fr · [locales/fr/summary.wiki:22](locales/fr/summary.wiki#L22): message`; on a wiki page
    /// `summary/fr · [meta:Plan/Summary/fr#2](https://…&oldid=5012): message · [English diff](https://…) · 2 English edits behind`.
    private func line(_ finding: Finding) -> String {
        var parts: [String] = []
        if let context = ReportWording.context(finding) { parts.append(MarkdownEscape.text(context)) }
        if let file = finding.file, let text = finding.locationText {
            let anchor = finding.line.map { "#L\($0)" } ?? ""
            parts.append(MarkdownEscape.link(text, to: target(file) + anchor))
        } else if let wiki = finding.wiki, let text = finding.locationText {
            parts.append(wiki.url.map { MarkdownEscape.link(text, to: MarkdownEscape.url($0)) } ?? MarkdownEscape.text(text))
        }
        let prefix = parts.joined(separator: " · ")
        var english: [String] = []
        if let diff = finding.wiki?.englishDiff { english.append(MarkdownEscape.link("English diff", to: MarkdownEscape.url(diff))) }
        if let behind = finding.wiki?.englishEditsBehind { english.append(FindingLines.editsBehind(behind)) }
        return (prefix.isEmpty ? "" : prefix + ": ") + MarkdownEscape.text(finding.message) + english.map { " · " + $0 }.joined()
    }

    private func changes(_ comparison: ReportComparison, report: StatusReport) -> String {
        var out = "\n## Since the baseline\n\n"
        let changed = comparison.changes.compactMap { change in ReportWording.change(change).map { (change, $0) } }
        guard !changed.isEmpty else { return out + "No change since the baseline.\n" }
        out += "| Document | Language | Change |\n| --- | --- | --- |\n"
        for (change, text) in changed {
            let language = ReportWording.language(change.language, in: report)
            let cells = [MarkdownEscape.cell(change.document), MarkdownEscape.cell("\(language.name) (\(language.code))"), MarkdownEscape.cell(text)]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// The autonym, isolated (U+2068 … U+2069) when it is written right to left, so that it
    /// cannot reorder the cells or words around it.
    private func autonym(_ language: Language) -> String {
        let text = MarkdownEscape.cell(language.autonym)
        return language.direction == .rtl ? "\u{2068}\(text)\u{2069}" : text
    }

    /// A link to a file (at a line), or the wiki page's name as text.
    private func link(_ location: PageLocation, line: Int?) -> String {
        guard let path = location.path else { return MarkdownEscape.text(location.description) }
        let anchor = line.map { "#L\($0)" } ?? ""
        return MarkdownEscape.link(path + anchor, to: target(path) + anchor)
    }

    /// A local file's link destination: its path (relative to the workspace root, as in the
    /// report) from the report's folder. An absolute path stays as it is.
    private func target(_ path: String) -> String {
        MarkdownEscape.path(root.isEmpty || path.hasPrefix("/") ? path : root + "/" + path)
    }
}
