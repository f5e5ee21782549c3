/// Everything the content checks look at in one unit, computed once: for an English unit once
/// per document, however many translations are checked against it.
public struct UnitAnalysis: Sendable {
    /// The language the unit is written in.
    public let language: LanguageCode
    /// The unit's wikitext, as written.
    public let text: String
    package let markup: UnitMarkup
    package let numbers: [NumberValue]
    /// The numbers of each line of the plain text (list items, table rows), for units whose
    /// lines correspond one to one.
    package let numberLines: [[NumberValue]]
    /// Letters of the plain text by script, e-mail addresses and domain names aside (they are
    /// written in Latin letters in every language).
    package let letters: [Script: Int]
    /// The plain text with numbers, `$variables` and punctuation removed and whitespace
    /// folded: what "left in English" compares.
    public let words: String
    /// Letters and digits of the plain text: the length the length check compares.
    public let size: Int
    /// Fewer Latin letters than this cannot hold an English sentence worth reporting.
    static let untranslatedThreshold = 8
    /// The `$n` of a message: numbered from `$1` without a gap, as MediaWiki numbers message
    /// parameters. A lone `$5` is five dollars, so a unit with only `$5` has none.
    package let messageParameters: Set<Int>
    /// English units only: sentences long and ordinary enough that finding one unchanged in a
    /// translation means it was left untranslated (see ``UntranslatedCheck``).
    package let sentences: [Sentence]

    /// English units only: the numbers with the `<tvar>`s' values in place (see
    /// ``NumbersCheck/variableNumbers(_:_:language:)``), read once rather than once per translation.
    package let variableNumbers: [NumberValue]
    /// English units only: letters in ``words``, whether there is enough text to call it left in English.
    package let wordLetters: Int

    package struct Sentence: Sendable, Hashable {
        package var text: String
        /// ``UnitAnalysis/words`` of the sentence.
        package var words: String
        /// The words between spaces, as UTF-8: what is looked for in a translation's words,
        /// made once per English unit rather than once per translation compared.
        package var needle: [UInt8]

        init(text: String, words: String) {
            self.text = text
            self.words = words
            needle = Array((" " + words + " ").utf8)
        }
    }

    /// The text as a reader sees it: links reduced to their labels, templates, tags and
    /// comments removed. Compare this, not ``text``, when markup is not what a check is about.
    public var plainText: String { markup.plain }

    /// Analyses `text` once, for every check that looks at it.
    public init(_ text: String, language: LanguageCode) {
        self.language = language
        self.text = text
        let markup = WikitextLexer.lex(text)
        self.markup = markup
        // The plain text is decoded once, for the numbers and the letters.
        let scalars = markup.plain.scalarArray
        // Numbers never span lines, so extracting line by line finds the same numbers.
        if scalars.contains("\n") {
            numberLines = scalars.split(separator: "\n", omittingEmptySubsequences: false).map {
                NumberExtractor.extract(scalars: Array($0), language: language)
            }
        } else {
            numberLines = [NumberExtractor.extract(scalars: scalars, language: language)]
        }
        numbers = numberLines.flatMap { $0 }
        // Counted per script in an array, not a dictionary: hashing for every letter was a
        // tenth of the checks' time.
        var counts = [Int](repeating: 0, count: Script.allCases.count)
        let addresses = Self.addresses(scalars)
        var size = 0
        for (index, scalar) in scalars.enumerated() {
            if ScalarClass.isLetter(scalar) {
                size += 1
                if !addresses[index] { counts[Script(scalar).index] += 1 }
            } else if ScalarClass.digit(scalar) != nil {
                size += 1
            }
        }
        var letters: [Script: Int] = [:]
        for script in Script.allCases where counts[script.index] > 0 { letters[script] = counts[script.index] }
        self.letters = letters
        self.size = size
        let isEnglish = language.rawValue == "en" || language.rawValue.hasPrefix("en-")
        // Only text with Latin letters can be English left untranslated: skip the rest.
        words = isEnglish || (letters[.latin] ?? 0) >= Self.untranslatedThreshold ? Self.words(markup.plain) : ""
        // Only the English side of a pair is compared with its variables' values.
        variableNumbers = isEnglish ? NumbersCheck.variableNumbers(markup.plain, markup.variables, language: language) : []
        wordLetters = isEnglish ? words.unicodeScalars.reduce(0) { $0 + (ScalarClass.isLetter($1) ? 1 : 0) } : 0
        let parameters = Set(markup.placeholders.compactMap { $0.hasPrefix("$") ? Int($0.dropFirst()) : nil })
        if let highest = parameters.max(), parameters == Set(1...max(highest, 1)) {
            messageParameters = parameters
        } else {
            messageParameters = []
        }
        sentences = isEnglish ? Self.sentences(markup.plain).map { Sentence(text: $0, words: Self.words($0)) } : []
    }

