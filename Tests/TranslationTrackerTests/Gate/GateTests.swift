import Testing

@testable import TranslationTracker

@Suite("The CI gate")
struct GateTests {
    static func finding(_ check: String, _ severity: Severity, language: LanguageCode = "fr", unit: UnitID? = nil, line: Int? = nil) -> Finding {
        Finding(check: check, severity: severity, document: "plan", language: language, unit: unit, file: "\(language)/plan.wiki", line: line, message: "\(check) \(unit?.rawValue ?? "")")
    }

    static let stale = finding(StatusCheck.stale, .error, unit: "4", line: 13)
    static let otherStale = finding(StatusCheck.stale, .error, unit: "5", line: 20)
    static let missingUnit = finding(StatusCheck.missingUnit, .warning, unit: "5", line: 15)
    static let missingTranslation = finding(StatusCheck.missingTranslation, .warning, language: "de")
    static let unverified = finding(StatusCheck.unverified, .info, unit: "6", line: 17)
    static let extra = finding(StatusCheck.extraUnit, .warning, unit: "7", line: 26)
    static let brokenStructure = finding(StatusCheck.structure, .error, line: 2)

    static func status(_ language: LanguageCode, _ state: DocumentState, current: Int, total: Int) -> TranslationStatus {
        var counts = UnitCounts()
        counts.total = total
        counts.current = current
        counts.missing = total - current
        return TranslationStatus(document: "plan", language: language, location: .file(path: "\(language)/plan.wiki"), state: state, counts: counts, units: [])
    }

    static func report(_ findings: [Finding], translations: [TranslationStatus] = []) -> StatusReport {
        StatusReport(
            project: "Annual Plan", sourceLanguage: "en",
            languages: [Language(code: "fr", name: "French", autonym: "français"), Language(code: "sw", name: "Swahili", autonym: "Kiswahili")],
            documents: [
                DocumentStatus(
                    id: "plan", name: "Annual Plan", kind: .wikitext,
                    source: SourceStatus(location: .file(path: "en/plan.wiki"), exists: true, units: 10), translations: translations)
            ],
            untracked: [], findings: findings)
    }

    // MARK: - Conditions

    @Test func failsOnStaleByDefault() {
        let result = Gate().evaluate(Self.report([Self.stale, Self.missingUnit, Self.unverified]))
        #expect(!result.passed)
        #expect(result.reasons == ["1 stale unit (--fail-on stale)"])
        #expect(result.failing == [Self.stale])
    }

    @Test func passesByDefaultWithoutStaleUnits() {
        let result = Gate().evaluate(Self.report([Self.missingUnit, Self.missingTranslation, Self.unverified, Self.extra, Self.brokenStructure]))
        #expect(result.passed)
        #expect(result.reasons.isEmpty)
        #expect(result.failing.isEmpty)
    }

    @Test func reasonsCountInThePlural() {
        let result = Gate().evaluate(Self.report([Self.stale, Self.otherStale]))
        #expect(result.reasons == ["2 stale units (--fail-on stale)"])
        #expect(result.failing == [Self.stale, Self.otherStale])
    }

    static let all = [Self.stale, Self.missingUnit, Self.missingTranslation, Self.unverified, Self.extra, Self.brokenStructure]

    @Test(
        "each condition trips on its findings",
        arguments: [
            (GateCondition.stale, [stale]),
            (.missing, [missingTranslation]),
            (.incomplete, [missingUnit]),
            (.unverified, [unverified]),
            (.error, [stale, brokenStructure]),
            (.warning, [stale, missingUnit, missingTranslation, extra, brokenStructure]),
        ])
    func condition(_ condition: GateCondition, _ tripped: [Finding]) {
        #expect(Self.all.filter(condition.matches) == tripped)
        let result = Gate(failOn: [condition]).evaluate(Self.report(Self.all))
        #expect(Set(result.failing) == Set(tripped))
        #expect(result.reasons.count == 1)
        #expect(result.reasons.first?.hasSuffix("(--fail-on \(condition.rawValue))") == true)
        #expect(result.reasons.first?.hasPrefix("\(tripped.count) ") == true)
        // With nothing of the kind, the same gate passes.
        let clean = Self.all.filter { !condition.matches($0) }
        #expect(Gate(failOn: [condition]).evaluate(Self.report(clean)).passed)
    }

