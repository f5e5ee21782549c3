extension StatusEvaluator {
    /// Evaluates one language of a translatable page, trusting the Translate extension's own
    /// tracking: a unit page (`Translations:PAGE/UNIT/LANG`) is current, or stale when Translate
    /// marked it `!!FUZZY!!`; no unit page means missing. Without unit pages, the rendered
    /// `PAGE/LANG` page's wrappers say the same per unit (by position), or at least in number.
    ///
    /// With the English page's history, each translated unit also gets evidence: the unit page
    /// revision where its text last changed and the English revision current then.
    public static func evaluateTranslate(
        page: PageState, source english: FingerprintedSource?, document: String, language: LanguageCode, sourceLanguage: LanguageCode,
        inference: HistoryInference? = nil
    ) -> (TranslationStatus, [Finding]) {
        let unitPages = page.translateUnits ?? [:]
        let place = page.location.place
        var findings = page.findings
        var counts = UnitCounts()
        counts.total = english?.units.count ?? 0
        let ids = english?.units.map(\.id) ?? []
        let hasUnitPages = !unitPages.isEmpty

        guard hasUnitPages || page.exists else {
            counts.missing = counts.total
            findings.append(
                Finding(
                    check: StatusCheck.missingTranslation, severity: .warning, document: document, language: language,
                    message: "no \(language) translation of '\(document)' on \(place): \(page.location) does not exist and no unit page was found"))
            var status = TranslationStatus(document: document, language: language, location: page.location, state: .missing, counts: counts, units: [])
            status.translate = TranslateStats.fromUnitPages(english: ids, pages: [:])
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
            stats = TranslateStats.fromUnitPages(english: ids, pages: unitPages)
            for unit in english.units {
                let expected = english.hex(unit.id)
                guard let unitPage = unitPages[unit.id.rawValue] else {
                    units.append(UnitStatus(id: unit.id, state: .missing, provenance: .none, sourceLine: unit.line, expected: expected))
                    continue
                }
                var evidence: UnitEvidence?
                if let inference, let changed = HistoryInference.lastChange(HistoryInference.timeline(ofUnitPage: unitPage.history)) {
                    evidence = UnitEvidence(translation: changed, source: inference.englishRevision(at: changed.timestamp)?.ref)
                }
                units.append(
                    UnitStatus(
                        id: unit.id, state: unitPage.isFuzzy ? .stale : .current, provenance: .translate, sourceLine: unit.line,
                        expected: expected, evidence: evidence))
            }
        } else {
            let rendered = RenderedTranslationPage(bytes: page.document?.source.bytes ?? [], sourceLanguage: sourceLanguage)
            stats = TranslateStats.fromRenderedPage(englishUnits: english.units.count, page: rendered)
            if let aligned = rendered.aligned(with: ids) {
                let timelines = inference == nil ? [:] : HistoryInference.timelines(ofRendered: page.history, english: ids, sourceLanguage: sourceLanguage)
                for (unit, (_, found)) in zip(english.units, aligned) {
                    let state: UnitState = switch found.rendering {
                    case .translated: .current
                    case .fuzzy: .stale
                    case .untranslated: .missing
                    }
                    var evidence: UnitEvidence?
                    if state != .missing, let inference, let timeline = timelines[unit.id], let changed = HistoryInference.lastChange(timeline) {
                        evidence = UnitEvidence(translation: changed, source: inference.englishRevision(at: changed.timestamp)?.ref)
                    }
                    units.append(
                        UnitStatus(
                            id: unit.id, state: state, provenance: state == .missing ? .none : .translate, sourceLine: unit.line,
                            expected: english.hex(unit.id), evidence: evidence))
                }
            } else {
                counts.current = stats.translated
                counts.stale = stats.fuzzy
                counts.missing = counts.total - stats.translated - stats.fuzzy
                findings.append(
                    Finding(
                        check: StatusCheck.structure, severity: .info, document: document, language: language,
                        message: "\(page.location) has \(rendered.units.count) units where the English has \(english.units.count), so units are counted from Translate's wrappers, not told apart; the unit pages (Translations:…) in the dump would give each unit's state"))
                if stats.fuzzy > 0 {
                    findings.append(
                        Finding(
                            check: StatusCheck.stale, severity: .error, document: document, language: language,
                            message: "\(stats.fuzzy) of \(english.units.count) units are outdated on \(place): Translate marked them fuzzy after the English changed; update them with Special:Translate"))
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
                        message: "unit \(unit.id) is outdated on \(place): Translate marked its translation fuzzy after the English changed; update it with Special:Translate"))
            case .missing:
                findings.append(
                    Finding(
                        check: StatusCheck.missingUnit, severity: .warning, document: document, language: language, unit: unit.id,
                        message: "unit \(unit.id) is not translated on \(place); translate it with Special:Translate"))
            default:
                break
            }
        }
        let state = DocumentState(existing: counts)
        var status = TranslationStatus(document: document, language: language, location: page.location, state: state, counts: counts, units: units)
        status.revision = page.revision
        status.translate = stats
        return (status, Finding.sorted(findings))
    }
}
