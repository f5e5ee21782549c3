/// **structure**: the markup that splits a page into units is broken: markers, `<translate>`
/// tags, duplicate unit ids, unclosed comments.
///
/// An error when units cannot be told apart (a duplicate id, an unclosed tag or comment); a
/// warning when they still can (a marker where Translate does not put one, an empty unit).
package struct StructureRule: StatusRule {
    package init() {}
    package let id = StatusCheck.structure
    package let defaultSeverity = Severity.error
    package let summary = "Broken unit structure: markers, <translate> tags, duplicate ids."
    package let rationale = """
        The file cannot be split into translation units the way the Translate extension splits it: an unclosed or nested \
        <translate>, a duplicate unit id, a marker in the middle of a sentence, an unclosed comment or variable. The \
        other units are still read; fix the markup at the position shown.
        """

    package var examples: [StatusRuleExample] {
        [
            StatusRuleExample(
                "Each unit has one marker with its own id.",
                .wikitext(english: StatusRuleExample.sampleEnglish, translation: StatusRuleExample.sampleFrench)),
            StatusRuleExample(
                "Unit 2 was given the id of unit 1.",
                .wikitext(
                    english: StatusRuleExample.sampleEnglish,
                    translation: "== Budget == <!--T:1 src=72e2c61265-->\n\n<!--T:1 src=d96cb2bbd5-->\nLe budget est de 177 millions de dollars.\n"),
                expected: [.init(StatusCheck.structure, severity: .error), .init(StatusCheck.missingUnit, unit: "2", severity: .warning)]),
            StatusRuleExample(
                "A marker was left in the middle of a sentence: a warning, since the units can still be told apart.",
                .wikitext(
                    english: StatusRuleExample.sampleEnglish,
                    translation: "== Budget == <!--T:1 src=72e2c61265-->\n\n<!--T:2 src=d96cb2bbd5-->\nLe budget <!--T:3--> est de 177 millions de dollars.\n"),
                expected: [.init(StatusCheck.structure, severity: .warning)]),
        ]
    }
}
