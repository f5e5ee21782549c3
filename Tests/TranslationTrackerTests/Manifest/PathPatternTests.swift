import Testing

@testable import TranslationTracker

@Suite("{lang} patterns and language codes")
struct PathPatternTests {
    @Test func expansion() {
        let pattern = PathPattern("locales/{lang}/summary.{lang}.wiki")
        #expect(pattern.hasPlaceholder)
        #expect(pattern.expanded(for: "pt-br") == "locales/pt-br/summary.pt-br.wiki")
        #expect(pattern.unknownPlaceholders.isEmpty)
        #expect(PathPattern("a/{Lang}/{x}").unknownPlaceholders == ["{Lang}", "{x}"])
        #expect(!PathPattern("a/b").hasPlaceholder)
    }

    @Test(arguments: [("fr", true), ("pt-br", true), ("zh-hans", true), ("ast", true), ("FR", false), ("f", false), ("fr_", false), ("fr-", false), ("english", false)])
    func wellFormed(_ code: String, _ expected: Bool) {
        #expect(LanguageCode(code).isWellFormed == expected)
    }
}
