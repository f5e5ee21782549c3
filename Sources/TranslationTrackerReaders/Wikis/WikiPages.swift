import TranslationTracker

/// The pages read from the dumps, by wiki and normalized title, ready to become page states.
///
/// Each dump is read once, with one filter built from ``WikiTitles``: only the pages the
/// manifest's documents need are kept, every revision of them when the dump has history.
package struct WikiPages: Sendable {
    /// Wiki id → normalized title → page.
    private var pages: [String: [String: WikiPage]] = [:]
    /// Wiki id → normalized translatable page → language → unit name → unit page.
    private var unitPages: [String: [String: [LanguageCode: [String: WikiPage]]]] = [:]
    /// Wiki id → normalized translatable page → what the Translate extension reported (live only).
    private var reported: [String: [String: TranslateReport]] = [:]
    /// Warnings about the dumps themselves (an unknown schema version), one finding per dump.
    package private(set) var findings: [Finding] = []

    package init() {}

    /// Reads each dump once, keeping the pages `titles` wants; with `folding`, a page's long
    /// history is folded as it is read rather than kept text by text (``HistoryFolding``).
    package static func read(_ dumps: [WikiDump], titles: WikiTitles, folding: HistoryFolding? = nil) throws(WikiDumpError) -> WikiPages {
        var result = WikiPages()
        for dump in dumps {
            let export: Export
            do {
                export = try DumpFile.read(
                    path: dump.path, wants: titles.filter(for: dump.wiki), history: true,
                    options: DumpReadOptions(folding: folding, index: dump.index.map { DumpIndex(path: $0, given: true) } ?? DumpIndex.beside(dump.path)))
            } catch {
                throw .dump(error)
            }
            if let warning = export.schemaWarning {
                result.findings.append(Finding(check: StatusCheck.input, severity: .warning, file: dump.path, message: warning))
            }
            result.add(export, wiki: dump.wiki, titles: titles)
        }
        return result
    }

    /// Files an export's pages under `wiki`: unit pages of translatable pages apart.
    package mutating func add(_ export: Export, wiki: String, titles: WikiTitles) {
        var byTitle = pages[wiki] ?? [:]
        let translatable = titles.unitPages(on: wiki)
        for page in export.pages {
            let title = WikiTitle.normalized(page.title)
            if let owner = translatable.first(where: { title.hasPrefix($0.prefix) }),
                let parsed = TranslateTitles.parse(title, source: owner.source)
            {
                unitPages[wiki, default: [:]][WikiTitle.normalized(owner.source), default: [:]][parsed.language, default: [:]][parsed.unit] = page
            } else {
                byTitle[title] = page
            }
        }
        pages[wiki] = byTitle
    }

    /// Files what the Translate extension on `wiki` said of a translatable page.
    package mutating func add(_ report: TranslateReport, source: String, wiki: String) {
        reported[wiki, default: [:]][WikiTitle.normalized(source)] = report
    }

    /// What the Translate extension on `wiki` said of a translatable page, when it was asked.
    package func report(of source: String, on wiki: String) -> TranslateReport? { reported[wiki]?[WikiTitle.normalized(source)] }

    /// Whether a dump of this wiki was read.
    package func has(_ wiki: String) -> Bool { pages[wiki] != nil }

    /// The page with this title, if the dump of `wiki` has it.
    package func page(_ title: String, on wiki: String) -> WikiPage? { pages[wiki]?[WikiTitle.normalized(title)] }

    /// One language's unit pages of a translatable page, by unit name.
    package func unitPages(of source: String, language: LanguageCode, on wiki: String) -> [String: WikiPage] {
        unitPages[wiki]?[WikiTitle.normalized(source)]?[language] ?? [:]
    }
}

/// What the Translate extension on a wiki said of one translatable page: its numbers per
/// language (`meta=messagegroupstats`) and, for each language with a translation, every unit
/// with its state (`list=messagecollection`). A language with no entry in `messages` has no
/// translation at all. For the units outdated in some language, `englishHistory` has the
/// revisions of their English unit page, so a finding can link the English diff.
package struct TranslateReport: Sendable, Codable, Hashable {
    package var stats: [LanguageCode: TranslateStats]
    package var messages: [LanguageCode: [TranslateMessage]]
    /// Unit → revisions of `Translations:PAGE/UNIT/en`, oldest first.
    package var englishHistory: [String: [RevisionRef]]?

    package init(
        stats: [LanguageCode: TranslateStats] = [:], messages: [LanguageCode: [TranslateMessage]] = [:], englishHistory: [String: [RevisionRef]]? = nil
    ) {
        self.stats = stats
        self.messages = messages
        self.englishHistory = englishHistory
    }
}
