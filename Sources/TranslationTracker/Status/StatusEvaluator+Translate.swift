extension StatusEvaluator {
    /// Evaluates one language of a translatable page as the Translate extension keeps it.
    ///
    /// The units are Translate's: the English page's marked units that Translate has a
    /// definition for (`englishUnitPages`, when known), and the page title
    /// (`Page display title`) when Translate translates it, first as Translate lists it. Per unit:
    /// no unit page (`Translations:PAGE/UNIT/LANG`) is missing; a unit page read live carries
    /// Translate's own tag (fuzzy is stale, translated or proofread current, provenance
    /// `translate`); one read from a dump is inferred by ``TranslateInference`` (provenance
    /// `translate-inferred`). Without any unit pages, the rendered `PAGE/LANG` page's wrappers say
    /// the same per unit (by position), or at least in number.
    ///
    /// The numbers in ``TranslationStatus/translate`` are Translate's own when the wiki gave them
    /// (`page.translateStats`), else counted from the units; when the wiki's numbers and the units
    /// disagree, a `translate-mismatch` warning names the units, so a wrong inference never hides.
    ///
    /// With `checks`, the content checks run on every current unit (the title aside), the
    /// translation against the English Translate has for it (its definition, variables as `$name`).
    package static func evaluateTranslate(
        page: PageState, source english: FingerprintedSource?, englishUnitPages: [String: TranslateUnitPage]? = nil, document: String,
        language: LanguageCode, sourceLanguage: LanguageCode, checks: ContentChecks? = nil, inference: HistoryInference? = nil
    ) -> (TranslationStatus, [Finding]) {
        let unitPages = page.translateUnits ?? [:]
        let place = page.location.place
        var findings = page.findings
        var counts = UnitCounts()
        let pageIDs = translateUnitIDs(english: english, englishUnitPages: englishUnitPages)
        let title = UnitID(TranslateTitles.displayTitleUnit)
        let hasTitle = englishUnitPages?[title.rawValue] != nil || unitPages[title.rawValue] != nil
            || page.translateStats.map { $0.includesTitle && $0.total == pageIDs.count + 1 } ?? false
        let ids = (hasTitle ? [title] : []) + pageIDs
        counts.total = ids.count
        let hasUnitPages = !unitPages.isEmpty

        guard hasUnitPages || page.exists else {
            counts.missing = counts.total
            findings.append(
                Finding(
                    check: StatusCheck.missingTranslation, severity: .warning, document: document, language: language,
                    message: "no \(language) translation of '\(document)' on \(place): \(page.location) does not exist and no unit page was found"))
            var status = TranslationStatus(document: document, language: language, location: page.location, state: .missing, counts: counts, units: [])
            let counted = TranslateStats(total: ids.count, translated: 0, fuzzy: 0, proofread: page.translateStats?.proofread.map { _ in 0 }, basis: .unitPages, includesTitle: hasTitle)
            status.translate = page.translateStats ?? counted
            findings += mismatch(page.translateStats, counted: counted, units: [], document: document, language: language, place: place)
            return (status, findings)
        }
        guard let english else {
            var status = TranslationStatus(document: document, language: language, location: page.location, state: .incomplete, counts: counts, units: [])
            status.coverage = 0
            status.revision = page.revision
            return (status, findings)
        }

        var units: [UnitStatus] = []
        var stats: TranslateStats
        if hasUnitPages {
            let rendered = page.exists ? renderedUnits(page, english: pageIDs, sourceLanguage: sourceLanguage) : [:]
            let sourceLines = Dictionary(english.units.map { ($0.id, $0.line) }, uniquingKeysWith: { first, _ in first })
            var proofread = 0
            var reportedAny = false
            for id in ids {
                let expected = english.hex(id)
                guard let unitPage = unitPages[id.rawValue] else {
                    units.append(UnitStatus(id: id, state: .missing, provenance: .none, sourceLine: sourceLines[id], expected: expected))
                    continue
                }
                let englishPage = englishUnitPages?[id.rawValue]
                let unit: UnitStatus
                if let reported = unitPage.reported {
                    reportedAny = true
                    if reported == .proofread { proofread += 1 }
                    // Translate's own state; the revisions behind it when the wiki gave them.
                    let then = englishPage.flatMap { TranslateInference.englishThen(translation: unitPage, english: $0)?.ref }
                    let evidence = unitPage.revision.map { UnitEvidence(translation: $0, source: then) }
                    unit = UnitStatus(
                        id: id, state: reported == .fuzzy ? .stale : .current, provenance: .translate, sourceLine: sourceLines[id],
                        expected: expected, evidence: evidence)
                } else {
                    let decision = TranslateInference.decide(
                        translation: unitPage, english: englishPage, rendered: rendered[id], renderedRevision: page.revision)
                    unit = UnitStatus(
                        id: id, state: decision.state, provenance: .translateInferred, sourceLine: sourceLines[id], expected: expected,
                        evidence: decision.evidence)
                }
                units.append(unit)
                if unit.state == .current, id != title, let checks {
                    findings += contentFindings(
                        unitPage, id: id, english: english, englishPage: englishPage, checks: checks, document: document, sourceLanguage: sourceLanguage)
                }
            }
            stats = TranslateStats.counting(units, includesTitle: hasTitle, proofread: reportedAny ? proofread : nil)
        } else {
            let rendered = RenderedTranslationPage(bytes: page.document?.source.bytes ?? [], sourceLanguage: sourceLanguage)
            stats = TranslateStats.fromRenderedPage(englishUnits: pageIDs.count, page: rendered)
            counts.total = pageIDs.count
            if let aligned = rendered.aligned(with: pageIDs) {
                let timelines = inference == nil ? [:] : HistoryInference.timelines(ofRendered: page.history, english: pageIDs, sourceLanguage: sourceLanguage)
                let sourceLines = Dictionary(english.units.map { ($0.id, $0.line) }, uniquingKeysWith: { first, _ in first })
                for (id, found) in aligned {
                    let state: UnitState = switch found.rendering {
                    case .translated: .current
                    case .fuzzy: .stale
                    case .untranslated: .missing
                    }
                    var evidence: UnitEvidence?
                    if state != .missing, let inference, let timeline = timelines[id], let changed = HistoryInference.lastChange(timeline) {
                        evidence = UnitEvidence(
                            translation: changed, source: inference.englishRevision(at: changed.timestamp)?.ref, signal: .renderedPage)
                    }
                    units.append(
                        UnitStatus(
                            id: id, state: state, provenance: state == .missing ? .none : .translateInferred, sourceLine: sourceLines[id],
                            expected: english.hex(id), evidence: evidence))
                }
            } else {
                counts.current = stats.translated
                counts.stale = stats.fuzzy
                counts.missing = counts.total - stats.translated - stats.fuzzy
                findings.append(
                    Finding(
                        check: StatusCheck.structure, severity: .info, document: document, language: language,
                        message: "\(page.location) has \(rendered.units.count) units where the English has \(pageIDs.count), so units are counted from Translate's wrappers, not told apart; the unit pages (Translations:…) in the dump would give each unit's state"))
                if stats.fuzzy > 0 {
                    findings.append(
                        Finding(
                            check: StatusCheck.stale, severity: .error, document: document, language: language,
                            message: "\(stats.fuzzy) of \(pageIDs.count) units are outdated on \(place): Translate marked them fuzzy after the English changed; update them with Special:Translate"))
                }
            }
        }
        for unit in units {
            counts.add(unit.state)
            switch unit.state {
            case .stale:
                findings.append(
                    Finding(
                        check: StatusCheck.stale, severity: .error, document: document, language: language, unit: unit.id,
                        message: "unit \(unit.id) is outdated on \(place): Translate marks its translation outdated (fuzzy); update it with Special:Translate"))
            case .missing:
                findings.append(
                    Finding(
                        check: StatusCheck.missingUnit, severity: .warning, document: document, language: language, unit: unit.id,
                        message: "unit \(unit.id) is not translated on \(place); translate it with Special:Translate"))
            default:
                break
            }
        }
        findings += mismatch(page.translateStats, counted: stats, units: units, document: document, language: language, place: place)
        let state = DocumentState(existing: counts)
        var status = TranslationStatus(document: document, language: language, location: page.location, state: state, counts: counts, units: units)
        status.revision = page.revision
        status.translate = page.translateStats ?? stats
        return (status, Finding.sorted(findings))
    }

    /// The page's own units that Translate has: the English page's units, only those with an
    /// English unit page when those are known (a unit added since the last marking is not
    /// translatable yet).
    static func translateUnitIDs(english: FingerprintedSource?, englishUnitPages: [String: TranslateUnitPage]?) -> [UnitID] {
        let ids = english?.units.map(\.id) ?? []
        guard let englishUnitPages, !englishUnitPages.isEmpty else { return ids }
        return ids.filter { englishUnitPages[$0.rawValue] != nil }
    }

    /// How the rendered page shows each unit, by position; empty when its units do not line up.
    static func renderedUnits(_ page: PageState, english: [UnitID], sourceLanguage: LanguageCode) -> [UnitID: RenderedTranslationPage.Rendering] {
        guard let bytes = page.document?.source.bytes,
            let aligned = RenderedTranslationPage(bytes: bytes, sourceLanguage: sourceLanguage).aligned(with: english)
        else { return [:] }
        return Dictionary(aligned.map { ($0.id, $0.unit.rendering) }, uniquingKeysWith: { first, _ in first })
    }

    /// The content checks of one current Translate unit, against the English Translate has for
    /// it. Findings point at the wiki page, not at a line of the unit page.
    static func contentFindings(
        _ unitPage: TranslateUnitPage, id: UnitID, english: FingerprintedSource, englishPage: TranslateUnitPage?, checks: ContentChecks,
        document: String, sourceLanguage: LanguageCode
    ) -> [Finding] {
        guard let kind = english.units.first(where: { $0.id == id })?.kind else { return [] }
        let analysis = englishPage.map { UnitAnalysis($0.text, language: sourceLanguage) } ?? checks.english.analysis(id)
        guard let analysis else { return [] }
        let translated = TranslationUnit.standalone(id: id, kind: kind, text: unitPage.translation)
        return checks.runner.run(english: analysis, translated: translated, language: checks.language, document: document, file: nil).map {
            var finding = $0
            finding.line = nil
            finding.column = nil
            return finding
        }
    }

    /// A `translate-mismatch` warning when the wiki's own numbers differ from the units' states.
    static func mismatch(
        _ reported: TranslateStats?, counted: TranslateStats, units: [UnitStatus], document: String, language: LanguageCode, place: String
    ) -> [Finding] {
        guard let reported else { return [] }
        var differences: [String] = []
        if reported.translated != counted.translated { differences.append("\(reported.translated) translated where the units give \(counted.translated)") }
        if reported.fuzzy != counted.fuzzy { differences.append("\(reported.fuzzy) fuzzy where the units give \(counted.fuzzy)") }
        if let wiki = reported.proofread, let ours = counted.proofread, wiki != ours {
            differences.append("\(wiki) proofread where the units give \(ours)")
        }
        guard !differences.isEmpty else { return [] }
        func names(_ state: UnitState) -> String {
            let ids = units.filter { $0.state == state }.map(\.id.rawValue)
            return ids.isEmpty ? "none" : ids.joined(separator: ", ")
        }
        return [
            Finding(
                check: StatusCheck.translateMismatch, severity: .warning, document: document, language: language,
                message: "Translate's statistics on \(place) count \(differences.joined(separator: " and ")): current units \(names(.current)); stale units \(names(.stale)); missing units \(names(.missing)). Its statistics may not be rebuilt yet (run the wiki's job queue), or a unit state was read wrongly: compare with Special:Translate")
        ]
    }
}
