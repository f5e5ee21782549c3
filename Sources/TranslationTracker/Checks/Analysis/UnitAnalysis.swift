/// Everything the content checks look at in one unit, computed once: for an English unit once
/// per document, however many translations are checked against it.
public struct UnitAnalysis: Sendable {
    public let language: LanguageCode
    public let text: String
    public let markup: UnitMarkup
    public let numbers: [NumberValue]
    /// Letters of the plain text by script.
    public let letters: [Script: Int]

    public init(_ text: String, language: LanguageCode) {
        self.language = language
        self.text = text
        let markup = WikitextLexer.lex(text)
        self.markup = markup
        numbers = NumberExtractor.extract(markup.plain, language: language)
        var letters: [Script: Int] = [:]
        for scalar in markup.plain.unicodeScalars where scalar.properties.isAlphabetic {
            letters[Script(scalar), default: 0] += 1
        }
        self.letters = letters
    }

    public var letterCount: Int { letters.values.reduce(0, +) }

    /// The plain text with numbers, `$variables` and punctuation removed and whitespace
    /// folded: what "left in English" compares.
    public var words: String {
        var out = ""
        var space = false
        var skippingVariable = false
        for scalar in markup.plain.unicodeScalars {
            if scalar == "$" {
                skippingVariable = true
                continue
            }
            if skippingVariable, scalar.properties.isAlphabetic || NumberExtractor.digit(scalar) != nil || scalar == "_" { continue }
            skippingVariable = false
            if scalar.properties.isAlphabetic {
                if space, !out.isEmpty { out.append(" ") }
                space = false
                out.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                space = true
            }
        }
        return out
    }
}
