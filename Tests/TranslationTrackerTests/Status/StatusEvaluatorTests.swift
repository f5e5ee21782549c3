import Testing

@testable import TranslationTracker

@Suite("Status of units and translations")
struct StatusEvaluatorTests {
    static let english = WikitextDocument("== Goals == <!--T:1-->\n\n<!--T:2-->\nWe plan a budget.\n\n<!--T:3-->\nWe hire engineers.\n")

    static func src(_ id: UnitID, in source: WikitextDocument = english) -> String {
        source.unit(id)?.fingerprint.hex ?? "no unit \(id)"
    }

    static func evaluate(
        _ text: String?, source: WikitextDocument? = english, path: String = "fr/plan.wiki", language: LanguageCode = "fr"
    ) -> (TranslationStatus, [Finding]) {
        let location = PageLocation.file(path: path)
        let page = text.map { PageState(location: location, exists: true, document: WikitextDocument($0)) } ?? .absent(location)
        return StatusEvaluator.evaluate(page: page, source: source, document: "plan", language: language)
    }

    /// `check unit line severity` for each finding, for compact comparisons.
    static func summary(_ findings: [Finding]) -> Set<String> {
        Set(findings.map { "\($0.check) \($0.unit?.rawValue ?? "-") \($0.line.map(String.init) ?? "-") \($0.severity)" })
    }

    // MARK: - Fixture: every unit state at once

