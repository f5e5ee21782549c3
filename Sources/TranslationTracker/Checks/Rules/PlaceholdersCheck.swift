/// **placeholders**: `$1`, `{{{1}}}`, `%s` and variables (`$mail`, `<tvar name=mail>`) survive
/// translation.
package struct PlaceholdersCheck: Check {
    package init() {}
    package let id = "placeholders"
    package let defaultSeverity = Severity.error
    package let summary = "Placeholders ($1, {{{1}}}, %s) and variables ($name or <tvar name=…>) are kept."
    package let rationale = """
        Placeholders are filled in when the page or message is shown; a dropped one loses information, a \
        renamed one shows raw syntax to readers. Variables may be written as <tvar name=x>…</tvar> (as in \
        the source) or as $x (as the Translate extension shows them to translators). A "$5" that the \
        translation writes as a price (5 dollars) is a price, not a placeholder; so is a lone "$5" in a unit \
        without $1 to $4, since MediaWiki numbers message parameters from $1.
        """

    package var examples: [CheckExample] {
        [
            CheckExample("Hello $1, you have {{{2}}} messages.", "Bonjour $1, vous avez {{{2}}} messages.", language: "fr"),
            CheckExample("Hello $1.", "Bonjour.", language: "fr", expected: ["$1"]),
            CheckExample("Write to <tvar name=mail>a@b.org</tvar>.", "Écrivez à $mail.", language: "fr"),
            CheckExample("Write to <tvar name=mail>a@b.org</tvar>.", "Écrivez-nous.", language: "fr", expected: ["mail"]),
            CheckExample("The budget is $177 million.", "预算为1.77亿美元。", language: "zh"),
            CheckExample("Saved %d files in %s.", "Сохранено файлов: %d.", language: "ru", expected: ["%s"]),
            CheckExample("A gift of $5 keeps a wiki online.", "Un don de 50 dollars maintient un wiki en ligne.", language: "fr"),
        ]
    }

    package func run(_ input: CheckInput) -> [CheckIssue] {
        var issues: [CheckIssue] = []
        var remaining = input.translation.markup.placeholders
        for placeholder in input.english.markup.placeholders {
            if let index = remaining.firstIndex(of: placeholder) {
                remaining.remove(at: index)
                continue
            }
            if placeholder.hasPrefix("$"), isPrice(placeholder, input) { continue }
            issues.append(CheckIssue("the placeholder \(placeholder) is missing; keep it exactly", fragments: [placeholder]))
        }
        let translatedNames = Set(input.translation.markup.variables.map(\.name) + input.translation.markup.variableReferences)
        let englishNames = input.english.markup.variables.map(\.name)
        for name in englishNames where !translatedNames.contains(name) {
            issues.append(
                CheckIssue("the variable $\(name) (<tvar name=\(name)>) is missing; keep it as $\(name) or as the <tvar> element", fragments: [name]))
        }
        return issues
    }

    /// `$177 million`, `$1.5`, a `$5` the translation writes as 5, or a lone `$5` (message
    /// parameters are numbered from `$1`): money, not a placeholder.
    private func isPrice(_ token: String, _ input: CheckInput) -> Bool {
        let digits = token.dropFirst()
        guard let value = Double(digits) else { return false }
        if let number = Int(digits), !input.english.messageParameters.contains(number) { return true }
        if input.english.numbers.contains(where: { $0.text.hasPrefix(digits) && !$0.matches(value) }) { return true }
        // Written as a number: one more than the English's own numbers of that value ("Goal 1: $1 edits").
        let written = input.translation.numbers.filter { !$0.isPlaceholder && $0.matches(value) }.count
        return written > input.english.numbers.filter { !$0.isPlaceholder && $0.matches(value) }.count
    }
}
