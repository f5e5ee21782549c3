/// **templates**: the same templates, as many times, with the same named parameters.
package struct TemplatesCheck: Check {
    package init() {}
    package let id = "templates"
    package let defaultSeverity = Severity.error
    package let summary = "The same templates appear, as many times, with the same named parameters."
    package let rationale = """
        Templates carry navigation, formatting and data. A dropped or renamed template, or a renamed \
        parameter, silently breaks the page for that language. Positional and named values may be \
        translated; names may not. Names compare as MediaWiki compares titles (first letter and \
        underscores do not matter). {{PLURAL:}}, {{GENDER:}} and {{GRAMMAR:}} are not templates: each \
        language has its own forms, or none.
        """

    package var examples: [CheckExample] {
        [
            CheckExample("Through {{Grants link|the regional funds|region=all}}.", "Par {{Grants link|les fonds régionaux|region=all}}.", language: "fr"),
            CheckExample("Through {{Grants link|the funds}}.", "Melalui {{grants_link|dana}}.", language: "id"),
            CheckExample("Through {{Grants link|the funds|region=all}}.", "Через {{Grants link|фонды|регион=all}}.", language: "ru", expected: ["region"]),
            CheckExample("Through {{Grants link|the funds}}.", "Kupitia mifuko.", language: "sw", expected: ["Grants link"]),
            CheckExample("{{Note}} Text.", "{{Note}} {{Note}} Texte.", language: "fr", expected: ["Note"]),
            CheckExample("You made $1 {{PLURAL:$1|edit|edits}}.", "您进行了$1次编辑。", language: "zh"),
        ]
    }

    package func run(_ input: CheckInput) -> [CheckIssue] {
        var issues: [CheckIssue] = []
        var translated = input.translation.markup.templates
        for template in input.english.markup.templates {
            guard let index = translated.firstIndex(where: { $0.name == template.name }) else {
                issues.append(CheckIssue("the template {{\(template.name)}} is missing; keep it, translating only its text", fragments: [template.name]))
                continue
            }
            let match = translated.remove(at: index)
            for key in template.named.keys.sorted() where match.named[key] == nil {
                let renamed = match.named.keys.filter { template.named[$0] == nil }.sorted()
                let hint = renamed.isEmpty ? "" : " (the translation has \(renamed.map { "\($0)=" }.joined(separator: ", ")))"
                issues.append(
                    CheckIssue("the parameter \(key)= of {{\(template.name)}} is missing\(hint); parameter names are not translated", fragments: [key]))
            }
        }
        for extra in translated {
            issues.append(
                CheckIssue("the template {{\(extra.name)}} is not in the English; remove it or check the English", fragments: [extra.name], inTranslation: true))
        }
        return issues
    }
}
