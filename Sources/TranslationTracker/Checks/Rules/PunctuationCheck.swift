/// **punctuation**: doubled spaces, spaces at line ends, and a final punctuation mark that does
/// not match the English (with each language's own marks: 。 ؟ । ？).
package struct PunctuationCheck: Check {
    package init() {}
    package let id = "punctuation"
    package let defaultSeverity = Severity.info
    package let summary = "Spaces are not doubled or trailing, and the final punctuation matches the English's, in the language's own marks."
    package let rationale = """
        Small slips a reviewer notices last: a sentence that lost its full stop, a question turned into a \
        statement, two spaces in a row. Each language's own marks count as the same (。 for Chinese and \
        Japanese, ؟ and ، for Arabic, । for Hindi, fullwidth ？ and ！), a Japanese question may end \
        in か。 as well as ？, and French spacing before : ; ? ! is fine. Information only.
        """

    enum Mark: String { case period, question, exclamation, colon }

    static func mark(_ scalar: Unicode.Scalar) -> Mark? {
        switch scalar {
        case ".", "。", "।", "۔", "．", "｡": .period
        case "?", "؟", "？": .question
        case "!", "！": .exclamation
        case ":", "：": .colon
        default: nil
        }
    }

    package var examples: [CheckExample] {
        [
            CheckExample("Everyone is welcome.", "欢迎所有人。", language: "zh"),
            CheckExample("Everyone is welcome.", "सभी का स्वागत है।", language: "hi"),
            CheckExample("Is everyone welcome?", "هل الجميع مرحب بهم؟", language: "ar"),
            CheckExample("Everyone is welcome:", "Tout le monde est bienvenu :", language: "fr"),
            CheckExample("Why keep reserves?", "なぜ準備金を持つのですか。", language: "ja"),
            CheckExample("Everyone is welcome.", "Todos son bienvenidos", language: "es", expected: ["."]),
            CheckExample("Everyone is welcome.", "Todos  son bienvenidos.", language: "es", expected: ["  "]),
        ]
    }

    package func run(_ input: CheckInput) -> [CheckIssue] {
        var issues: [CheckIssue] = []
        let plain = input.translation.markup.plain
        if Self.hasDoubleSpace(plain), !Self.hasDoubleSpace(input.english.markup.plain), input.translation.markup.tables == 0 {
            issues.append(CheckIssue("doubled space; use one", fragments: ["  "], inTranslation: true))
        }
        if let line = Self.lineWithTrailingSpace(input.translation.text) {
            issues.append(CheckIssue("space at the end of a line; remove it", fragments: [String(line)], inTranslation: true))
        }
        let englishMark = Self.finalMark(input.english.markup.plain)
        var translatedMark = Self.finalMark(plain)
        // Japanese asks with the particle か and may end the question with 。.
        if englishMark?.mark == .question, translatedMark?.mark == .period, input.language.code.rawValue.hasPrefix("ja"),
            Self.endsWithQuestionParticle(plain)
        {
            translatedMark?.mark = .question
        }
        if let englishMark, englishMark.mark != translatedMark?.mark {
            let have = translatedMark.map { "'\($0.text)'" } ?? "none"
            issues.append(
                CheckIssue(
                    "the English ends with '\(englishMark.text)' and the translation with \(have); end it the same way, in your language's mark",
                    fragments: [englishMark.text]))
        }
        return issues
    }

    /// `…ですか。`: the last letter before the final mark is the question particle か.
    static func endsWithQuestionParticle(_ text: String) -> Bool {
        var sawMark = false
        for scalar in text.unicodeScalars.reversed() {
            if scalar.properties.isWhitespace || "\"'”’»)]）」』".unicodeScalars.contains(scalar) { continue }
            if !sawMark {
                sawMark = true
                continue
            }
            return scalar == "か"
        }
        return false
    }

    /// The last punctuation mark, looking past closing quotes and brackets and trailing spaces.
    static func finalMark(_ text: String) -> (mark: Mark, text: String)? {
        for scalar in text.unicodeScalars.reversed() {
            if scalar.properties.isWhitespace || "\"'”’»)]）」』".unicodeScalars.contains(scalar) { continue }
            return mark(scalar).map { ($0, String(scalar)) }
        }
        return nil
    }

    /// The first line that ends in a space or a tab, found without splitting the text into lines.
    static func lineWithTrailingSpace(_ text: String) -> Substring? {
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while true {
            let atEnd = index == bytes.endIndex
            if atEnd || bytes[index] == 0x0A {
                if index > start {
                    let last = bytes[bytes.index(before: index)]
                    if last == 0x20 || last == 0x09 { return Substring(bytes[start..<index]) }
                }
                if atEnd { return nil }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
    }

    static func hasDoubleSpace(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x20, previous == 0x20 { return true }
            previous = byte
        }
        return false
    }
}
