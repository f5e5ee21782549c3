/// Turns page states into a ``StatusReport``: per unit current, stale, missing, extra or
/// unverified; per translation complete, outdated, incomplete or missing; and the findings.
///
/// Pure: the same snapshot always gives the same report. Translations are evaluated in
/// parallel, since each depends only on its own page and the English one.
public struct StatusEvaluator: Sendable {
    public init() {}

    public func evaluate(_ snapshot: Snapshot, manifest: Manifest) -> StatusReport {
        var documents: [DocumentStatus] = []
        var findings = snapshot.findings
        let targets = manifest.targets

        for documentSnapshot in snapshot.documents {
            let spec = documentSnapshot.document
            let source = documentSnapshot.source
            findings += source.findings
            let sourceDocument = source.document
            if let sourceDocument {
                findings += Self.structureFindings(sourceDocument, document: spec.id, language: manifest.source, file: source.location.path)
            }
            let languages = targets.map(\.code).filter { documentSnapshot.translations[$0] != nil }
            let results = Parallel.map(languages) { code -> (TranslationStatus, [Finding]) in
                let page = documentSnapshot.translations[code]!
                return Self.evaluate(page: page, source: sourceDocument, document: spec.id, language: code)
            }
            var statuses: [TranslationStatus] = []
            for (status, translationFindings) in results {
                statuses.append(status)
                findings += translationFindings
            }
            documents.append(
                DocumentStatus(
                    id: spec.id, name: spec.name, kind: spec.kind,
                    source: SourceStatus(location: source.location, exists: source.exists, units: sourceDocument?.units.count ?? 0),
                    translations: statuses))
        }
        findings.sort(by: Finding.ordered)
        return StatusReport(
            project: manifest.project?.name, sourceLanguage: manifest.source, languages: targets,
            documents: documents, untracked: snapshot.untracked, findings: findings)
    }

    /// Evaluates one translation page against the English document.
    public static func evaluate(
        page: PageState, source: WikitextDocument?, document: String, language: LanguageCode
    ) -> (TranslationStatus, [Finding]) {
        let file = page.location.path
        var findings = page.findings
        var counts = UnitCounts()
        counts.total = source?.units.count ?? 0

        guard page.exists, let translation = page.document else {
            counts.missing = counts.total
            if page.findings.isEmpty {
                findings.append(
                    Finding(
                        check: StatusCheck.missingTranslation, severity: .warning, document: document, language: language,
                        file: file, message: "no \(language) translation of '\(document)': \(page.location) does not exist"))
            }
            let status = TranslationStatus(document: document, language: language, location: page.location, state: .missing, counts: counts, units: [])
            return (status, findings)
        }
        findings += structureFindings(translation, document: document, language: language, file: file)
        guard let source else {
            // Without the English nothing can be verified; coverage 0 keeps coverage gates honest.
            var status = TranslationStatus(document: document, language: language, location: page.location, state: .incomplete, counts: counts, units: [])
            status.coverage = 0
            return (status, findings)
        }

        let matched = UnitMatcher.match(source: source, translation: translation)
        var byID: [UnitID: Unit] = [:]
        byID.reserveCapacity(matched.units.count)
        for unit in matched.units where byID[unit.id] == nil { byID[unit.id] = unit }

        var units: [UnitStatus] = []
        units.reserveCapacity(source.units.count)
        var previousLine = 1
        var seen = Set<UnitID>()
        for english in source.units where seen.insert(english.id).inserted {
            let expected = english.fingerprint
            guard let translated = byID[english.id] else {
                units.append(UnitStatus(id: english.id, state: .missing, provenance: .none, sourceLine: english.line, expected: expected.hex))
                counts.add(.missing)
                findings.append(
                    Finding(
                        check: StatusCheck.missingUnit, severity: .warning, document: document, language: language, unit: english.id,
                        file: file, line: previousLine,
                        message: "unit \(english.id) is not translated; translate it after this line and mark it <!--T:\(english.id)-->"))
                continue
            }
            previousLine = translated.endLine
            let state: UnitState
            let provenance: ProvenanceKind
            if let recorded = translated.recorded {
                state = recorded.matches(expected) ? .current : .stale
                provenance = .recorded
            } else {
                state = .unverified
                provenance = .none
            }
            counts.add(state)
            units.append(
                UnitStatus(
                    id: english.id, state: state, provenance: provenance, line: translated.line, sourceLine: english.line,
                    recorded: translated.recorded?.hex, expected: expected.hex))
            switch state {
            case .stale:
                findings.append(
                    Finding(
                        check: StatusCheck.stale, severity: .error, document: document, language: language, unit: english.id,
                        file: file, line: translated.line,
                        message: "unit \(english.id) is stale: the English changed since it was translated (src=\(translated.recorded!.hex), English is now \(expected.hex)); update it (see `transtrack diff \(language) \(english.id)`), then run `transtrack stamp \(language) --unit \(english.id)`"))
            case .unverified:
                let how = matched.byPosition ? "the translation has no unit markers, so it was matched by position" : "its marker has no src="
                findings.append(
                    Finding(
                        check: StatusCheck.unverified, severity: .info, document: document, language: language, unit: english.id,
                        file: file, line: translated.line,
                        message: "unit \(english.id) has no provenance (\(how)); check it against the English, then run `transtrack stamp \(language) --unit \(english.id)`"))
            default:
                break
            }
        }
        let english = Set(source.units.map(\.id))
        var extraSeen = Set<UnitID>()
        for unit in matched.units where !english.contains(unit.id) && extraSeen.insert(unit.id).inserted {
            counts.add(.extra)
            units.append(UnitStatus(id: unit.id, state: .extra, provenance: .none, line: unit.line, recorded: unit.recorded?.hex))
            let what = unit.idSource == .derived ? "text without a unit marker that matches no English unit" : "unit \(unit.id) is not in the English source any more"
            findings.append(
                Finding(
                    check: StatusCheck.extraUnit, severity: .warning, document: document, language: language, unit: unit.id,
                    file: file, line: unit.line, message: "\(what); remove it, or give it the id of the English unit it translates"))
        }

        let state: DocumentState
        if counts.stale > 0 {
            state = .outdated
        } else if counts.current == counts.total {
            state = .complete
        } else {
            state = .incomplete
        }
        let status = TranslationStatus(
            document: document, language: language, location: page.location, state: state, counts: counts, units: units,
            matchedByPosition: matched.byPosition)
        return (status, findings)
    }

    /// Parse problems of one file as findings.
    public static func structureFindings(_ document: WikitextDocument, document id: String, language: LanguageCode, file: String?) -> [Finding] {
        document.problems.map { problem in
            Finding(
                check: StatusCheck.structure, severity: severity(of: problem.kind), document: id, language: language,
                file: file, line: problem.line, column: problem.column, message: problem.message)
        }
    }

    static func severity(of kind: ParseProblem.Kind) -> Severity {
        switch kind {
        case .unclosedTranslate, .strayClosingTranslate, .nestedTranslate, .duplicateUnit, .unclosedComment: .error
        case .unclosedNowiki, .misplacedMarker, .multipleMarkers, .invalidMarker, .emptyUnit, .unclosedVariable: .warning
        }
    }
}
