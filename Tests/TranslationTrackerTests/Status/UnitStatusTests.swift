import Testing

@testable import TranslationTracker

@Suite("Unit counts and coverage")
struct UnitStatusTests {
    static func counts(current: Int, total: Int) -> UnitCounts {
        var counts = UnitCounts()
        counts.total = total
        counts.current = current
        return counts
    }

    @Test(
        "coverage rounds down to one decimal",
        arguments: [
            (13, 15, 86.6), (2, 3, 66.6), (1, 3, 33.3), (999, 1000, 99.9), (1999, 2000, 99.9), (1, 8, 12.5),
            (0, 5, 0), (5, 5, 100), (0, 0, 100),
        ])
    func coverage(_ current: Int, _ total: Int, _ expected: Double) {
        #expect(Self.counts(current: current, total: total).coverage == expected)
    }

    @Test func almostEverythingIsNeverAHundred() {
        #expect(Self.counts(current: 9_999, total: 10_000).coverage < 100)
    }

    @Test func countsAdd() {
        var a = Self.counts(current: 2, total: 3)
        a.stale = 1
        var b = Self.counts(current: 1, total: 4)
        b.missing = 2
        b.unverified = 1
        b.extra = 5
        let sum = a + b
        #expect([sum.total, sum.current, sum.stale, sum.missing, sum.unverified, sum.extra] == [7, 3, 1, 2, 1, 5])
        #expect(sum.coverage == 42.8)
    }

    @Test func addCountsEachState() {
        var counts = UnitCounts()
        for state in UnitState.allCases { counts.add(state) }
        counts.add(.stale)
        #expect([counts.current, counts.stale, counts.missing, counts.unverified, counts.extra] == [1, 2, 1, 1, 1])
        #expect(counts.total == 0)
    }

    @Test func missingTranslationHasNoCoverageWhateverItsCounts() {
        let counts = Self.counts(current: 3, total: 3)
        let missing = TranslationStatus(document: "plan", language: "fr", location: .file(path: "fr/plan.wiki"), state: .missing, counts: counts, units: [])
        let complete = TranslationStatus(document: "plan", language: "fr", location: .file(path: "fr/plan.wiki"), state: .complete, counts: counts, units: [])
        #expect(missing.coverage == 0)
        #expect(complete.coverage == 100)
    }
}
