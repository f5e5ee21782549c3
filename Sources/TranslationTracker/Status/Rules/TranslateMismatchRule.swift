/// **translate-mismatch**: the Translate extension's own numbers for a translation differ from
/// the states of its units.
package struct TranslateMismatchRule: StatusRule {
    package init() {}
    package let id = StatusCheck.translateMismatch
    package let defaultSeverity = Severity.warning
    package let summary = "The Translate extension's own numbers for a translation differ from its units' states."
    package let rationale = """
        The wiki's Translate statistics (meta=messagegroupstats) count translated, fuzzy or proofread units otherwise than \
        the unit states read or inferred here, so one of them is wrong: Translate's statistics may not be rebuilt yet \
        (its job queue), or a state was inferred wrongly from an export. The message names the units; compare them \
        with Special:Translate.
        """

    static let unitPages = [
        TranslateUnitPage(unit: "1", text: "== Budget ==", reported: .translated),
        TranslateUnitPage(unit: "2", text: "Le budget est de 177 millions de dollars.", reported: .translated),
    ]

    package var examples: [StatusRuleExample] {
        [
            StatusRuleExample(
                "Translate counts both units translated, as their states say.",
                .translate(
                    english: StatusRuleExample.sampleEnglish, unitPages: Self.unitPages,
                    stats: TranslateStats(total: 2, translated: 2, fuzzy: 0, basis: .wiki, includesTitle: false))),
            StatusRuleExample(
                "Translate still counts unit 2 as fuzzy, though its unit page says it is translated.",
                .translate(
                    english: StatusRuleExample.sampleEnglish, unitPages: Self.unitPages,
                    stats: TranslateStats(total: 2, translated: 1, fuzzy: 1, basis: .wiki, includesTitle: false)),
                expected: [.init(StatusCheck.translateMismatch, severity: .warning)]),
        ]
    }
}
