extension StatusEvaluator {
    /// The unit a file document (a slide deck) is counted as: the file is there or it is not.
    package static let fileUnit: UnitID = "file"

    /// Evaluates one language of a file document (slides on Commons). What matters is that the
    /// file exists; a translation whose page is older than the English one's latest revision is
    /// stale by inference (the English file was replaced or edited after it was made).
    package static func evaluateFile(page: PageState, source: PageState, document: String, language: LanguageCode) -> (TranslationStatus, [Finding]) {
        var counts = UnitCounts()
        counts.total = 1
        var findings = page.findings
        guard page.exists else {
            counts.missing = 1
            if page.findings.isEmpty {
                findings.append(
                    Finding(
                        check: StatusCheck.missingTranslation, severity: .warning, document: document, language: language, file: page.location.path,
                        message: "no \(language) version of '\(document)': \(page.location) does not exist"))
            }
            let units = [UnitStatus(id: fileUnit, state: .missing, provenance: .none)]
            return (TranslationStatus(document: document, language: language, location: page.location, state: .missing, counts: counts, units: units), findings)
        }
        var unit = UnitStatus(id: fileUnit, state: .current, provenance: .none)
        if let translated = page.revision, let english = source.revision {
            unit.evidence = UnitEvidence(translation: translated, source: english)
            unit.provenance = .inferred
            if translated.timestamp < english.timestamp {
                unit.state = .stale
                findings.append(
                    Finding(
                        check: StatusCheck.stale, severity: .warning, document: document, language: language, unit: fileUnit,
                        message: "\(page.location) (revision \(translated.id) of \(translated.timestamp)) is older than the English \(source.location) (revision \(english.id) of \(english.timestamp)); check whether it needs the English changes"))
            }
        }
        counts.add(unit.state)
        var status = TranslationStatus(
            document: document, language: language, location: page.location, state: unit.state == .stale ? .outdated : .complete, counts: counts,
            units: [unit])
        status.revision = page.revision
        return (status, findings)
    }
}
