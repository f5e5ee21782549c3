/// **unverified**: a translated unit with no record of the English it was translated from, so
/// it is neither known current nor known stale.
package struct UnverifiedRule: StatusRule {
    package init() {}
    package let id = StatusCheck.unverified
    package let defaultSeverity = Severity.info
    package let summary = "A translated unit with no record of the English it was translated from."
    package let rationale = """
        Without a src= fingerprint in its marker, the unit can be neither current nor known to be stale, and it does not \
        count towards coverage. Check it against today's English, then run `transtrack stamp LANG --unit UNIT`. \
        `--fail-on unverified` fails CI on these.
        """

    package var examples: [StatusRuleExample] {
        [
            StatusRuleExample(
                "Both markers record the English they were translated from.",
                .wikitext(english: StatusRuleExample.sampleEnglish, translation: StatusRuleExample.sampleFrench)),
            StatusRuleExample(
                "Unit 2's marker has no src=.",
                .wikitext(
                    english: StatusRuleExample.sampleEnglish,
                    translation: "== Budget == <!--T:1 src=72e2c61265-->\n\n<!--T:2-->\nLe budget est de 177 millions de dollars.\n"),
                expected: [.init(StatusCheck.unverified, unit: "2", severity: .info)]),
            StatusRuleExample(
                "The translation has no markers at all: its paragraphs are matched with the English units by position.",
                .wikitext(english: StatusRuleExample.sampleEnglish, translation: "== Budget ==\n\nLe budget est de 177 millions de dollars.\n"),
                expected: [.init(StatusCheck.unverified, unit: "1", severity: .info), .init(StatusCheck.unverified, unit: "2", severity: .info)]),
        ]
    }
}
