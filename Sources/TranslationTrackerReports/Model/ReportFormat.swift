/// Every format `transtrack report` writes, and where each goes under `reports/`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case terminal
    case json
    case markdown
    case wikitext
    case html
    case junit
    case sarif
    case github
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
