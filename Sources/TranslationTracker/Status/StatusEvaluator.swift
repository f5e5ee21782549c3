/// Turns page states into a ``StatusReport``: per unit current, stale, missing, extra or
/// unverified; per translation complete, outdated, incomplete or missing; and the findings.
///
/// Pure: the same snapshot always gives the same report. Translations are evaluated in
/// parallel, since each depends only on its own page and the English one.
public struct StatusEvaluator: Sendable {
    /// Content checks to run on current and unverified units; nil runs none (plain `status`).
    public var checks: CheckRunner?

    /// An evaluator; with `checks` it also runs the content checks on every current or unverified unit.
    public init(checks: CheckRunner? = nil) { self.checks = checks }

    /// What the content checks of one translation need.
    package struct ContentChecks: Sendable {
        package var runner: CheckRunner
        package var english: CheckRunner.EnglishUnits
        package var language: Language
    }

    package func evaluate(_ snapshot: Snapshot, manifest: Manifest) -> StatusReport {
        let evaluations = snapshot.documents.map { evaluate($0, manifest: manifest) }
        return report(evaluations, untracked: snapshot.untracked, findings: snapshot.findings, manifest: manifest)
    }

    /// One document's status and findings. Evaluating document by document lets a caller read,
    /// evaluate and drop each document's files in turn, so memory stays bounded by the largest
    /// document rather than the workspace.
    package struct DocumentEvaluation: Sendable {
        package var status: DocumentStatus
        package var findings: [Finding]
    }

    package func evaluate(_ snapshot: DocumentSnapshot, manifest: Manifest) -> DocumentEvaluation {
        let spec = snapshot.document
        let source = snapshot.source
        let sourceDocument = source.document
        var sourceFindings = source.findings
        if let sourceDocument {
            sourceFindings += Self.structureFindings(sourceDocument, document: spec.id, language: manifest.source, file: source.location.path)
        }
        var findings = Self.locate(Finding.sorted(sourceFindings), page: source, status: nil, source: source, manifest: manifest)
        let languages = manifest.targets.map(\.code).filter { snapshot.translations[$0] != nil }
        let english = sourceDocument.map(FingerprintedSource.init)
        let englishUnits = checks != nil && spec.kind == .wikitext ? english.map(CheckRunner.EnglishUnits.init) : nil
        let runner = checks
        // English history is parsed once per document, and only when a translation has history to compare.
        let needsHistory = spec.kind == .wikitext && !source.history.revisions.isEmpty
            && snapshot.translations.values.contains { !$0.history.revisions.isEmpty || $0.translateUnits != nil }
        let inference = needsHistory ? HistoryInference(english: source.history) : nil
        let sourceLanguage = manifest.source
        // A deck read from local files is judged slide by slide; a file on a wiki by its upload times.
        let localDeck = spec.kind == .file && source.location.path != nil
        let slideUnits = checks != nil && localDeck ? source.deck?.slides.map(CheckRunner.EnglishUnits.init(slides:)) : nil
        let results = Parallel.map(languages) { code -> (TranslationStatus, [Finding]) in
            let page = snapshot.translations[code]!
            // Each kind of content is judged its own way; an absent page by its document's kind.
            let isDeck: Bool
            switch page.content {
            case .deck: isDeck = true
            case .translate, .wikitext: isDeck = false
            case .file, .none: isDeck = spec.kind == .file && localDeck
            }
            if isDeck {
                var deckChecks: DeckChecks?
                if let runner, let slideUnits {
                    let language = manifest.language(code) ?? Language(code: code, name: code.rawValue, autonym: code.rawValue)
                    deckChecks = DeckChecks(runner: runner, english: slideUnits, language: language)
                }
                return Self.evaluateDeck(page: page, source: source, document: spec.id, language: code, checks: deckChecks)
            }
            if spec.kind == .file {
                return Self.evaluateFile(page: page, source: source, document: spec.id, language: code)
            }
            var content: ContentChecks?
            if let runner, let englishUnits {
                let language = manifest.language(code) ?? Language(code: code, name: code.rawValue, autonym: code.rawValue)
                content = ContentChecks(runner: runner, english: englishUnits, language: language)
            }
            let (status, findings) =
                if case .translate = page.content {
                    Self.evaluateTranslate(
                        page: page, source: english, englishUnitPages: source.translateUnits, document: spec.id, language: code,
                        sourceLanguage: sourceLanguage, checks: content, inference: inference)
                } else {
                    Self.evaluate(page: page, source: english, document: spec.id, language: code, checks: content, inference: inference)
                }
            return (status, Self.locate(findings, page: page, status: status, source: source, manifest: manifest))
        }
        var statuses: [TranslationStatus] = []
        statuses.reserveCapacity(results.count)
        for (status, translationFindings) in results {
            statuses.append(status)
            findings += translationFindings
        }
        // A deck's units are its slides (a PDF's, its pages).
        let sourceUnits = english?.units.count ?? source.deck.map { $0.slides?.count ?? $0.pageCount } ?? 0
        let status = DocumentStatus(
            id: spec.id, name: spec.name, kind: spec.kind,
            source: SourceStatus(location: source.location, exists: source.exists, units: sourceUnits, revision: source.revision),
            translations: statuses)
        return DocumentEvaluation(status: status, findings: findings)
    }