    @Test func arabicFixtureHasEveryUnitState() throws {
        let source = try Fixture.document("annual-plan/en.wiki")
        let page = PageState(location: .file(path: "ar/plan.wiki"), exists: true, document: try Fixture.document("annual-plan/ar.wiki"))
        let (status, findings) = StatusEvaluator.evaluate(page: page, source: source, document: "plan", language: "ar")

        #expect(status.units.map(\.id) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(status.units.map(\.state) == [.current, .current, .current, .stale, .missing, .unverified, .extra])
        #expect(status.units.map(\.provenance) == [.recorded, .recorded, .recorded, .recorded, .none, .none, .none])
        #expect(status.units.map(\.line) == [4, 6, 10, 13, nil, 17, 26])
        #expect(status.units.map(\.sourceLine) == [4, 6, 10, 13, 18, 21, nil])
        let stale = try #require(status.units(.stale).first)
        #expect(stale.recorded == "6a2432d78c")
        #expect(stale.expected == Self.src("4", in: source))
        #expect(status.units(.current).map(\.recorded) == ["8724e0ed59", "792e00", "7997124d30"])

        var counts = UnitCounts()
        counts.total = 6
        counts.current = 3
        counts.stale = 1
        counts.missing = 1
        counts.unverified = 1
        counts.extra = 1
        #expect(status.counts == counts)
        #expect(status.state == .outdated)
        #expect(status.coverage == 50.0)
        #expect(!status.matchedByPosition)

        #expect(
            Self.summary(findings) == [
                "stale 4 13 error", "missing-unit 5 15 warning", "unverified 6 17 info", "extra-unit 7 26 warning",
            ])
        #expect(findings.allSatisfy { $0.file == "ar/plan.wiki" && $0.language == "ar" && $0.document == "plan" })
        let staleFinding = try #require(findings.first { $0.check == StatusCheck.stale })
        #expect(staleFinding.message.contains("src=6a2432d78c"))
        #expect(staleFinding.message.contains("English is now \(Self.src("4", in: source))"))
        #expect(staleFinding.locationText == "ar/plan.wiki:13")
    }

    @Test func frenchFixtureIsComplete() throws {
        let source = try Fixture.document("annual-plan/en.wiki")
        let page = PageState(location: .file(path: "fr/plan.wiki"), exists: true, document: try Fixture.document("annual-plan/fr.wiki"))
        let (status, findings) = StatusEvaluator.evaluate(page: page, source: source, document: "plan", language: "fr")
        #expect(status.state == .complete)
        #expect(status.coverage == 100)
        #expect(status.counts.current == 6)
        #expect(findings.isEmpty)
    }

    // MARK: - Document states

    @Test func allUnitsCurrentIsComplete() {
        let (status, findings) = Self.evaluate(
            "== Objectifs == <!--T:1 src=\(Self.src("1"))-->\n\n<!--T:2 src=\(Self.src("2"))-->\nNous prévoyons.\n\n<!--T:3 src=\(Self.src("3"))-->\nNous recrutons.")
        #expect(status.state == .complete)
        #expect(status.coverage == 100)
        #expect(status.units.allSatisfy { $0.state == .current })
        #expect(findings.isEmpty)
    }

    @Test func oneStaleUnitMakesItOutdated() {
        let (status, findings) = Self.evaluate(
            "== Objectifs == <!--T:1 src=\(Self.src("1"))-->\n\n<!--T:2 src=0123456789-->\nNous prévoyons.\n\n<!--T:3 src=\(Self.src("3"))-->\nNous recrutons.")
        #expect(status.state == .outdated)
        #expect(status.coverage == 66.6)
        #expect(Self.summary(findings) == ["stale 2 3 error"])
    }

    @Test func staleOutranksMissing() {
        let (status, _) = Self.evaluate("<!--T:2 src=0123456789-->\nNous prévoyons.")
        #expect(status.state == .outdated)
        #expect(status.counts.missing == 2)
        #expect(status.coverage == 0)
    }

    @Test func missingUnitMakesItIncomplete() {
        let (status, findings) = Self.evaluate(
            "== Objectifs == <!--T:1 src=\(Self.src("1"))-->\n\n<!--T:3 src=\(Self.src("3"))-->\nNous recrutons.")
        #expect(status.state == .incomplete)
        #expect(status.coverage == 66.6)
        #expect(status.units.map(\.state) == [.current, .missing, .current])
        // The finding points at the line after which the missing unit belongs.
        #expect(Self.summary(findings) == ["missing-unit 2 1 warning"])
        #expect(findings.first?.message.contains("<!--T:2-->") == true)
    }

    @Test func missingFirstUnitPointsAtLineOne() {
        let (_, findings) = Self.evaluate("\n\n<!--T:2 src=\(Self.src("2"))-->\nNous\nprévoyons.\n\n<!--T:3 src=\(Self.src("3"))-->\nNous recrutons.")
        #expect(Self.summary(findings) == ["missing-unit 1 1 warning"])
    }

    @Test func missingUnitAfterAMultiLineUnitPointsAtItsLastLine() {
        let (_, findings) = Self.evaluate("== Objectifs == <!--T:1 src=\(Self.src("1"))-->\n\n<!--T:2 src=\(Self.src("2"))-->\nNous\nprévoyons.")
        #expect(Self.summary(findings) == ["missing-unit 3 5 warning"])
    }

    @Test func unverifiedUnitMakesItIncomplete() {
        let (status, findings) = Self.evaluate(
            "== Objectifs == <!--T:1 src=\(Self.src("1"))-->\n\n<!--T:2-->\nNous prévoyons.\n\n<!--T:3 src=\(Self.src("3"))-->\nNous recrutons.")
        #expect(status.state == .incomplete)
        #expect(status.counts.unverified == 1)
        #expect(status.coverage == 66.6)
        #expect(Self.summary(findings) == ["unverified 2 3 info"])
        #expect(findings.first?.message.contains("its marker has no src=") == true)
    }

    @Test func extraUnitsDoNotSpoilACompleteTranslation() {
        let (status, findings) = Self.evaluate(
            "== Objectifs == <!--T:1 src=\(Self.src("1"))-->\n\n<!--T:2 src=\(Self.src("2"))-->\nNous prévoyons.\n\n<!--T:3 src=\(Self.src("3"))-->\nNous recrutons.\n\nTexte sans marqueur.")
        #expect(status.state == .complete)
        #expect(status.counts.extra == 1)
        #expect(Self.summary(findings) == ["extra-unit \(status.units.last!.id) 9 warning"])
        #expect(findings.first?.message.contains("text without a unit marker") == true)
    }

    @Test func pageFurnitureOfATranslationPageIsNoExtraUnit() {
        // <languages /> at the top and <references /> before a marker and at the end, outside
        // any unit and without blank lines, as a translation page posted on a wiki has them.
        let (status, findings) = Self.evaluate(
            "<languages />\n<!--T:1 src=\(Self.src("1"))-->\n== Objectifs ==\n\n<!--T:2 src=\(Self.src("2"))-->\nNous prévoyons.\n\n<references />\n<!--T:3 src=\(Self.src("3"))-->\nNous recrutons.\n\n<references />\n")
        #expect(status.units.map(\.id) == ["1", "2", "3"])
        #expect(status.units.map(\.state) == [.current, .current, .current])
        #expect(status.units.map(\.line) == [2, 5, 9])
        #expect(status.counts.extra == 0)
        #expect(status.state == .complete)
        #expect(findings.isEmpty)
    }

    @Test func absentTranslationIsMissing() {
        let (status, findings) = Self.evaluate(nil)
        #expect(status.state == .missing)
        #expect(status.coverage == 0)
        #expect(status.counts.total == 3)
        #expect(status.counts.missing == 3)
        #expect(status.units.isEmpty)
        #expect(Self.summary(findings) == ["missing-translation - - warning"])
        #expect(findings.first?.file == "fr/plan.wiki")
    }

    @Test func absentPageWithReadFindingsGetsNoSecondFinding() {
        let input = Finding(check: StatusCheck.input, severity: .error, file: "fr/plan.wiki", message: "not UTF-8")
        let page = PageState(location: .file(path: "fr/plan.wiki"), exists: false, findings: [input])
        let (status, findings) = StatusEvaluator.evaluate(page: page, source: Self.english, document: "plan", language: "fr")
        #expect(status.state == .missing)
        #expect(findings == [input])
    }

    @Test func translationWithoutMarkersIsMatchedByPositionAndUnverified() {
        let (status, findings) = Self.evaluate("== Objectifs ==\n\nNous prévoyons.\n\nNous recrutons.")
        #expect(status.matchedByPosition)
        #expect(status.state == .incomplete)
        #expect(status.counts.unverified == 3)
        #expect(status.units.map(\.line) == [1, 3, 5])
        #expect(findings.count == 3)
        #expect(findings.allSatisfy { $0.check == StatusCheck.unverified && $0.message.contains("matched by position") })
    }

    @Test func translationWithoutSourceIsIncomplete() {
        let (status, _) = Self.evaluate("<!--T:1-->\nTexte.", source: nil)
        #expect(status.state == .incomplete)
        #expect(status.units.isEmpty)
    }

    @Test func duplicateTranslationUnitsCountOnce() {
        let (status, findings) = Self.evaluate(
            "== Objectifs == <!--T:1 src=\(Self.src("1"))-->\n\n<!--T:1 src=\(Self.src("1"))-->\nEncore.\n\n<!--T:9-->\nA.\n\n<!--T:9-->\nB.")
        #expect(status.units.map(\.id) == ["1", "2", "3", "9"])
        #expect(status.counts.current == 1)
        #expect(status.counts.extra == 1)
        #expect(findings.filter { $0.check == StatusCheck.structure }.count == 2)
    }

    @Test func coverageRoundsDown() {
        let english = WikitextDocument((1...15).map { "<!--T:\($0)-->\nParagraph number \($0)." }.joined(separator: "\n\n"))
        let translation = (1...13).map { "<!--T:\($0) src=\(Self.src(UnitID("\($0)"), in: english))-->\nParagraphe \($0)." }
            .joined(separator: "\n\n")
        let (status, _) = Self.evaluate(translation, source: english)
        #expect(status.counts.current == 13)
        #expect(status.coverage == 86.6)
        #expect(status.state == .incomplete)
    }

    // MARK: - Structure findings

    @Test func parseProblemsBecomeStructureFindings() {
        let (_, findings) = Self.evaluate(
            "== Objectifs == <!--T:1 src=\(Self.src("1"))-->\n\n<!--T:2 src=\(Self.src("2"))-->\nNous <!--T:3--> prévoyons.",
            path: "fr/plan.wiki")
        let structure = findings.filter { $0.check == StatusCheck.structure }
        #expect(structure.count == 1)
        #expect(structure.first?.line == 4)
        #expect(structure.first?.column == 6)
        #expect(structure.first?.severity == .warning)
        #expect(structure.first?.locationText == "fr/plan.wiki:4:6")
    }

    @Test(
        "problem severities",
        arguments: ParseProblem.Kind.allCases)
    func problemSeverity(_ kind: ParseProblem.Kind) {
        let errors: Set<ParseProblem.Kind> = [.unclosedTranslate, .strayClosingTranslate, .nestedTranslate, .duplicateUnit, .unclosedComment]
        #expect(StatusEvaluator.severity(of: kind) == (errors.contains(kind) ? .error : .warning))
    }

    // MARK: - Whole snapshot

    static let manifest = Manifest(
        project: nil, source: "en",
        languages: [
            Language(code: "en", name: "English", autonym: "English"),
            Language(code: "ar", name: "Arabic", autonym: "العربية", direction: .rtl),
            Language(code: "de", name: "German", autonym: "Deutsch"),
            Language(code: "fr", name: "French", autonym: "français"),
            Language(code: "sw", name: "Swahili", autonym: "Kiswahili"),
        ],
        documents: [DocumentSpec(id: "plan", name: "Annual Plan", kind: .wikitext)])

    @Test func snapshotGivesOneStatusPerDeclaredTranslation() throws {
        let snapshot = Snapshot(documents: [
            DocumentSnapshot(
                document: Self.manifest.documents[0],
                source: PageState(location: .file(path: "en/plan.wiki"), exists: true, document: try Fixture.document("annual-plan/en.wiki")),
                translations: [
                    "fr": PageState(location: .file(path: "fr/plan.wiki"), exists: true, document: try Fixture.document("annual-plan/fr.wiki")),
                    "ar": PageState(location: .file(path: "ar/plan.wiki"), exists: true, document: try Fixture.document("annual-plan/ar.wiki")),
                    "de": .absent(.file(path: "de/plan.wiki")),
                ])
        ])
        let report = StatusEvaluator().evaluate(snapshot, manifest: Self.manifest)
        #expect(report.sourceLanguage == "en")
        #expect(report.languages.map(\.code) == ["ar", "de", "fr", "sw"])
        #expect(report.documents.map(\.id) == ["plan"])
        #expect(report.documents.first?.source.units == 6)
        // Manifest order; sw has no page state at all, so no status.
        #expect(report.translations.map(\.language) == ["ar", "de", "fr"])
        #expect(report.translations.map(\.state) == [.outdated, .missing, .complete])
        #expect(report.findings.map(\.file) == ["ar/plan.wiki", "ar/plan.wiki", "ar/plan.wiki", "ar/plan.wiki", "de/plan.wiki"])
        #expect(report.findings.map(\.line) == [13, 15, 17, 26, nil])
    }

    @Test func manyTranslationsKeepManifestOrder() throws {
        // Four or more translations are evaluated in parallel; the report must not depend on it.
        let french = try Fixture.document("annual-plan/fr.wiki")
        let arabic = try Fixture.document("annual-plan/ar.wiki")
        let pages: [LanguageCode: PageState] = [
            "sw": PageState(location: .file(path: "sw/plan.wiki"), exists: true, document: french),
            "fr": PageState(location: .file(path: "fr/plan.wiki"), exists: true, document: french),
            "de": PageState(location: .file(path: "de/plan.wiki"), exists: true, document: arabic),
            "ar": PageState(location: .file(path: "ar/plan.wiki"), exists: true, document: arabic),
        ]
        let snapshot = Snapshot(documents: [
            DocumentSnapshot(
                document: Self.manifest.documents[0],
                source: PageState(location: .file(path: "en/plan.wiki"), exists: true, document: try Fixture.document("annual-plan/en.wiki")),
                translations: pages)
        ])
        let report = StatusEvaluator().evaluate(snapshot, manifest: Self.manifest)
        #expect(report.translations.map(\.language) == ["ar", "de", "fr", "sw"])
        #expect(report.translations.map(\.state) == [.outdated, .outdated, .complete, .complete])
        #expect(report.translations.map { $0.location.path } == ["ar/plan.wiki", "de/plan.wiki", "fr/plan.wiki", "sw/plan.wiki"])
        #expect(report.findings.count == 8)
        #expect(report.findings.map(\.language) == ["ar", "ar", "ar", "ar", "de", "de", "de", "de"])
    }

    @Test func sourceProblemsAreReportedAgainstTheSourceLanguage() {
        let source = WikitextDocument("<!--T:1-->\nOne.\n\n<!--T:1-->\nAgain.")
        let snapshot = Snapshot(
            documents: [
                DocumentSnapshot(
                    document: Self.manifest.documents[0],
                    source: PageState(location: .file(path: "en/plan.wiki"), exists: true, document: source),
                    translations: [:])
            ],
            findings: [Finding(check: StatusCheck.input, severity: .warning, message: "folder xx is not a declared language")])
        let report = StatusEvaluator().evaluate(snapshot, manifest: Self.manifest)
        #expect(report.translations.isEmpty)
        #expect(report.findings.count == 2)
        let structure = report.findings.first { $0.check == StatusCheck.structure }
        #expect(structure?.language == "en")
        #expect(structure?.file == "en/plan.wiki")
        #expect(structure?.line == 4)
        #expect(structure?.severity == .error)
        // Workspace findings come first, then each document's.
        #expect(report.findings.first?.check == StatusCheck.input)
    }

    @Test func withoutTheEnglishATranslationCoversNothing() {
        let page = PageState(location: .file(path: "fr.wiki"), exists: true, document: WikitextDocument("<!--T:1-->\nTexte.\n"))
        let (status, _) = StatusEvaluator.evaluate(page: page, source: nil as WikitextDocument?, document: "plan", language: "fr")
        #expect(status.state == .incomplete)
        #expect(status.coverage == 0)
    }
}
