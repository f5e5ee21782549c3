/// A script that synthetic translations are written in, with a fixed vocabulary of made-up
/// words, so translations have the byte profile of real ones: mostly two- and three-byte UTF-8,
/// some right-to-left, some without spaces between words.
struct WritingSystem: Sendable {
    var name: String
    var rightToLeft: Bool
    /// Between words: a space, or nothing (Chinese, Japanese).
    var wordSeparator: String
    var fullStop: String
    /// Words drawn from the script's letters; the same on every run.
    var vocabulary: [String]

    init(
        name: String, letters: [ClosedRange<UInt32>], wordLength: ClosedRange<Int>, rightToLeft: Bool = false,
        wordSeparator: String = " ", fullStop: String = "."
    ) {
        self.name = name
        self.rightToLeft = rightToLeft
        self.wordSeparator = wordSeparator
        self.fullStop = fullStop
        let scalars = letters.flatMap { range in
            range.compactMap(Unicode.Scalar.init).filter { $0.properties.generalCategory != .unassigned }
        }
        var random = SplitMix64(0x5C21_7000, UInt64(name.utf8.count), UInt64(scalars.first?.value ?? 0))
        vocabulary = (0..<400).map { _ in
            var word = String.UnicodeScalarView()
            for _ in 0..<random.int(wordLength) { word.append(random.pick(scalars)) }
            return String(word)
        }
    }

    /// A sentence of 5 to 14 words, ending with the script's full stop.
    func sentence(_ random: inout SplitMix64) -> String {
        var out = ""
        let count = random.int(5...14)
        for index in 0..<count {
            if index > 0 { out += wordSeparator }
            out += random.pick(vocabulary)
        }
        return out + fullStop
    }

    /// Between 1 and 4 words, for headings and table cells.
    func phrase(_ random: inout SplitMix64, words: ClosedRange<Int> = 1...4) -> String {
        (0..<random.int(words)).map { _ in random.pick(vocabulary) }.joined(separator: wordSeparator)
    }

    /// Scripts of the synthetic languages, one in fifteen of them Latin.
    static let all: [WritingSystem] = [
        WritingSystem(name: "Arabic", letters: [0x0621...0x063A, 0x0641...0x064A], wordLength: 2...7, rightToLeft: true),
        WritingSystem(name: "Cyrillic", letters: [0x0430...0x044F], wordLength: 2...10),
        WritingSystem(name: "Devanagari", letters: [0x0915...0x0939, 0x093E...0x094C], wordLength: 2...7, fullStop: "।"),
        WritingSystem(name: "Han", letters: [0x4E00...0x62FF], wordLength: 1...3, wordSeparator: "", fullStop: "。"),
        WritingSystem(name: "Greek", letters: [0x03B1...0x03C9], wordLength: 2...10),
        WritingSystem(name: "Hebrew", letters: [0x05D0...0x05EA], wordLength: 2...7, rightToLeft: true),
        WritingSystem(name: "Thai", letters: [0x0E01...0x0E2E, 0x0E30...0x0E39], wordLength: 3...12),
        WritingSystem(name: "Georgian", letters: [0x10D0...0x10F0], wordLength: 2...10),
        WritingSystem(name: "Armenian", letters: [0x0561...0x0586], wordLength: 2...9, fullStop: "։"),
        WritingSystem(name: "Bengali", letters: [0x0995...0x09B9, 0x09BE...0x09CC], wordLength: 2...7, fullStop: "।"),
        WritingSystem(name: "Tamil", letters: [0x0B95...0x0BB9, 0x0BBE...0x0BCC], wordLength: 2...8),
        WritingSystem(name: "Hangul", letters: [0xAC00...0xD7A3], wordLength: 1...4),
        WritingSystem(name: "Ethiopic", letters: [0x1200...0x1248], wordLength: 2...6, fullStop: "።"),
        WritingSystem(name: "Kana", letters: [0x3041...0x3093, 0x30A1...0x30F3], wordLength: 2...5, wordSeparator: "", fullStop: "。"),
        WritingSystem(
            name: "Latin", letters: [0x0061...0x007A, 0x00E0...0x00F6, 0x00F8...0x00FF, 0x0101...0x017E], wordLength: 2...10),
    ]

    /// The English vocabulary of synthetic sources: plain ASCII prose about plans and projects.
    static let english: [String] = """
        the plan year goal team work community volunteer project wiki page budget grant region support
        safety integrity equity infrastructure effectiveness reader editor device month language content
        review board trustee feedback draft conversation hour welcome question idea talk foundation annual
        technology product affiliate fundraising legal administration share direct fund distribute publish
        comment final objective key result overview complete main fiscal every shape keep fast reliable easy
        contribute underrepresented today protect reliability spend donated dollar greatest effect sister
        unique roughly edit needs contributors first proposed most people online reach through open place
        interpretation offered send them more detail divided summary slides commons of and for with to in on
        by at from is are will be our their this that which as we they it across new better strong global
        local partners learning research data tools mobile search archive knowledge free access movement
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
}
