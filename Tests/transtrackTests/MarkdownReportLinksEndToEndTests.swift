import Foundation
import Testing

/// Links in a Markdown report lead from the folder it is written in, so that a code host showing
/// `reports/status.md` resolves them.
@Suite("Markdown report links")
struct MarkdownReportLinksEndToEndTests {
    /// Link destinations that are not web addresses, without their `#L22` anchors.
    static func localTargets(_ markdown: String) -> [String] {
        markdown.matches(of: /\]\(([^)]*)\)/).map { String($0.output.1) }
            .filter { !$0.hasPrefix("https:") && !$0.hasPrefix("http:") }
            .map { String($0.split(separator: "#", maxSplits: 1).first ?? "") }
    }

    /// Where each local link leads from `folder`, relative to the workspace `root` ("…" when
    /// outside it).
    static func resolved(_ markdown: String, from folder: String, root: String) -> [String] {
        localTargets(markdown).map { target in
            let path = URL(fileURLWithPath: folder).appendingPathComponent(target.removingPercentEncoding ?? target).standardizedFileURL.path
            return path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : "…" + path
        }
    }

    /// The dataset's translations that do not exist: the report links where they belong.
    static let absent: Set<String> = [
        "locales/ja/summary.wiki", "locales/zh/slides.odp", "locales/uk/slides.odp", "locales/id/slides.odp", "locales/sw/slides.odp",
    ]

    /// Every local link of a report written in `folder` leads to the dataset's files, and
    /// those that do not exist are the absent translations.
    static func expectResolves(_ markdown: String, from folder: String, root: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let paths = resolved(markdown, from: folder, root: root)
        #expect(paths.count > 20, sourceLocation: sourceLocation)
        #expect(paths.allSatisfy { $0.hasPrefix("locales/") }, "\(paths.filter { !$0.hasPrefix("locales/") })", sourceLocation: sourceLocation)
        let missing = Set(paths.filter { !FileManager.default.fileExists(atPath: root + "/" + $0) })
        #expect(missing == absent, sourceLocation: sourceLocation)
    }

    @Test("reports/status.md links to ../locales/…, and every link resolves")
    func reportsFolder() throws {
        let workspace = try TempWorkspace.dataset()
        let update = try workspace.run("report", "--update")
        #expect(update.status == 0, "\(update.stderr)")
        let report = try workspace.read("reports/status.md")
        let lines = report.split(separator: "\n").map(String.init)
        #expect(lines.contains("Source (English, en): [locales/en/summary.wiki](../locales/en/summary.wiki), 15 units."))
        #expect(
            lines.contains(
                "- unit 7: [locales/fr/summary.wiki#L22](../locales/fr/summary.wiki#L22), English: [locales/en/summary.wiki#L23](../locales/en/summary.wiki#L23)"))
        #expect(lines.contains { $0.contains("[locales/fr/summary.wiki:22](../locales/fr/summary.wiki#L22)") }, "findings link the same way")
        #expect(Self.localTargets(report).allSatisfy { $0.hasPrefix("../locales/") })
        Self.expectResolves(report, from: workspace.path("reports"), root: workspace.root)
        #expect(try workspace.run("report", "--check").status == 0)
    }

    @Test("--output links from the output's folder; standard output from the workspace root")
    func outputFolders() throws {
        let workspace = try TempWorkspace.dataset()
        let deep = try workspace.run("report", "--format", "markdown", "--output", "out/deep/status.md")
        #expect(deep.status == 0, "\(deep.stderr)")
        let nested = try workspace.read("out/deep/status.md")
        #expect(nested.contains("[locales/fr/summary.wiki#L22](../../locales/fr/summary.wiki#L22)"))
        Self.expectResolves(nested, from: workspace.path("out/deep"), root: workspace.root)

        // One timestamp for both, so that they may be compared whole.
        let epoch = ["SOURCE_DATE_EPOCH": "1764230834"]
        let root = try workspace.run("report", "--format", "markdown", "--output", "status.md", environment: epoch)
        #expect(root.status == 0, "\(root.stderr)")
        let beside = try workspace.read("status.md")
        #expect(beside.contains("[locales/fr/summary.wiki#L22](locales/fr/summary.wiki#L22)"))
        Self.expectResolves(beside, from: workspace.root, root: workspace.root)

        let printed = try workspace.run("report", "--format", "markdown", environment: epoch)
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout == beside, "printed, the links are relative to the workspace root")

        // Outside the workspace: back up to it by name.
        let outside = "../\(URL(fileURLWithPath: workspace.root).lastPathComponent)-report"
        defer { try? FileManager.default.removeItem(atPath: workspace.path(outside)) }
        #expect(try workspace.run("report", "--format", "markdown", "--output", outside + "/status.md").status == 0)
        let away = try workspace.read(outside + "/status.md")
        let name = URL(fileURLWithPath: workspace.root).lastPathComponent
        #expect(away.contains("[locales/fr/summary.wiki#L22](../\(name)/locales/fr/summary.wiki#L22)"))
        Self.expectResolves(away, from: workspace.path(outside), root: workspace.root)
    }
}
