/// **slide-count**: a translated slide deck has another number of slides (or PDF pages) than
/// the English deck.
package struct SlideCountRule: StatusRule {
    package init() {}
    package let id = StatusCheck.slideCount
    package let defaultSeverity = Severity.warning
    package let summary = "A translated slide deck with another number of slides (or PDF pages) than the English."
    package let rationale = """
        Slides are matched by number, so a deck with a slide added or dropped compares each later slide with the wrong \
        English one. Add or remove slides so that slide N translates the English slide N, then run \
        `transtrack stamp LANG --document DOC`.
        """

    static let english = [["Annual Plan 2023-2024"], ["Budget", "The budget is $177 million."], ["Thank you"]]
    static let french = [["Plan annuel 2023-2024"], ["Budget", "Le budget est de 177 millions de dollars."], ["Merci"]]
    static let stamp = ["slide-1": "eef0fc83f0", "slide-2": "117b200ff2", "slide-3": "268bc1833e"]

    package var examples: [StatusRuleExample] {
        [
            StatusRuleExample(
                "Three slides for three, each stamped against today's English slide.",
                .deck(english: Self.english, translation: Self.french, stamp: Self.stamp)),
            StatusRuleExample(
                "The translated deck dropped the last slide.",
                .deck(english: Self.english, translation: Array(Self.french.prefix(2)), stamp: Self.stamp),
                expected: [.init(StatusCheck.slideCount, severity: .warning), .init(StatusCheck.missingUnit, unit: "slide-3", severity: .warning)]),
        ]
    }
}
