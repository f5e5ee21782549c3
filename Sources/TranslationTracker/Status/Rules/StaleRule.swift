/// **stale**: the English unit changed after the translation was made, so the translation may
/// no longer say what the English says.
///
/// Decided from the fingerprint a unit's marker records (`src=`), a deck's stamp record, the
/// state the Translate extension reports (fuzzy), or, without any of these, the page histories.
package struct StaleRule: StatusRule {
    package init() {}
    package let id = StatusCheck.stale
    package let defaultSeverity = Severity.error
    package let summary = "A translated unit whose English has changed since it was translated."
    package let rationale = """
        The unit's marker records (src=) a fingerprint of the English it was translated from, and today's English unit has \
        another: the translation may no longer say what the English says. Compare the two English versions with \
        `transtrack diff LANG UNIT`, update the translation, then record it with `transtrack stamp LANG --unit UNIT`.
        """

    package var examples: [StatusRuleExample] {
        [
            StatusRuleExample(
                "Both units record the fingerprint of today's English.",
                .wikitext(english: StatusRuleExample.sampleEnglish, translation: StatusRuleExample.sampleFrench)),
            StatusRuleExample(
                "Unit 2 records the English as it was before $175 million became $177 million.",
                .wikitext(
                    english: StatusRuleExample.sampleEnglish,
                    translation: "== Budget == <!--T:1 src=72e2c61265-->\n\n<!--T:2 src=42e0058cc4-->\nLe budget est de 175 millions de dollars.\n"),
                expected: [.init(StatusCheck.stale, unit: "2", severity: .error)]),
            StatusRuleExample(
                "On a wiki, the Translate extension marks unit 2 fuzzy: it was translated before the English changed.",
                .translate(
                    english: StatusRuleExample.sampleEnglish,
                    unitPages: [
                        TranslateUnitPage(unit: "1", text: "== Budget ==", reported: .translated),
                        TranslateUnitPage(unit: "2", text: "Le budget est de 175 millions de dollars.", reported: .fuzzy),
                    ], stats: nil),
                expected: [.init(StatusCheck.stale, unit: "2", severity: .error)]),
        ]
    }
}
