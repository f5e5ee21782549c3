/// **missing-translation**: a language the manifest declares has no translation of the
/// document at all.
package struct MissingTranslationRule: StatusRule {
    package init() {}
    package let id = StatusCheck.missingTranslation
    package let defaultSeverity = Severity.warning
    package let summary = "A language with no translation of the document at all."
    package let rationale = """
        The manifest declares the language, but the place where its translation should be has nothing. Start the \
        translation from the English source, or remove the language from the manifest. `--fail-on missing` fails CI on it.
        """

    package var examples: [StatusRuleExample] {
        [
            StatusRuleExample(
                "The French translation is there.",
                .wikitext(english: StatusRuleExample.sampleEnglish, translation: StatusRuleExample.sampleFrench)),
            StatusRuleExample(
                "There is no file for French where the manifest says its translation is.",
                .wikitext(english: StatusRuleExample.sampleEnglish, translation: nil),
                expected: [.init(StatusCheck.missingTranslation, severity: .warning)]),
        ]
    }
}