    /// Sentences of at least five words, three of them starting in lowercase: a title or a name
    /// kept in English inside a translated sentence is not one.
    static func sentences(_ plain: String) -> [String] {
        var sentences: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = plain.scalarArray
        for (index, scalar) in scalars.enumerated() {
            current.append(scalar)
            let ends =
                scalar == "\n" || (".!?".unicodeScalars.contains(scalar) && (index + 1 == scalars.count || scalars[index + 1] == " " || scalars[index + 1] == "\n" || scalars[index + 1].properties.isWhitespace))
            if ends || index + 1 == scalars.count {
                sentences.append(String(current).trimmingSpaces)
                current = String.UnicodeScalarView()
            }
        }
        return sentences.filter { sentence in
            let words = sentence.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
            return words.count >= 5 && words.filter { $0.first?.isLowercase == true }.count >= 3
        }
    }

    /// Letters of the plain text in every script: what "mostly in the wrong script" is measured against.
    public var letterCount: Int { letters.values.reduce(0, +) }

    static let topLevelDomains: Set<String> = ["org", "com", "net", "edu", "gov", "int", "io", "info", "wiki"]

    /// Which scalars belong to an e-mail address (`planning@wikimedia.org`) or a domain name
    /// (`diff.wikimedia.org`).
    static func addresses(_ s: [Unicode.Scalar]) -> [Bool] {
        func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
            (c.value >= 0x61 && c.value <= 0x7A) || (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x30 && c.value <= 0x39)
        }
        func isAddressCharacter(_ c: Unicode.Scalar) -> Bool {
            isAlphanumeric(c) || c == "." || c == "_" || c == "%" || c == "+" || c == "-" || c == "@"
        }
        var mask = Array(repeating: false, count: s.count)
        // Most units have neither an @ nor a dot between letters ("wikimedia.org").
        var hasAddress = false
        for k in 1..<max(s.count - 1, 1) where s[k] == "@" || (s[k] == "." && isAlphanumeric(s[k - 1]) && isAlphanumeric(s[k + 1])) {
            hasAddress = true
            break
        }
        guard hasAddress else { return mask }
        var k = 0
        while k < s.count {
            guard isAddressCharacter(s[k]) else {
                k += 1
                continue
            }
            var end = k
            while end < s.count, isAddressCharacter(s[end]) { end += 1 }
            var last = end
            while last > k, ".-".unicodeScalars.contains(s[last - 1]) { last -= 1 }
            // Without an @ or a dot, a word is neither an address nor a domain name: most words.
            guard s[k..<last].contains(where: { $0 == "@" || $0 == "." }) else {
                k = end
                continue
            }
            var token = String.UnicodeScalarView()
            token.append(contentsOf: s[k..<last])
            let text = String(token)
            let labels = text.split(separator: "@", omittingEmptySubsequences: false).last?.split(separator: ".", omittingEmptySubsequences: false) ?? []
            let isEmail = text.contains("@") && !text.hasPrefix("@") && labels.count >= 2
            let topLevel = labels.last.map { String($0).lowercased() } ?? ""
            let isDomain = labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
                && (topLevelDomains.contains(topLevel) || (labels.count >= 3 && topLevel.count >= 2 && topLevel.allSatisfy(\.isLetter)))
            if isEmail || isDomain {
                for index in k..<last { mask[index] = true }
            }
            k = end
        }
        return mask
    }

    /// `words` of any plain text.
    static func words(_ plain: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(plain.utf8.count)
        var space = false
        var skippingVariable = false
        for scalar in plain.unicodeScalars {
            if scalar == "$" {
                skippingVariable = true
                continue
            }
            if skippingVariable, ScalarClass.isLetter(scalar) || ScalarClass.digit(scalar) != nil || scalar == "_" { continue }
            skippingVariable = false
            if ScalarClass.isLetter(scalar) {
                if space, !out.isEmpty { out.append(0x20) }
                space = false
                ScalarClass.appendLowercased(scalar, to: &out)
            } else {
                space = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
