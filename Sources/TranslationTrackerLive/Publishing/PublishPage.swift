import TranslationTracker
import TranslationTrackerReports

/// One page `publish` writes: the coverage table, or one language's worklist.
package struct PublishPage: Sendable, Hashable {
    package var target: PublishTarget
    /// The marked block (``WikitextBlock``) that goes on the page.
    package var block: String
    /// The edit summary.
    package var summary: String
    /// Whether a missing page is created (always for worklists, which are ours alone; for the
    /// table only with `--create`, since a table page usually has an introduction written by people).
    package var create: Bool
    /// The worklist's language; nil for the table.
    package var language: LanguageCode?

    package init(target: PublishTarget, block: String, summary: String, create: Bool, language: LanguageCode? = nil) {
        self.target = target
        self.block = block
        self.summary = summary
        self.create = create
        self.language = language
    }

    /// Every page of one publish: when `worklists` is given, the worklist of each language the
    /// report tracks, in manifest order, on the table's wiki; then the table. Worklists go first
    /// so that the table's links to them are blue when the wiki renders it (MediaWiki colours a
    /// link when it renders the page that holds it), and a publish that fails halfway leaves
    /// the table as it was.
    package static func plan(
        _ report: StatusReport, context: RenderContext, table: PublishTarget, worklists: PathPattern?, english: EnglishUnits, createTable: Bool
    ) -> [PublishPage] {
        let block = WikitextRenderer(home: table.wiki, worklists: worklists).render(report, context: context)
        let tablePage = PublishPage(target: table, block: block, summary: PublishSummary.text(report.totals), create: createTable)
        guard let worklists else { return [tablePage] }
        var pages: [PublishPage] = []
        for page in WorklistRenderer(home: table.wiki, table: table.title).pages(report, context: context, english: english) {
            pages.append(PublishPage(
                target: PublishTarget(wiki: table.wiki, title: worklists.expanded(for: page.language)), block: page.text,
                summary: "\(ToolInfo.name) \(ToolInfo.version): worklist for \(page.language): \(page.todo)", create: true, language: page.language))
        }
        return pages + [tablePage]
    }
}
