/// **script**: the letters are mostly in a script the language is written in; for right-to-left
/// languages, left-to-right runs that will display wrongly without a direction mark.
package struct ScriptCheck: Check {
    package init() {}
    package let id = "script"
    package let defaultSeverity = Severity.warning
    package let summary = "Letters are mostly in the language's script; in RTL text, LTR runs that need a direction mark are flagged."
    package let rationale = """
        Latin letters filling a Russian unit, or Han characters in a Hindi one, mean the wrong text was \
        pasted or the unit was never translated. Units with fewer than 12 letters are skipped, names \
        in another script are fine as long as most letters are the language's own, and e-mail addresses \
        and domain names do not count. In Arabic, a Latin \
        term that ends in symbols (C++, C#, Wikimedia™) before Arabic text or at the end of the unit \
        displays with the symbols on the wrong side; a left-to-right mark (&lrm;) after it fixes that. \
        Sentence punctuation, brackets and quotes are left alone: browsers place them correctly.
        """

    static let minimumLetters = 12
    /// Symbols that take the paragraph's direction when they end a Latin run.
    static let trailingNeutrals: Set<Unicode.Scalar> = ["+", "#", "*", "™", "®", "©", "&", "=", "~", "^", "°", "/", "\\", "-", "_", "@"]

    package var examples: [CheckExample] {
        [
            CheckExample("We support volunteers everywhere.", "Мы поддерживаем волонтёров повсюду.", language: "ru"),
            CheckExample("We support volunteers everywhere.", "We support volunteers everywhere, мы.", language: "ru", expected: ["Latin"]),
            CheckExample("The Wikimedia Foundation supports volunteers.", "Фонд Wikimedia поддерживает волонтёров.", language: "ru"),
            CheckExample("We support volunteers and communities everywhere.", "我们在世界各地支持志愿者和社区。", language: "hi", expected: ["Han"]),
            CheckExample("Tools written in C++ help.", "الأدوات المكتوبة بلغة C++ تساعد.", language: "ar", expected: ["C++"]),
            CheckExample("Tools written in C++ help.", "الأدوات المكتوبة بلغة C++\u{200E} تساعد.", language: "ar"),
            CheckExample("Tools written in C++ help.", "الأدوات المكتوبة بلغة C++&lrm; تساعد.", language: "ar"),
            CheckExample("At 14:00 UTC.", "الساعة ١٤:٠٠ UTC.", language: "ar"),
            CheckExample("Send your questions to planning@wikimedia.org.", "请将问题发送至planning@wikimedia.org。", language: "zh"),
        ]
    }

    package func run(_ input: CheckInput) -> [CheckIssue] {
        var issues: [CheckIssue] = []
        let expected = Script.expected(for: input.language.code)
        let letters = input.translation.letters
        let total = input.translation.letterCount
        if total >= Self.minimumLetters {
            let own = expected.reduce(0) { $0 + (letters[$1] ?? 0) }
            if own * 2 < total, let dominant = letters.filter({ !expected.contains($0.key) }).max(by: { $0.value < $1.value }) {
                let name = dominant.key.rawValue.prefix(1).uppercased() + dominant.key.rawValue.dropFirst()
                issues.append(
                    CheckIssue(
                        "most letters (\(dominant.value) of \(total)) are \(name), not the script \(input.language.code) is written in; translate the text or check the language",
                        fragments: [String(name)], inTranslation: true))
            }
        }
        if input.language.direction == .rtl { issues += directionIssues(input.translation.markup.plain) }
        return issues
    }

    /// Latin runs ending in neutral symbols, followed by right-to-left text or the end.
    private func directionIssues(_ text: String) -> [CheckIssue] {
        let s = Array(text.unicodeScalars)
        var issues: [CheckIssue] = []
        var k = 0
        while k < s.count {
            guard Script(s[k]) == .latin else {
                k += 1
                continue
            }
            var start = k
            while start > 0, NumberExtractor.digit(s[start - 1]) != nil || Script(s[start - 1]) == .latin { start -= 1 }
            var end = k
            while end < s.count, Script(s[end]) == .latin || NumberExtractor.digit(s[end]) != nil { end += 1 }
            var neutral = end
            while neutral < s.count, Self.trailingNeutrals.contains(s[neutral]) { neutral += 1 }
            defer { k = max(neutral, k + 1) }
            guard neutral > end else { continue }
            var next = neutral
            while next < s.count, s[next] == " " { next += 1 }
            if next < s.count, s[next] == "\u{200E}" || s[neutral] == "\u{200E}" { continue }
            if next == s.count || Script(s[next]) == .arabic || s[next] == "." || s[next] == "،" {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: s[start..<neutral])
                let fragment = String(view)
                issues.append(
                    CheckIssue(
                        "\(fragment) will display with its symbols on the wrong side in right-to-left text; add &lrm; after it",
                        fragments: [fragment], inTranslation: true))
            }
        }
        return issues
    }
}