    @Test func severalConditionsGiveSeveralReasonsAndFailingFindingsOnce() {
        let result = Gate(failOn: [.stale, .error, .incomplete]).evaluate(Self.report(Self.all))
        #expect(
            result.reasons == [
                "1 stale unit (--fail-on stale)", "1 missing unit (--fail-on incomplete)", "2 errors (--fail-on error)",
            ])
        #expect(result.failing.count == 3)
        #expect(Set(result.failing) == [Self.stale, Self.missingUnit, Self.brokenStructure])
    }

    @Test func noConditionsNeverFailOnFindings() {
        #expect(Gate(failOn: []).evaluate(Self.report(Self.all)).passed)
    }

    // MARK: - Coverage

    @Test func minimumCoverageFailsTranslationsBelowIt() throws {
        let report = Self.report([], translations: [Self.status("fr", .incomplete, current: 8, total: 10), Self.status("sw", .incomplete, current: 9, total: 10)])
        let result = Gate(failOn: [], minimumCoverage: 90).evaluate(report)
        #expect(!result.passed)
        #expect(result.reasons.count == 1)
        let reason = try #require(result.reasons.first)
        #expect(reason.hasPrefix("plan fr coverage 80"))
        #expect(reason.hasSuffix("is below 90%"))
        #expect(result.failing.isEmpty)
    }

    @Test func coverageEqualToTheMinimumPasses() {
        let report = Self.report([], translations: [Self.status("fr", .incomplete, current: 9, total: 10)])
        #expect(Gate(failOn: [], minimumCoverage: 90).evaluate(report).passed)
        #expect(!Gate(failOn: [], minimumCoverage: 90.1).evaluate(report).passed)
    }

    @Test func perLanguageMinimumOverridesTheGlobalOne() {
        let report = Self.report([], translations: [Self.status("fr", .incomplete, current: 8, total: 10), Self.status("sw", .incomplete, current: 5, total: 10)])
        let lenient = Gate(failOn: [], minimumCoverage: 80, minimumCoverageByLanguage: ["sw": 50])
        #expect(lenient.evaluate(report).passed)
        let strict = Gate(failOn: [], minimumCoverage: 50, minimumCoverageByLanguage: ["fr": 85])
        let result = strict.evaluate(report)
        #expect(result.reasons.count == 1)
        #expect(result.reasons.first?.hasPrefix("plan fr coverage") == true)
    }

    @Test func perLanguageMinimumAppliesWithoutAGlobalOne() {
        let report = Self.report([], translations: [Self.status("fr", .incomplete, current: 1, total: 10), Self.status("sw", .incomplete, current: 5, total: 10)])
        let result = Gate(failOn: [], minimumCoverageByLanguage: ["sw": 60]).evaluate(report)
        #expect(result.reasons.count == 1)
        #expect(result.reasons.first?.hasPrefix("plan sw coverage") == true)
    }

    @Test func missingTranslationHasZeroCoverage() {
        let report = Self.report([Self.missingTranslation], translations: [Self.status("fr", .missing, current: 0, total: 10)])
        #expect(!Gate(failOn: [], minimumCoverage: 1).evaluate(report).passed)
        #expect(Gate(failOn: []).evaluate(report).passed)
    }

    @Test func coverageAndConditionsTogether() {
        let report = Self.report([Self.stale], translations: [Self.status("fr", .outdated, current: 5, total: 10)])
        let result = Gate(minimumCoverage: 75).evaluate(report)
        #expect(result.reasons.count == 2)
        #expect(result.reasons.first == "1 stale unit (--fail-on stale)")
        #expect(result.reasons.last?.hasSuffix("is below 75%") == true)
    }
}
