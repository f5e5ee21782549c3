import Testing

@testable import TranslationTracker

@Suite("Findings and severities")
struct FindingTests {
    @Test func severitiesAreOrdered() {
        #expect(Severity.info < .warning)
        #expect(Severity.warning < .error)
        #expect(Severity.allCases.sorted() == [.info, .warning, .error])
    }

    @Test(
        "location text",
        arguments: [
            (String?("fr/plan.wiki"), Int?(4), Int?(6), String?("fr/plan.wiki:4:6")),
            ("fr/plan.wiki", 4, nil, "fr/plan.wiki:4"),
            ("fr/plan.wiki", nil, 6, "fr/plan.wiki"),
            (nil, 4, 6, nil),
        ])
    func locationText(_ file: String?, _ line: Int?, _ column: Int?, _ expected: String?) {
        let finding = Finding(check: StatusCheck.stale, severity: .error, file: file, line: line, column: column, message: "m")
        #expect(finding.locationText == expected)
    }

    @Test func orderedByFileLineColumnThenCheck() {
        func finding(_ file: String?, _ line: Int?, _ column: Int? = nil, _ check: String = "stale") -> Finding {
            Finding(check: check, severity: .warning, file: file, line: line, column: column, message: "m")
        }
        let expected = [
            finding("ar/plan.wiki", 2), finding("ar/plan.wiki", 10), finding("ar/plan.wiki", 10, 3),
            finding("ar/plan.wiki", 10, 3, "unverified"), finding("fr/plan.wiki", 1), finding(nil, nil),
        ]
        #expect(expected.reversed().sorted(by: Finding.ordered) == expected)
    }
}