    /// One document read at several places (local files, Meta-Wiki, a copy on a language's
    /// Wikipedia) as one evaluation: the places' translations interleaved in manifest language
    /// order, each language's places in the order given; the first place's source is `source`
    /// and, with more than one place, every place's source is in `sources`.
    package func combine(_ evaluations: [DocumentEvaluation], manifest: Manifest) -> DocumentEvaluation {
        guard var combined = evaluations.first else { preconditionFailure("combine needs at least one evaluation") }
        guard evaluations.count > 1 else { return combined }
        let order = Dictionary(manifest.languages.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        let all = evaluations.flatMap(\.status.translations)
        combined.status.translations = all.indices.sorted { a, b in
            let left = order[all[a].language] ?? .max, right = order[all[b].language] ?? .max
            return left != right ? left < right : a < b
        }.map { all[$0] }
        combined.status.sources = evaluations.map(\.status.source)
        combined.findings = evaluations.flatMap(\.findings)
        return combined
    }

    /// Assembles the report. Findings come in report order: the workspace's own, then per
    /// document its source's, then each translation's in manifest language order, each file's by
    /// line. There is no global sort: on a large workspace it would be the one serial step left.
    package func report(
        _ evaluations: [DocumentEvaluation], untracked: [UntrackedDocument], findings workspaceFindings: [Finding], manifest: Manifest
    ) -> StatusReport {
        var findings = Finding.sorted(workspaceFindings)
        for evaluation in evaluations { findings += evaluation.findings }
        return StatusReport(
            project: manifest.project?.name, sourceLanguage: manifest.source, languages: manifest.targets,
            documents: evaluations.map(\.status), untracked: untracked, findings: findings)
    }

    /// Evaluates one translation page against the English document.
    package static func evaluate(
        page: PageState, source: WikitextDocument?, document: String, language: LanguageCode
    ) -> (TranslationStatus, [Finding]) {
        evaluate(page: page, source: source.map(FingerprintedSource.init), document: document, language: language)
    }

    /// Evaluates one translation page against the English document, fingerprints computed once.
    /// With `inference` (the English page's history) and the translation page's own history, a
    /// unit without `src=` gets a state inferred from when it was translated; `src=` still wins.
    package static func evaluate(
        page: PageState, source fingerprinted: FingerprintedSource?, document: String, language: LanguageCode,
        checks: ContentChecks? = nil, inference: HistoryInference? = nil
    ) -> (TranslationStatus, [Finding]) {
        let source = fingerprinted?.document
        let file = page.location.path
        let onWiki = page.location.path == nil ? " on \(page.location.place)" : ""
        var findings = page.findings
        var counts = UnitCounts()
        counts.total = fingerprinted?.units.count ?? 0

        guard page.exists, let translation = page.document else {
            counts.missing = counts.total
            if page.exists {
                // There but unreadable (not UTF-8, say): its reader's input finding says why. It is
                // not missing, and nothing in it can be verified, so coverage 0 keeps gates honest.
                if !page.findings.contains(where: { $0.severity == .error }) {
                    findings.append(
                        Finding(
                            check: StatusCheck.input, severity: .error, document: document, language: language, file: file,
                            message: "\(page.location) exists but its units could not be read"))
                }
                var status = TranslationStatus(document: document, language: language, location: page.location, state: .incomplete, counts: counts, units: [])
                status.coverage = 0
                status.revision = page.revision
                return (status, findings)
            }
            if page.findings.isEmpty {
                findings.append(
                    Finding(
                        check: StatusCheck.missingTranslation, severity: .warning, document: document, language: language,
                        file: file, message: "no \(language) translation of '\(document)': \(page.location) does not exist"))
            }
            var status = TranslationStatus(document: document, language: language, location: page.location, state: .missing, counts: counts, units: [])
            status.revision = page.revision
            return (status, findings)
        }
        findings += structureFindings(translation, document: document, language: language, file: file)
        guard let source else {
            // Without the English nothing can be verified; coverage 0 keeps coverage gates honest.
            var status = TranslationStatus(document: document, language: language, location: page.location, state: .incomplete, counts: counts, units: [])
            status.coverage = 0
            status.revision = page.revision
            return (status, findings)
        }

        let english = fingerprinted ?? FingerprintedSource(source)
        counts.total = english.units.count
        let matched = UnitMatcher.match(source: source, translation: translation)
        // Matched by id, the translation's own index finds units; by position, build one.
        var byPosition: [UnitID: Int] = [:]
        if matched.byPosition {
            for (index, unit) in matched.units.enumerated() where byPosition[unit.id] == nil { byPosition[unit.id] = index }
        }
        func translated(_ id: UnitID) -> TranslationUnit? {
            matched.byPosition ? byPosition[id].map { matched.units[$0] } : translation.unit(id)
        }
        // Units matched by position have no id of their own in older revisions: no inference for them.
        let timelines = inference != nil && !matched.byPosition && !page.history.revisions.isEmpty ? HistoryInference.timelines(of: page.history) : [:]

        var units: [UnitStatus] = []
        units.reserveCapacity(english.units.count)
        var previousLine = 1
        for unit in english.units {
            let id = unit.id
            let expected = english.fingerprint(id)!
            let expectedHex = english.hex(id)!
            guard let translated = translated(id) else {
                units.append(UnitStatus(id: id, state: .missing, provenance: .none, sourceLine: unit.line, expected: expectedHex))
                counts.add(.missing)
                let remedy = file == nil ? "translate it on the wiki" : "translate it after this line and mark it <!--T:\(id)-->"
                findings.append(
                    Finding(
                        check: StatusCheck.missingUnit, severity: .warning, document: document, language: language, unit: id,
                        file: file, line: file == nil ? nil : previousLine,
                        message: "unit \(id) is not translated\(onWiki); \(remedy)"))
                continue
            }
            previousLine = translated.endLine
            var state: UnitState
            var provenance: ProvenanceKind
            var evidence: UnitEvidence?
            var unknownHistory: String?
            let recorded = translated.recorded
            if let recorded {
                state = recorded.matches(expected) ? .current : .stale
                provenance = .recorded
                if state == .stale, let old = inference?.englishRevision(unit: id, matching: recorded) {
                    evidence = UnitEvidence(source: old.ref)
                }
            } else {
                state = .unverified
                provenance = .none
                if let inference, let timeline = timelines[id] {
                    switch inference.infer(unit: id, timeline: timeline, now: english) {
                    case .current(let found):
                        (state, provenance, evidence) = (.current, .inferred, found)
                    case .stale(let found):
                        (state, provenance, evidence) = (.stale, .inferred, found)
                    case .unknown(let reason):
                        unknownHistory = reason
                    }
                }
            }
            counts.add(state)
            units.append(
                UnitStatus(
                    id: id, state: state, provenance: provenance, line: translated.line, sourceLine: unit.line,
                    recorded: recorded?.hex, expected: expectedHex, evidence: evidence))
            if state != .stale, let checks, let analysis = checks.english.analyses[id] {
                findings += checks.runner.run(english: analysis, translated: translated, language: checks.language, document: document, file: file)
            }
            let line = file == nil ? nil : translated.line
            switch state {
            case .stale:
                let message: String
                if provenance == .inferred, let evidence, let changed = evidence.translation, let then = evidence.source {
                    message = "unit \(id) is stale\(onWiki) (inferred from history): its text last changed in revision \(changed.id) of \(changed.timestamp), when the English was revision \(then.id), and the English unit has changed since (now \(expectedHex)); update it (see `transtrack diff \(language) \(id) --place \(page.location.place) --dump …`)"
                } else if provenance == .inferred {
                    message = "unit \(id) is stale\(onWiki) (inferred from history): the English had no unit \(id) when it was translated; update it"
                } else if file == nil {
                    message = "unit \(id) is stale\(onWiki): the English changed since it was translated (src=\(recorded!.hex), English is now \(expectedHex)); update it on the wiki and record src=\(expectedHex) in its marker"
                } else {
                    message = "unit \(id) is stale: the English changed since it was translated (src=\(recorded!.hex), English is now \(expectedHex)); update it (see `transtrack diff \(language) \(id)`), then run `transtrack stamp \(language) --unit \(id)`"
                }
                findings.append(
                    Finding(
                        check: StatusCheck.stale, severity: .error, document: document, language: language, unit: id,
                        file: file, line: line, message: message))
            case .unverified:
                var how = matched.byPosition ? "the translation has no unit markers, so it was matched by position" : "its marker has no src="
                if let unknownHistory { how += ", and \(unknownHistory)" }
                let remedy = file == nil
                    ? "check it against the English, then record src=\(expectedHex) in its marker"
                    : "check it against the English, then run `transtrack stamp \(language) --unit \(id)`"
                findings.append(
                    Finding(
                        check: StatusCheck.unverified, severity: .info, document: document, language: language, unit: id,
                        file: file, line: line, message: "unit \(id) has no provenance\(onWiki) (\(how)); \(remedy)"))
            default:
                break
            }
        }
        var extraSeen = Set<UnitID>()
        for unit in matched.units where !english.contains(unit.id) && extraSeen.insert(unit.id).inserted {
            counts.add(.extra)
            units.append(UnitStatus(id: unit.id, state: .extra, provenance: .none, line: unit.line, recorded: unit.recorded?.hex))
            let what = unit.idSource == .derived ? "text without a unit marker that matches no English unit" : "unit \(unit.id) is not in the English source any more"
            findings.append(
                Finding(
                    check: StatusCheck.extraUnit, severity: .warning, document: document, language: language, unit: unit.id,
                    file: file, line: file == nil ? nil : unit.line, message: "\(what)\(onWiki); remove it, or give it the id of the English unit it translates"))
        }

        let state = DocumentState(existing: counts)
        var status = TranslationStatus(
            document: document, language: language, location: page.location, state: state, counts: counts, units: units,
            matchedByPosition: matched.byPosition)
        status.revision = page.revision
        return (status, Finding.sorted(findings))
    }

    /// Parse problems of one file as findings.
    package static func structureFindings(_ document: WikitextDocument, document id: String, language: LanguageCode, file: String?) -> [Finding] {
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
