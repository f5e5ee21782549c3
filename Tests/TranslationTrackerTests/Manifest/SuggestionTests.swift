import Testing

@testable import TranslationTracker

@Suite("did-you-mean suggestions")
struct SuggestionTests {
    @Test(arguments: [
        ("langauges", "languages"),  // swapped letters count once
        ("document", "documents"),
        ("wikiz", "wikis"),
        ("zz", nil),
        ("completely-different", nil),
    ] as [(String, String?)])
    func closest(_ word: String, _ expected: String?) {
        #expect(Suggestion.closest(to: word, in: ["languages", "documents", "wikis", "source", "version"]) == expected)
    }

    @Test func distance() {
        #expect(Suggestion.distance("kitten", "sitting") == 3)
        #expect(Suggestion.distance("ab", "ba") == 1)
        #expect(Suggestion.distance("", "abc") == 3)
    }
}
