import TranslationTracker

/// Which of a language's translations the wikitext table and the worklists show, when a
/// document was read at several places (local files, Meta-Wiki, the language's own Wikipedia).
///
/// The document cell shows the translation where translators work on it: the document's first
/// wiki page (the translatable page's `/fr` subpage, the Commons file) when that was read, else
/// the local file. Copies on the languages' own wikis get the copies cell. Built once per
/// report, so a table of 300 languages does not search the report for every cell.
struct TranslationChoice {
    private struct Key: Hashable {
        var document: String
        var language: LanguageCode
    }

    private var byTranslation: [Key: [TranslationStatus]] = [:]
    private let findings: FindingIndex
    private var pages: [String: (wiki: String, pattern: PathPattern)] = [:]

    /// A copy of a document on a language's own wiki, and its status when it was read.
    struct Copy {
        var document: String
        var place: WikiPlace
        var status: TranslationStatus?
    }

    init(_ report: StatusReport, manifest: Manifest) {
        for status in report.translations {
            byTranslation[Key(document: status.document, language: status.language), default: []].append(status)
        }
        findings = FindingIndex(report)
        for document in manifest.documents {
            if let page = document.pages.first { pages[document.id] = (page.wiki, page.translation) }
        }
    }

    /// The translation the table shows for a document and language; nil when none was read.
    func status(document: String, language: LanguageCode) -> TranslationStatus? {
        let statuses = byTranslation[Key(document: document, language: language)] ?? []
        if let page = pages[document] {
            let title = Self.normalized(page.pattern.expanded(for: language))
            if let status = statuses.first(where: { Self.isAt($0.location, wiki: page.wiki, title: title) }) { return status }
        }
        return statuses.first { $0.location.path != nil } ?? statuses.first
    }

    /// The findings about one translation at its own place, in report order.
    func findings(_ status: TranslationStatus) -> [Finding] {
        findings.findings(document: status.document, language: status.language).filter { finding in
            switch status.location {
            case .file(let path): finding.wiki == nil && (finding.file == nil || finding.file == path)
            case .wiki(let wiki, let title): finding.wiki?.wiki == wiki && Self.normalized(finding.wiki?.title ?? "") == Self.normalized(title)
            }
        }
    }

    /// Every copy of a document on a language's own wiki, in manifest order, with its status.
    func copies(language: LanguageCode, manifest: Manifest) -> [Copy] {
        manifest.documents.compactMap { document in
            guard let copy = document.copies[language] else { return nil }
            let title = Self.normalized(copy.title)
            let status = byTranslation[Key(document: document.id, language: language)]?.first { Self.isAt($0.location, wiki: copy.wiki, title: title) }
            return Copy(document: document.id, place: WikiPlace(wiki: copy.wiki, title: copy.title, role: .copy), status: status)
        }
    }

    private static func isAt(_ location: PageLocation, wiki: String, title: String) -> Bool {
        if case .wiki(let id, let at) = location { return id == wiki && normalized(at) == title }
        return false
    }

    /// Titles compare as MediaWiki compares them: underscores are spaces.
    static func normalized(_ title: String) -> String {
        String(title.map { $0 == "_" ? " " : $0 })
    }
}
