/// **length**: the translation's length is far outside what the language usually needs.
package struct LengthCheck: Check {
    package init() {}
    package let id = "length"
    package let defaultSeverity = Severity.info
    package let summary = "The translation is far shorter or longer than the language usually is."
    package let rationale = """
        A translation a third as long as usual has probably lost a sentence; three times as long, gained \
        one. Ranges are generous and per language (Chinese and Japanese need far fewer characters than \
        English); only units of at least 40 letters in English are measured. Information only.
        """

    static let minimumEnglish = 40

    /// Acceptable translation/English ratios of letters and digits.
    static func range(for language: LanguageCode) -> ClosedRange<Double> {
        switch language.rawValue.split(separator: "-").first.map(String.init) ?? "" {
        case "zh": 0.12...0.9
        case "ja": 0.18...1.2
        case "ko": 0.25...1.3
        default: 0.45...2.6
        }
    }

    package var examples: [CheckExample] {
        [
            CheckExample("Most of the budget pays for the people and the technology that keep the projects online.", "La majeure partie du budget paie les personnes et la technologie qui maintiennent les projets en ligne.", language: "fr"),
            CheckExample("Most of the budget pays for the people and the technology that keep the projects online.", "预算的大部分用于维持项目在线运行的人员和技术。", language: "zh"),
            CheckExample("Most of the budget pays for the people and the technology that keep the projects online.", "Budget.", language: "fr", expected: ["Budget."]),
        ]
    }

    static func size(_ analysis: UnitAnalysis) -> Int {
        analysis.size
    }

    package func run(_ input: CheckInput) -> [CheckIssue] {
        let english = Self.size(input.english)
        guard english >= Self.minimumEnglish else { return [] }
        let ratio = Double(Self.size(input.translation)) / Double(english)
        let range = Self.range(for: input.language.code)
        guard !range.contains(ratio) else { return [] }
        let percent = Int((ratio * 100).rounded())
        let what = ratio < range.lowerBound ? "short" : "long"
        return [
            CheckIssue(
                "the translation is \(percent)% of the English length, unusually \(what) for \(input.language.code); check nothing was lost or added",
                fragments: [input.translation.text], inTranslation: true)
        ]
    }
}
