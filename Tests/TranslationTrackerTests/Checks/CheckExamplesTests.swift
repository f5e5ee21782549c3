import Testing

@testable import TranslationTracker

/// Every example of every check is a test: the examples are the checks' documentation.
@Suite("Check examples")
struct CheckExamplesTests {
    struct Case: Sendable, CustomStringConvertible {
        var check: String
        var index: Int
        var description: String { "\(check) #\(index + 1)" }
    }

    static let cases: [Case] = CheckRegistry.all.flatMap { check in
        check.examples.indices.map { Case(check: check.id, index: $0) }
    }

    @Test(arguments: cases)
    func example(_ item: Case) throws {
        let check = try #require(CheckRegistry.check(item.check))
        let example = check.examples[item.index]
        let issues = example.run(check)
        let found = issues.map { $0.fragments.first ?? "" }.sorted()
        #expect(found == example.expected.sorted(), "\(example.english) → \(example.translation): \(issues.map(\.message))")
    }

    @Test("every check is registered once and documents itself")
    func registry() {
        #expect(Set(CheckRegistry.ids).count == CheckRegistry.all.count)
        #expect(CheckRegistry.ids == ["numbers", "links", "templates", "markup", "placeholders", "untranslated", "script", "length", "punctuation"])
        for check in CheckRegistry.all {
            #expect(!check.summary.isEmpty && check.summary.count < 140, "\(check.id) summary")
            #expect(check.rationale.count > 80, "\(check.id) rationale")
            #expect(check.examples.contains { $0.expected.isEmpty }, "\(check.id) shows a correct translation")
            #expect(check.examples.contains { !$0.expected.isEmpty }, "\(check.id) shows a mistake")
            #expect(check.id.allSatisfy { $0.isLowercase || $0 == "-" })
        }
    }
}
