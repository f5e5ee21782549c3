/// **missing-unit**: the English has a unit that the translation does not.
package struct MissingUnitRule: StatusRule {
    package init() {}
    package let id = StatusCheck.missingUnit
    package let defaultSeverity = Severity.warning
    package let summary = "An English unit that the translation does not have."
    package let rationale = """
        Readers of the translation miss this part of the document. Translate the unit after the line shown and mark it \
        with the English unit's id (<!--T:n-->). `--fail-on incomplete` fails CI on missing units.
        """

    package var examples: [StatusRuleExample] {
        [
            StatusRuleExample(
                "Every English unit has its translation.",
                .wikitext(english: StatusRuleExample.sampleEnglish, translation: StatusRuleExample.sampleFrench)),
            StatusRuleExample(
                "The translation stops after the heading: unit 2 is not translated yet.",
                .wikitext(english: StatusRuleExample.sampleEnglish, translation: "== Budget == <!--T:1 src=72e2c61265-->\n"),
                expected: [.init(StatusCheck.missingUnit, unit: "2", severity: .warning)]),
        ]
    }
}
