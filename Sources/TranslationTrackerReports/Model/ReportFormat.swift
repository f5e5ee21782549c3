/// Every format `transtrack report` writes, and where each goes under `reports/`.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// The table `transtrack status` prints.
    case terminal
    /// The report model as JSON.
    case json
    /// Markdown, for a README or a pull request.
    case markdown
    /// The wikitext table published on Meta-Wiki.
    case wikitext
    /// One self-contained HTML page.
    case html
    /// JUnit XML, for CI test reports.
    case junit
    /// SARIF 2.1.0, for code scanning.
    case sarif
    /// GitHub Actions workflow commands (annotations).
    case github
    /// SVG coverage badges.
    case badges

    /// The file name under `reports/` (badges are a folder of SVG files).
    public var fileName: String {
        switch self {
        case .terminal: "status.txt"
        case .json: "status.json"
        case .markdown: "status.md"
        case .wikitext: "status.wiki"
        case .html: "status.html"
        case .junit: "status.junit.xml"
        case .sarif: "status.sarif"
        case .github: "status.github.txt"
        case .badges: "badges"
        }
    }
}
