/// Runs the content checks on translated units and turns their issues into findings, with
/// the manifest's configuration and the translation's own suppression comments applied.
///
/// Checks run on units that are current or unverified: a stale unit is already reported, and
/// its English has changed, so comparing content would only repeat that.
public struct CheckRunner: Sendable {
    /// The checks run, built-in or not.
    public var checks: [any Check]
    /// What the manifest switches off or re-ranks.
    public var configuration: CheckConfiguration

    /// A runner of `checks` (the built-in ones unless given) under the manifest's `configuration`.
    public init(checks: [any Check] = CheckRegistry.all, configuration: CheckConfiguration = CheckConfiguration()) {
        self.checks = checks
        self.configuration = configuration
    }

    /// The English units of a document, analysed once for all its translations.
    package struct EnglishUnits: Sendable {
        let analyses: [UnitID: UnitAnalysis]

        package init(_ source: FingerprintedSource) {
            var analyses: [UnitID: UnitAnalysis] = [:]
            for unit in source.units { analyses[unit.id] = UnitAnalysis(unit.text, language: "en") }
            self.analyses = analyses
        }

        /// The English slides of a deck, each analysed as a unit (its ``DeckSlide/checkText``).
        package init(slides: [DeckSlide]) {
            var analyses: [UnitID: UnitAnalysis] = [:]
            for slide in slides { analyses[slide.unit] = UnitAnalysis(slide.checkText, language: "en") }
            self.analyses = analyses
        }

        /// The analysis of the English unit with this id.
        package func analysis(_ id: UnitID) -> UnitAnalysis? { analyses[id] }
    }

    /// Findings for one translated unit.
    package func run(
        english: UnitAnalysis, translated unit: TranslationUnit, language: Language, document: String, file: String?
    ) -> [Finding] {
        // Most manifests switch nothing off: then every check runs, without a lookup per check and pair.
        let switchesOff = !configuration.disabled.isEmpty || !configuration.languages.isEmpty
        let enabled = switchesOff ? checks.filter { configuration.isEnabled($0.id, for: language.code) } : checks
        guard !enabled.isEmpty else { return [] }
        let analysis = UnitAnalysis(unit.text, language: language.code)
        let suppressed = analysis.markup.suppressed
        if !suppressed.isEmpty, suppressed.contains("all") { return [] }
        let input = CheckInput(unit: unit.id, kind: unit.kind, language: language, english: english, translation: analysis)
        var findings: [Finding] = []
        for check in enabled where suppressed.isEmpty || !suppressed.contains(check.id) {
            for issue in check.run(input) {
                let severity = configuration.severity(of: check.id, for: language.code) ?? issue.severity ?? check.defaultSeverity
                let (line, column) = position(of: issue, in: unit)
                findings.append(
                    Finding(
                        check: check.id, severity: severity, document: document, language: language.code, unit: unit.id, file: file,
                        line: line, column: column, message: "unit \(unit.id): \(issue.message)", fragments: issue.fragments))
            }
        }
        return findings
    }

    /// Findings for one translated slide, checked as the same checks check a wikitext unit.
    /// A deck has no lines to point at, so findings name the file and `slide N`.
    /// Only the checks that say they apply to slides (``Check/appliesToSlides``) run.
    package func run(english: UnitAnalysis, slide: DeckSlide, language: Language, document: String, file: String?) -> [Finding] {
        let enabled = checks.filter { $0.appliesToSlides && configuration.isEnabled($0.id, for: language.code) }
        guard !enabled.isEmpty else { return [] }
        let analysis = UnitAnalysis(slide.checkText, language: language.code)
        let input = CheckInput(unit: slide.unit, kind: .paragraph, language: language, english: english, translation: analysis)
        var findings: [Finding] = []
        for check in enabled {
            for issue in check.run(input) {
                let severity = configuration.severity(of: check.id, for: language.code) ?? issue.severity ?? check.defaultSeverity
                findings.append(
                    Finding(
                        check: check.id, severity: severity, document: document, language: language.code, unit: slide.unit, file: file,
                        message: "slide \(slide.number): \(issue.message)", fragments: issue.fragments))
            }
        }
        return findings
    }

    /// Where to point: the fragment itself when it is the translation's text, else the unit.
    private func position(of issue: CheckIssue, in unit: TranslationUnit) -> (Int, Int?) {
        guard issue.inTranslation, let fragment = issue.fragments.first, !fragment.isEmpty else { return (unit.contentLine, nil) }
        let bytes = unit.source.bytes
        let needle = Array(fragment.utf8)
        guard let offset = bytes.firstIndex(of: needle, from: unit.contentRange.lowerBound, to: unit.contentRange.upperBound) else {
            return (unit.contentLine, nil)
        }
        let position = unit.source.position(of: offset)
        return (position.line, position.column)
    }
}
