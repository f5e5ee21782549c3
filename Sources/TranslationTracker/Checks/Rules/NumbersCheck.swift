/// **numbers**: every number in the English unit appears in the translation with the same value,
/// however it is written there.
///
/// Digits of every script count (`١٧٧`, `१७७`, `１７７`), separators follow the language
/// (`1,234.5`, `1 234,5`, `1.234,5`, `١٬٢٣٤٫٥`, Indian `1,00,000`), and scale words are
/// applied, so `177 million`, `1.77亿`, `17,700万`, `١٧٧ مليون`, `17.7 करोड़` and
/// `dola milioni 177` are all 177,000,000. Day numbers are never scaled, and years only when a
/// scale word follows (`2000 millones` is two billion); `14:00`, `14 h`, `14h00`, `14時` and
/// `2 p.m.` are the same time; a month name in the English may become a number in the
/// translation (`July` → `7月`). List items and table cells are compared one by one. `$1` in a
/// message is a placeholder, left to the placeholders check. A missing or different number is
/// an error; a number the English does not have is a warning.
package struct NumbersCheck: Check {
    package init() {}
    package let id = "numbers"
    package let defaultSeverity = Severity.error
    /// A figure is as wrong on a slide as on a page.
    package let appliesToSlides = true
    package let summary = "Numbers in the English appear in the translation with the same value, in any digits and scale words."
    package let rationale = """
        A budget figure, a date or a count that changes in translation misinforms every reader of that \
        language, and no reviewer reading only their own language can notice. Values are compared, not \
        strings: digits of any script, the language's decimal and grouping separators and its scale words \
        (million, milliard, млн, juta, milioni, लाख, करोड़, 万, 亿, مليون…) are all read, so a correct \
        translation that writes 177 million as 1.77亿 passes. Times match in any clock (14:30, 14 h 30, \
        14時30分, 2:30 p.m.), a scale word after a range applies to both ends (от 100 до 250 тыс.), and \
        30余万 is 300,000. Spelled-out small numbers (cinq, пять, дванадцяти) count for a missing digit. \
        In lists and tables each item keeps its own numbers. Missing or different numbers are errors; \
        extra numbers are warnings.
        """

    package var examples: [CheckExample] {
        [
            CheckExample("The budget is $177 million.", "预算为1.77亿美元。", language: "zh"),
            CheckExample("The budget is $177 million.", "预算为17,700万美元。", language: "zh"),
            CheckExample("The budget is $177 million.", "الميزانية ١٧٧ مليون دولار.", language: "ar"),
            CheckExample("The budget is $177 million.", "बजट 17.7 करोड़ डॉलर है।", language: "hi"),
            CheckExample("The budget is $177 million.", "Bajeti ni dola milioni 177.", language: "sw"),
            CheckExample("About 1.5 billion devices and 300,000 volunteers.", "Environ 1,5 milliard d'appareils et 300 000 bénévoles.", language: "fr"),
            CheckExample("From 1 July 2023 to 30 June 2024.", "自2023年7月1日至2024年6月30日。", language: "zh"),
            CheckExample("On 9 May 2023 at 18:00 UTC.", "Le 9 mai 2023 à 18 h UTC.", language: "fr"),
            CheckExample("The budget is $177 million.", "Le budget est de 175 millions de dollars.", language: "fr", expected: ["177 million"]),
            CheckExample("Grants reach $25 million.", "Las subvenciones alcanzan 25 millones de dólares en 2023.", language: "es", expected: ["2023"]),
            CheckExample("In 5 languages.", "В пяти языках.", language: "ru"),
            CheckExample("Share: 43%", "Доля: 34 %", language: "ru", expected: ["43%"]),
            CheckExample("On 14 March at 14:30 UTC.", "3月14日14時30分（UTC）。", language: "ja"),
            CheckExample("The call starts at 3 p.m. UTC.", "L’appel commence à 15 h UTC.", language: "fr"),
            CheckExample("More than 300,000 articles.", "30余万篇条目。", language: "zh"),
            CheckExample("More than 300,000 articles.", "Plus de 300&nbsp;000 articles.", language: "fr"),
            CheckExample("Spending reached $2 billion.", "El gasto alcanzó 2000 millones de dólares.", language: "es"),
            CheckExample("Each hub receives between $100,000 and $250,000.", "Каждый центр получает от 100 до 250 тыс. долларов.", language: "ru"),
            CheckExample("Grants reach $26 million.", "अनुदान 2.6 करो\u{095C} डॉलर तक पहुँचेंगे।", language: "hi"),
            CheckExample("In 12 countries.", "У дванадцяти країнах.", language: "uk"),
            CheckExample("Hello $1, welcome.", "Bonjour, bienvenue.", language: "fr"),
            CheckExample("A gift of $5 keeps a wiki online.", "Un don de 50 dollars maintient un wiki en ligne.", language: "fr", expected: ["5"]),
            CheckExample("* Equity: 20%\n* Safety: 15%", "* Equidad: 15 %\n* Seguridad: 20 %", language: "es", expected: ["20%", "15%"], kind: .list),
            CheckExample("The budget is $234 million.", "予算は2億3,400万ドルです。", language: "ja"),
            CheckExample("The budget is $234 million.", "预算为2亿3,400万美元。", language: "zh"),
            CheckExample("The budget is $234 million.", "預算為2億3,400萬美元。", language: "zh"),
            CheckExample("The budget is $234 million.", "予算は2億4,300万ドルです。", language: "ja", expected: ["234 million"]),
            CheckExample("Grants total <tvar name=\"b\">250</tvar> million USD.", "赠款总额为<tvar name=\"b\">250</tvar>百万美元（即2.5亿美元）。", language: "zh"),
            CheckExample("Grants total <tvar name=\"b\">250</tvar> million USD.", "助成金は<tvar name=\"b\">250</tvar>百万ドル（2億5,000万ドル）です。", language: "ja"),
            CheckExample("Grants total <tvar name=\"b\">250</tvar> million USD.", "助成金は<tvar name=\"b\">250</tvar>百万ドル（2億4,000万ドル）です。", language: "ja", expected: ["2億4,000万"]),
        ]
    }

    package func run(_ input: CheckInput) -> [CheckIssue] {
        let parameters = input.english.messageParameters
        let english = input.english
        if Self.linesCorrespond(input) {
            let lines = input.translation.markup.plain.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            let englishLines = english.markup.plain.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            return english.numberLines.indices.flatMap { index in
                Self.compare(
                    english.numberLines[index], input.translation.numberLines[index], translatedText: String(Substring(lines[index])),
                    language: input.language.code, parameters: parameters,
                    variables: Self.variableNumbers(String(Substring(englishLines[index])), english.markup.variables, language: english.language))
            }
        }
        return Self.compare(
            english.numbers, input.translation.numbers, translatedText: input.translation.markup.plain, language: input.language.code,
            parameters: parameters, variables: english.variableNumbers)
    }

    /// The English's numbers read with its `<tvar>`s' values in place (`<tvar name=b>250</tvar>
    /// million` is 250,000,000). A translation keeps the variable, so these are not required, but
    /// it may restate the value in its own form (`<tvar name=b>250</tvar>百万（即2.5亿）`).
    static func variableNumbers(_ plain: String, _ variables: [TranslationVariable], language: LanguageCode) -> [NumberValue] {
        let numeric = variables.filter { !$0.name.isEmpty && $0.value.unicodeScalars.contains { NumberExtractor.digit($0) != nil } }
        guard !numeric.isEmpty else { return [] }
        var expanded = plain
        // Longest names first, so `$ab` is not read as `$a` followed by "b".
        for variable in numeric.sorted(by: { $0.name.count > $1.name.count }) {
            expanded = expanded.replacing("$" + variable.name, with: variable.value)
        }
        return expanded == plain ? [] : NumberExtractor.extract(expanded, language: language)
    }

    /// List items and table cells correspond one to one, so their numbers are compared line by
    /// line (a share moved to the wrong item is wrong) when both have the same shape.
    static func linesCorrespond(_ input: CheckInput) -> Bool {
        let english = input.english.markup, translated = input.translation.markup
        let sameList = !english.listMarkers.isEmpty && english.listMarkers == translated.listMarkers
        let sameTable =
            english.tables > 0 && english.tables == translated.tables && english.tableRows == translated.tableRows
            && english.tableCells == translated.tableCells
        return (sameList || sameTable) && input.english.numberLines.count > 1
            && input.english.numberLines.count == input.translation.numberLines.count
    }

    /// `parameters`: the English's message parameters (`$1`, `$2`), which are placeholders, not numbers.
    /// `variables`: the English's numbers with its `<tvar>` values in place (see ``variableNumbers(_:_:language:)``).
    static func compare(
        _ english: [NumberValue], _ translated: [NumberValue], translatedText: String, language: LanguageCode, parameters: Set<Int>,
        variables: [NumberValue] = []
    ) -> [CheckIssue] {
        func isParameter(_ number: NumberValue) -> Bool { number.isPlaceholder && parameters.contains(Int(number.value)) }
        var pool = translated
        var missing: [NumberValue] = []
        var spelled: [Int: Int]?
        // Numbers before placeholders, so a `$1` never takes the 1 of "Goal 1".
        let required = english.filter { $0.required && !isParameter($0) } + english.filter { $0.required && isParameter($0) }
        for number in required {
            if let index = pool.firstIndex(where: { NumberValue.same($0.value, number.value) }) ?? pool.firstIndex(where: { $0.matches(number) }) {
                pool.remove(at: index)
                continue
            }
            // A `$1` the translation does not have is a missing placeholder: the placeholders check says so.
            if isParameter(number) { continue }
            let whole = Int(exactly: number.value)
            if let whole, whole >= 0, whole <= 12 {
                if spelled == nil { spelled = NumberExtractor.spelledOut(translatedText, language: language) }
                if let count = spelled?[whole], count > 0 {
                    spelled?[whole] = count - 1
                    continue
                }
            }
            missing.append(number)
        }
        // Month names and spelled-out numbers in the English may appear as digits.
        for number in english where !number.required {
            if let index = pool.firstIndex(where: { $0.matches(number) }) { pool.remove(at: index) }
        }
        if !parameters.isEmpty { pool.removeAll(where: \.isPlaceholder) }
        // A value the English has, restated in the local form (`250 million` kept in a <tvar>
        // and glossed `2.5亿`), is no extra number, even when that English number matched already.
        let stated = english.filter { !isParameter($0) } + variables
        let others = pool.filter { number in !stated.contains { $0.matches(number) } }
        // A missing number is paired with a changed one when the counts agree, restatements aside
        // if need be (`5 and 6` → `5 and 5` still says the 6 is 5).
        let changed = !missing.isEmpty && missing.count == others.count ? others : pool
        var issues: [CheckIssue] = []
        for (index, number) in missing.enumerated() {
            if index < changed.count, missing.count == changed.count {
                let found = changed[index]
                issues.append(
                    CheckIssue(
                        "the number \(Self.describe(number)) is \(Self.describe(found)) in the translation; write the same value",
                        fragments: [number.text, found.text]))
            } else {
                issues.append(
                    CheckIssue("the number \(Self.describe(number)) is missing from the translation; add it", fragments: [number.text]))
            }
        }
        if missing.count != changed.count || missing.isEmpty {
            for extra in others {
                issues.append(
                    CheckIssue(
                        "the translation has the number \(Self.describe(extra)), which the English does not; check it",
                        fragments: [extra.text], severity: .warning, inTranslation: true))
            }
        }
        return issues
    }

    /// `177 million (177,000,000)`, or just `11` when the text says it all.
    static func describe(_ number: NumberValue) -> String {
        let value = format(number.value)
        let digits = number.text.filter { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        return digits == value || number.isTime ? number.text : "\(number.text) (\(value))"
    }

    /// 177000000 → "177,000,000"; 1.5 → "1.5".
    static func format(_ value: Double) -> String {
        let whole = value.rounded(.towardZero)
        var digits = String(Int64(abs(whole)))
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        let fraction = abs(value - whole)
        if fraction > 1e-9 {
            let text = String(fraction)
            grouped += text.hasPrefix("0.") ? String(text.dropFirst(1).prefix(7)) : ""
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
