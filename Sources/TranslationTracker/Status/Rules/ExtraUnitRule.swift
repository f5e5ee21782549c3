/// **extra-unit**: the translation has a unit that the English no longer has.
package struct ExtraUnitRule: StatusRule {
    package init() {}
    package let id = StatusCheck.extraUnit
    package let defaultSeverity = Severity.warning
    package let summary = "A translated unit that the English source no longer has."
    package let rationale = """
        The English unit was deleted or renumbered, so this text translates nothing that is still there. Remove it, or give \
        it the id of the English unit it translates.
        """

    package var examples: [StatusRuleExample] {
        [
            StatusRuleExample(
                "The translation has the English units and no others.",
                .wikitext(english: StatusRuleExample.sampleEnglish, translation: StatusRuleExample.sampleFrench)),
            StatusRuleExample(
                "Unit 3, about grants, was removed from the English but is still in the translation.",
                .wikitext(
                    english: StatusRuleExample.sampleEnglish,
                    translation: StatusRuleExample.sampleFrench + "\n<!--T:3 src=b1b15af858-->\nLes subventions atteignent 25 millions de dollars.\n"),
                expected: [.init(StatusCheck.extraUnit, unit: "3", severity: .warning)]),
        ]
    }
}
