import Testing

@testable import TranslationTracker

@Suite("Unit ids")
struct UnitIDTests {
    @Test func numericIDsSortNaturallyBeforeOthers() {
        let ids: [UnitID] = ["10", "h1a2b3c4d", "2", "intro", "1"]
        #expect(ids.sorted() == ["1", "2", "10", "h1a2b3c4d", "intro"])
    }

    @Test(
        "validity follows the Translate extension",
        arguments: [
            ("3", true), ("intro-2", true), ("h1a2b3c4d-2", true), ("", false), ("a_b", false), ("a/b", false),
            ("a b", false), ("a<b", false), ("a>b", false),
        ])
    func validity(_ raw: String, _ valid: Bool) {
        #expect(UnitID(raw).isValid == valid)
    }
}
