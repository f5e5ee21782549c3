/// **untranslated**: the translation is the English text, left as it was, or keeps a whole
/// English sentence next to translated ones.
package struct UntranslatedCheck: Check {
    package init() {}
    package let id = "untranslated"
    package let defaultSeverity = Severity.warning
    /// A sentence left in English is as visible on a slide as on a page.
    package let appliesToSlides = true
    package let summary = "The translation's words are the English words (numbers, links and markup aside), or keep a whole English sentence."
    package let rationale = """
        Copying the English is how a translation page gets its structure; forgetting to translate a unit \
        afterwards, or its second sentence, is easy and invisible in the unit counts. Units with fewer \
        than 12 letters, or with fewer than two words starting in lowercase, are skipped: names, \
        acronyms, titles and short labels are often the same in every language. A sentence counts when \
        it has at least five words, three of them starting in lowercase, so a title kept in English \
        inside a translated sentence is fine.
        """

    static let minimumLetters = 12

    package var examples: [CheckExample] {
        [
            CheckExample("Most of it pays for the people and the technology.", "Most of it pays for the people and the technology.", language: "fr", expected: ["Most of it pays for the people and the technology."]),
            CheckExample("See [[Special:MyLanguage/Plan|the plan]] for 2023.", "See [[Special:MyLanguage/Plan|the plan]] for 2024.", language: "id", expected: ["See [[Special:MyLanguage/Plan|the plan]] for 2024."]),
            CheckExample("Wikimedia Foundation", "Wikimedia Foundation", language: "es"),
            CheckExample("Most of it pays for the people.", "La plupart sert à payer les personnes.", language: "fr"),
            CheckExample(
                "The plan has three parts. Each part lists the goals and the people responsible.",
                "Le plan comporte trois parties. Each part lists the goals and the people responsible.", language: "fr",
                expected: ["Each part lists the goals and the people responsible."]),
            CheckExample("The ''State of the Movement'' report is out.", "Le rapport ''State of the Movement'' est publié.", language: "fr"),
        ]
    }

    package func run(_ input: CheckInput) -> [CheckIssue] {
        let words = input.english.words
        guard (input.translation.letters[.latin] ?? 0) >= UnitAnalysis.untranslatedThreshold,
            input.english.wordLetters >= Self.minimumLetters
        else { return [] }
        if words == input.translation.words {
            // Names and titles ("Wikimedia Foundation") are legitimately the same everywhere.
            let lowercaseWords = input.english.markup.plain.split(whereSeparator: { $0.isWhitespace }).filter { $0.first?.isLowercase == true }
            guard lowercaseWords.count >= 2 else { return [] }
            return [CheckIssue("the text is still in English; translate it", fragments: [input.translation.text], inTranslation: true)]
        }
        guard !input.english.sentences.isEmpty else { return [] }
        let haystack = Array((" " + input.translation.words + " ").utf8)
        return input.english.sentences.filter { haystack.firstIndex(of: $0.needle, from: 0) != nil }.map {
            CheckIssue("a sentence is still in English: \u{201C}\($0.text)\u{201D}; translate it", fragments: [$0.text], inTranslation: true)
        }
    }
}
