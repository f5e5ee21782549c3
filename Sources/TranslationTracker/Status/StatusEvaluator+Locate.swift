extension StatusEvaluator {
    /// Says where on a wiki each finding about a wiki page points (``WikiLocation``): the page and
    /// the revision read, its permanent URL and, for a stale unit, the English diff from the
    /// revision it was translated from to today's, and how many English edits it is behind.
    ///
    /// The English of a Translate unit is its English unit page (`Translations:PAGE/UNIT/en`);
    /// of any other page, the English page of the place (for a copy, the page it is compared
    /// with, which may be on another wiki, or a local file: then there is no diff to link).
    /// Findings about local files are returned as they are.
    static func locate(_ findings: [Finding], page: PageState, status: TranslationStatus?, source: PageState, manifest: Manifest) -> [Finding] {
        guard case .wiki(let wikiID, let title) = page.location, findings.contains(where: { $0.file == nil }) else { return findings }
        let wiki = manifest.wikis.first { $0.id == wikiID }
        let revision = page.revision?.id
        let url = revision.flatMap { wiki?.permanentURL(title: title, revision: $0) }
        let units = Dictionary((status?.units ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return findings.map { finding in
            guard finding.file == nil else { return finding }
            var located = finding
            var location = WikiLocation(wiki: wikiID, title: title, revision: revision, url: url)
            if finding.check == StatusCheck.stale, let id = finding.unit, let then = units[id]?.evidence?.source {
                let (history, englishWiki) = englishHistory(of: id, translate: page.translateUnits != nil, source: source, manifest: manifest)
                if let latest = history.last, then < latest {
                    location.englishDiff = englishWiki?.diffURL(from: then.id, to: latest.id)
                    location.englishEditsBehind = history.filter { then < $0 }.count
                }
            }
            located.wiki = location
            return located
        }
    }

    /// The revisions of the English a unit is compared with, oldest first, and the wiki they are on.
    static func englishHistory(of id: UnitID, translate: Bool, source: PageState, manifest: Manifest) -> ([RevisionRef], Wiki?) {
        guard case .wiki(let wikiID, _) = source.location else { return ([], nil) }
        let wiki = manifest.wikis.first { $0.id == wikiID }
        if translate {
            guard let page = source.translateUnits?[id.rawValue] else { return ([], wiki) }
            let refs = page.history.revisions.map(\.ref)
            return (refs.isEmpty ? [page.revision].compactMap { $0 } : refs, wiki)
        }
        return (source.history.revisions.map(\.ref), wiki)
    }
}
