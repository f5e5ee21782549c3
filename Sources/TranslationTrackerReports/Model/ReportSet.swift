import TranslationTracker

/// Renders any format; the single place that knows every renderer.
public enum ReportSet {
    /// One format as text (badges: not a single text; use ``files(_:context:)``).
    public static func render(_ format: ReportFormat, _ report: StatusReport, context: RenderContext) -> String {
        switch format {
        case .terminal: TerminalRenderer(style: context.style).render(report, comparison: context.comparison)
        case .json: String(decoding: StatusReportJSON().bytes(report), as: UTF8.self)
        case .markdown: MarkdownRenderer().render(report, context: context)
        case .wikitext: WikitextRenderer().render(report, context: context)
        case .html: HTMLRenderer().render(report, context: context)
        case .junit: JUnitRenderer().render(report, context: context)
        case .sarif: SARIFRenderer().render(report, context: context)
        case .github: GitHubRenderer().render(report, context: context)
        case .badges: BadgeRenderer().render(report, context: context).map { "\($0.name)\n\($0.svg)" }.joined(separator: "\n")
        }
    }

    /// Every report file under `reports/`, by path relative to it.
    public static func files(_ report: StatusReport, context: RenderContext) -> [(path: String, text: String)] {
        var plain = context
        plain.style = .plain
        var files: [(String, String)] = []
        for format in ReportFormat.allCases where format != .badges {
            files.append((format.fileName, render(format, report, context: plain)))
        }
        for badge in BadgeRenderer().render(report, context: plain) {
            files.append(("\(ReportFormat.badges.fileName)/\(badge.name)", badge.svg))
        }
        return files
    }
}
