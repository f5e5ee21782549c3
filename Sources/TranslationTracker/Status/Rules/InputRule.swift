/// **input**: a file that cannot be read as wikitext (not UTF-8), or a translation in a folder
/// for a language the manifest does not declare.
///
/// Found while the files are read, before any unit is compared; its examples are files.
package struct InputRule: StatusRule {
    package init() {}
    package let id = StatusCheck.input
    package let defaultSeverity = Severity.error
    package let summary = "A file that cannot be read as wikitext, or one for a language the manifest does not declare."
    package let rationale = """
        A translation that is not valid UTF-8 cannot be split into units; save it as UTF-8. A file in a language folder \
        that the manifest does not list is not tracked at all; declare the language under 'languages:' or remove the file.
        """

    package var examples: [StatusRuleExample] {
        [
            StatusRuleExample(
                "The French translation is UTF-8, in the folder of a declared language.",
                .files(english: StatusRuleExample.sampleEnglish, translations: ["fr": Array(StatusRuleExample.sampleFrench.utf8)], declared: ["fr"])),
            StatusRuleExample(
                "The French translation was saved in Latin-1: \"dépensés\" has the byte E9 for é.",
                .files(
                    english: StatusRuleExample.sampleEnglish,
                    translations: ["fr": Array(StatusRuleExample.sampleFrench.utf8) + Array("Ils seront d".utf8) + [0xE9] + Array("pens".utf8) + [0xE9] + Array("s.\n".utf8)],
                    declared: ["fr"]),
                expected: [.init(StatusCheck.input, severity: .error)]),
            StatusRuleExample(
                "Someone started a German translation, but the manifest does not declare German.",
                .files(
                    english: StatusRuleExample.sampleEnglish,
                    translations: [
                        "fr": Array(StatusRuleExample.sampleFrench.utf8),
                        "de": Array("== Budget == <!--T:1 src=72e2c61265-->\n\n<!--T:2 src=d96cb2bbd5-->\nDas Budget beträgt 177 Millionen Dollar.\n".utf8),
                    ], declared: ["fr"]),
                expected: [.init(StatusCheck.input, severity: .warning)]),
        ]
    }
}
