extension StatusEvaluator {
    /// What the content checks of one translated deck need.
    package struct DeckChecks: Sendable {
        package var runner: CheckRunner
        package var english: CheckRunner.EnglishUnits
        package var language: Language
    }

    /// Evaluates one language of a local slide deck against the English deck. Each English slide
    /// is a unit (`slide-N`), matched to the translated slide with the same number.
    ///
    /// A slide is current when the deck's stamp record holds today's English slide fingerprint,
    /// stale when it holds another, unverified without one; slides beyond the translation's count
    /// are missing, slides beyond the English count extra, and a count that differs is a finding.
    /// With a PDF on either side there is no slide text to compare: the page count must match,
    /// and the deck as a whole is current only when its record holds today's English deck SHA-1.
    package static func evaluateDeck(
        page: PageState, source: PageState, document: String, language: LanguageCode, checks: DeckChecks? = nil
    ) -> (TranslationStatus, [Finding]) {
        let file = page.location.path
        var findings = page.findings
        var counts = UnitCounts()
        let english = source.deck
        let englishCount = english.map { $0.slides?.count ?? $0.pageCount } ?? 0
        counts.total = englishCount

        guard page.exists, let translation = page.deck else {
            if !page.exists {
                counts.missing = counts.total
                if page.findings.isEmpty {
                    findings.append(
                        Finding(
                            check: StatusCheck.missingTranslation, severity: .warning, document: document, language: language, file: file,
                            message: "no \(language) deck of '\(document)': \(page.location) does not exist"))
                }
                return (TranslationStatus(document: document, language: language, location: page.location, state: .missing, counts: counts, units: []), findings)
            }
            // The deck is there but could not be read: the reader's finding says why.
            var status = TranslationStatus(document: document, language: language, location: page.location, state: .incomplete, counts: counts, units: [])
            status.coverage = 0
            return (status, findings)
        }
        guard let english else {
            var status = TranslationStatus(document: document, language: language, location: page.location, state: .incomplete, counts: counts, units: [])
            status.coverage = 0
            return (status, findings)
        }
        let stamp = page.deckStamp
        let sidecar = file.map(DeckStamp.sidecarPath(of:)) ?? "its stamp record"
        let translatedCount = translation.slides?.count ?? translation.pageCount
        let noun = english.slides == nil || translation.slides == nil ? "pages" : "slides"
        let stampCommand = "transtrack stamp \(language) --document \(document)"

        if translatedCount != englishCount {
            findings.append(
                Finding(
                    check: StatusCheck.slideCount, severity: .warning, document: document, language: language, file: file,
                    message: "the deck has \(translatedCount) \(noun) and the English \(englishCount); add or remove \(noun) so that each one translates the English \(noun.dropLast()) with its number"))
        }

        // With a PDF on either side, one state for the whole deck, from the recorded SHA-1.
        let wholeDeck: (state: UnitState, provenance: ProvenanceKind)?
        if english.slides == nil || translation.slides == nil {
            if let recorded = stamp?.sourceSHA1 {
                wholeDeck = (recorded == english.sha1 ? .current : .stale, .recorded)
            } else {
                wholeDeck = (.unverified, .none)
            }
        } else {
            wholeDeck = nil
        }
        if stamp == nil {
            findings.append(
                Finding(
                    check: StatusCheck.unverified, severity: .info, document: document, language: language, file: file,
                    message: "the deck has no stamp record (\(sidecar)), so no slide's provenance is known; check it against the English, then run `\(stampCommand)`"))
        }

        var units: [UnitStatus] = []
        var staleSlides: [Int] = []
        for number in stride(from: 1, through: englishCount, by: 1) {
            let id = UnitID("slide-\(number)")
            let englishSlide = english.slides?[number - 1]
            let expected = englishSlide.map { Fingerprint(unitText: $0.text) }
            guard number <= translatedCount else {
                units.append(UnitStatus(id: id, state: .missing, provenance: .none, expected: expected?.hex))
                counts.add(.missing)
                findings.append(
                    Finding(
                        check: StatusCheck.missingUnit, severity: .warning, document: document, language: language, unit: id, file: file,
                        message: "slide \(number) is not translated: the deck stops at \(noun.dropLast()) \(translatedCount); add it, then run `\(stampCommand) --unit \(id)`"))
                continue
            }
            var state: UnitState
            var provenance: ProvenanceKind
            var recordedHex: String?
            if let wholeDeck {
                (state, provenance) = wholeDeck
            } else if let expected, let recorded = stamp?.recorded(id) {
                recordedHex = recorded.hex
                state = recorded.matches(expected) ? .current : .stale
                provenance = .recorded
            } else {
                (state, provenance) = (.unverified, .none)
                if stamp != nil {
                    findings.append(
                        Finding(
                            check: StatusCheck.unverified, severity: .info, document: document, language: language, unit: id, file: file,
                            message: "slide \(number) has no entry in \(sidecar); check it against the English, then run `\(stampCommand) --unit \(id)`"))
                }
            }
            counts.add(state)
            units.append(
                UnitStatus(id: id, state: state, provenance: provenance, recorded: recordedHex, expected: expected?.hex))
            if state == .stale {
                if wholeDeck == nil {
                    findings.append(
                        Finding(
                            check: StatusCheck.stale, severity: .error, document: document, language: language, unit: id, file: file,
                            message: "slide \(number) is stale: the English slide changed since it was translated (recorded \(recordedHex ?? "?"), English is now \(expected?.hex ?? "?")); update slide \(number), then run `\(stampCommand) --unit \(id)`"))
                } else {
                    staleSlides.append(number)
                }
            }
            if state != .stale, let checks, let englishSlide, let translated = translation.slides?[number - 1],
                let analysis = checks.english.analysis(englishSlide.unit)
            {
                findings += checks.runner.run(english: analysis, slide: translated, language: checks.language, document: document, file: file)
            }
        }
        if !staleSlides.isEmpty {
            findings.append(
                Finding(
                    check: StatusCheck.stale, severity: .error, document: document, language: language, file: file,
                    message: "the deck is stale: it was stamped against another English deck (SHA-1 \(stamp?.sourceSHA1 ?? "?"), the English is now \(english.sha1)); a \(translation.format == .pdf ? "PDF" : "deck compared with a PDF") is only tracked as a whole, so update it and run `\(stampCommand)`"))
        }
        if translatedCount > englishCount {
            for number in (englishCount + 1)...translatedCount {
                let id = UnitID("slide-\(number)")
                counts.add(.extra)
                units.append(UnitStatus(id: id, state: .extra, provenance: .none, recorded: stamp?.slides[id.rawValue]))
                findings.append(
                    Finding(
                        check: StatusCheck.extraUnit, severity: .warning, document: document, language: language, unit: id, file: file,
                        message: "\(noun.dropLast()) \(number) has no English counterpart (the English has \(englishCount)); remove it, or add it to the English first"))
            }
        }

        let state = DocumentState(existing: counts)
        return (TranslationStatus(document: document, language: language, location: page.location, state: state, counts: counts, units: units), findings)
    }
}
