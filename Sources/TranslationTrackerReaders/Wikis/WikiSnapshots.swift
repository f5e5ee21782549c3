import TranslationTracker

/// Turns the pages read from dumps into document snapshots, one per wiki place.
///
/// Places, in order: each `pages` entry whose wiki has a dump (the Meta-Wiki translatable page
/// and its `/{lang}` pages; the Commons files), then each wiki holding copies (a language's own
/// Wikipedia). A copy is compared with the English of the first `pages` entry whose dump has the
/// source page (with its history, for inference), or else with the local English file.
package struct WikiSnapshots: Sendable {
    package var pages: WikiPages
    package var manifest: Manifest

    package init(pages: WikiPages, manifest: Manifest) {
        self.pages = pages
        self.manifest = manifest
    }

    /// The snapshots of one document at every wiki place a dump covers, in place order.
    /// `localEnglish` is the English file, for copies when no dump has the English page.
    package func snapshots(of document: DocumentSpec, languages: [LanguageCode], localEnglish: PageState?) -> [DocumentSnapshot] {
        var result: [DocumentSnapshot] = []
        for entry in document.pages where pages.has(entry.wiki) {
            result.append(snapshot(of: document, entry: entry, languages: languages))
        }
        let copyWikis = manifest.wikis.map(\.id).filter { wiki in
            pages.has(wiki) && languages.contains { document.copies[$0]?.wiki == wiki }
        }
        guard !copyWikis.isEmpty else { return result }
        let english = dumpedEnglish(of: document) ?? localEnglish ?? .absent(.file(path: document.local?.source ?? ""))
        for wiki in copyWikis {
            var translations: [LanguageCode: PageState] = [:]
            for code in languages {
                guard let copy = document.copies[code], copy.wiki == wiki else { continue }
                translations[code] = Self.state(pages.page(copy.title, on: wiki), wiki: wiki, title: copy.title, kind: document.kind, document: document.id, language: code)
            }
            result.append(DocumentSnapshot(document: document, source: english, translations: translations))
        }
        return result
    }

    /// The document at one `pages` entry: its source page, and each language's translation page
    /// with, for a translatable page, Translate's unit pages: what the wiki's Translate reported
    /// when it was read live, else the unit pages of the dump (the English ones on the source).
    package func snapshot(of document: DocumentSpec, entry: WikiPageLocation, languages: [LanguageCode]) -> DocumentSnapshot {
        let wiki = entry.wiki
        var source = Self.state(
            pages.page(entry.source, on: wiki), wiki: wiki, title: entry.source, kind: document.kind, document: document.id, language: manifest.source)
        let translatable = entry.translatable && document.kind == .wikitext
        let report = translatable ? pages.report(of: entry.source, on: wiki) : nil
        if translatable {
            source.translateUnits = report.map(Self.englishUnits) ?? unitPages(of: entry.source, language: manifest.source, on: wiki)
        }
        var translations: [LanguageCode: PageState] = [:]
        for code in languages {
            let title = entry.translation.expanded(for: code)
            var state = Self.state(pages.page(title, on: wiki), wiki: wiki, title: title, kind: document.kind, document: document.id, language: code)
            if let report {
                state.translateUnits = Self.reportedUnits(report.messages[code] ?? [])
                state.translateStats = report.stats[code]
            } else if translatable {
                state.translateUnits = unitPages(of: entry.source, language: code, on: wiki)
            }
            translations[code] = state
        }
        return DocumentSnapshot(document: document, source: source, translations: translations)
    }

    /// One language's unit pages of a translatable page from the dump, by unit name.
    func unitPages(of source: String, language: LanguageCode, on wiki: String) -> [String: TranslateUnitPage] {
        var units: [String: TranslateUnitPage] = [:]
        for (name, page) in pages.unitPages(of: source, language: language, on: wiki) {
            guard let latest = page.latest else { continue }
            units[name] = TranslateUnitPage(
                unit: name, text: latest.text ?? "", revision: RevisionRef(id: latest.id, timestamp: latest.timestamp), history: Self.history(page))
        }
        return units
    }

    /// The translated units Translate listed for one language, with its state for each.
    static func reportedUnits(_ messages: [TranslateMessage]) -> [String: TranslateUnitPage] {
        var units: [String: TranslateUnitPage] = [:]
        for message in messages {
            guard let status = message.status else { continue }
            let revision = message.revision.flatMap { id in message.timestamp.map { RevisionRef(id: id, timestamp: $0) } }
            units[message.unit] = TranslateUnitPage(unit: message.unit, text: message.translation ?? "", revision: revision, reported: status)
        }
        return units
    }

    /// The English units Translate has, from the definitions it listed with any language, with
    /// the English unit page's revisions where they were read.
    static func englishUnits(_ report: TranslateReport) -> [String: TranslateUnitPage] {
        var units: [String: TranslateUnitPage] = [:]
        for messages in report.messages.values {
            for message in messages where units[message.unit] == nil {
                let revisions = (report.englishHistory?[message.unit] ?? []).map { WikiRevision(id: $0.id, timestamp: $0.timestamp) }
                units[message.unit] = TranslateUnitPage(
                    unit: message.unit, text: message.definition ?? "", revision: revisions.last?.ref,
                    history: PageHistory(revisions: revisions, complete: !revisions.isEmpty))
            }
        }
        return units
    }

    /// The English source page from the first dump that has it.
    package func dumpedEnglish(of document: DocumentSpec) -> PageState? {
        for entry in document.pages where pages.has(entry.wiki) {
            guard let page = pages.page(entry.source, on: entry.wiki) else { continue }
            return Self.state(page, wiki: entry.wiki, title: entry.source, kind: document.kind, document: document.id, language: manifest.source)
        }
        return nil
    }

    /// A page from a dump as a page state: its latest text split into units, its revision and
    /// its history. A page the dump does not have does not exist.
    package static func state(
        _ page: WikiPage?, wiki: String, title: String, kind: DocumentKind, document: String, language: LanguageCode
    ) -> PageState {
        let location = PageLocation.wiki(id: wiki, title: title)
        guard let page, let latest = page.latest else { return .absent(location) }
        var state = PageState(
            location: location, exists: true, revision: RevisionRef(id: latest.id, timestamp: latest.timestamp), history: history(page))
        guard kind == .wikitext else {
            state.content = .file
            return state
        }
        if let text = latest.text {
            state.document = WikitextDocument(text)
        } else {
            state.findings.append(
                Finding(
                    check: StatusCheck.input, severity: .error, document: document, language: language,
                    message: "\(location): the dump has no text for revision \(latest.id) (deleted or left out), so its units cannot be read"))
        }
        return state
    }

    /// A page's revisions, oldest first. The history is complete when it starts with a revision
    /// that has no parent (the page's creation): full-history dumps do, current-only ones do not.
    static func history(_ page: WikiPage) -> PageHistory {
        // Exports list revisions oldest first; sorting keeps that true for hand-made ones. In
        // order, the page's own array is shared, not copied.
        let revisions = page.revisions
        let ordered =
            zip(revisions, revisions.dropFirst()).allSatisfy { $0.timestamp <= $1.timestamp }
            ? revisions : revisions.enumerated().sorted { ($0.element.timestamp, $0.offset) < ($1.element.timestamp, $1.offset) }.map(\.element)
        let complete = ordered.first.map { ($0.parentID ?? 0) == 0 } ?? false
        // A folded history was folded in the export's order, which is time order in every dump.
        return PageHistory(revisions: ordered, complete: complete, digest: page.digest)
    }
}
