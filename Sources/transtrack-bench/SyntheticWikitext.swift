/// The wikitext of one synthetic dump page, built already XML-escaped, as it is written into
/// `<text>`, with where each line ends, so every revision of the page can be written as a
/// prefix of its final text (pages grow over their history, as talk pages and translations do)
/// without escaping or generating anything twice.
///
/// The markup is what Meta-Wiki pages carry: headings, links, bold, references with citation
/// templates, `<translate>` and `<!--T:n-->` markers, tables with quoted attributes, `&nbsp;`,
/// signatures. So the XML has `&lt;`, `&gt;`, `&amp;` and `&quot;` in realistic numbers.
struct SyntheticWikitext {
    /// A script's made-up words, pre-encoded as UTF-8.
    struct Lexicon: Sendable {
        var name: String
        var words: [[UInt8]]
        var separator: [UInt8]
        var fullStop: [UInt8]
        var rightToLeft: Bool
        var latin: Bool

        init(_ script: WritingSystem) {
            name = script.name
            words = script.vocabulary.map { Array($0.utf8) }
            separator = Array(script.wordSeparator.utf8)
            fullStop = Array(script.fullStop.utf8)
            rightToLeft = script.rightToLeft
            latin = script.name == "Latin"
        }

        init(englishWords: [String]) {
            name = "English"
            words = englishWords.map { Array($0.utf8) }
            separator = [UInt8(ascii: " ")]
            fullStop = [UInt8(ascii: ".")]
            rightToLeft = false
            latin = true
        }

        static let english = Lexicon(englishWords: WritingSystem.english)
        static let scripts: [String: Lexicon] = Dictionary(uniqueKeysWithValues: WritingSystem.all.map { ($0.name, Lexicon($0)) })
        static func named(_ name: String) -> Lexicon { scripts[name] ?? english }
    }

    /// The end of a line: its offset in ``escaped`` and the page's raw (unescaped) byte count
    /// there, which is the `bytes` attribute of a revision ending at that line.
    struct LineEnd {
        var escaped: Int
        var raw: Int
        var nonLatin: Int
    }

    private(set) var escaped: [UInt8] = []
    private(set) var raw = 0
    private(set) var lineEnds: [LineEnd] = []
    /// Raw bytes of words in non-Latin scripts (and of non-ASCII markup such as signatures).
    private(set) var nonLatin = 0

    init(capacity: Int) { escaped.reserveCapacity(capacity + capacity / 8) }

    var isEmpty: Bool { escaped.isEmpty }

    /// The line ending nearest below `fraction` of the text (at least the first line).
    func prefix(_ fraction: Double) -> LineEnd {
        guard fraction < 1, let last = lineEnds.last else { return LineEnd(escaped: escaped.count, raw: raw, nonLatin: nonLatin) }
        let goal = Int(Double(last.escaped) * fraction)
        var low = 0, high = lineEnds.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineEnds[middle].escaped <= goal { low = middle } else { high = middle - 1 }
        }
        return lineEnds[low]
    }

    // MARK: Pieces

    /// Markup or other text that may hold `<`, `>`, `&` or `"`.
    mutating func markup(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): escaped.append(contentsOf: Self.lt)
            case UInt8(ascii: ">"): escaped.append(contentsOf: Self.gt)
            case UInt8(ascii: "&"): escaped.append(contentsOf: Self.amp)
            case UInt8(ascii: "\""): escaped.append(contentsOf: Self.quot)
            default:
                escaped.append(byte)
                if byte >= 0x80 { nonLatin += 1 }
            }
            raw += 1
        }
    }

    /// Bytes known to need no escaping (vocabulary words, separators).
    private mutating func plain(_ bytes: [UInt8], nonLatin: Bool) {
        escaped.append(contentsOf: bytes)
        raw += bytes.count
        if nonLatin { self.nonLatin += bytes.count }
    }

    mutating func endLine() {
        escaped.append(UInt8(ascii: "\n"))
        raw += 1
        lineEnds.append(LineEnd(escaped: escaped.count, raw: raw, nonLatin: nonLatin))
    }

    private static let lt = Array("&lt;".utf8), gt = Array("&gt;".utf8), amp = Array("&amp;".utf8), quot = Array("&quot;".utf8)

    mutating func word(_ lexicon: Lexicon, _ random: inout SplitMix64) {
        plain(lexicon.words[Int(random.next() % UInt64(lexicon.words.count))], nonLatin: !lexicon.latin)
    }

    /// `count` words separated as the script separates them.
    mutating func words(_ lexicon: Lexicon, _ count: Int, _ random: inout SplitMix64) {
        for index in 0..<count {
            if index > 0 { plain(lexicon.separator, nonLatin: false) }
            word(lexicon, &random)
        }
    }

    /// One sentence with the odd link, bold phrase, reference or non-breaking space.
    mutating func sentence(_ lexicon: Lexicon, _ random: inout SplitMix64) {
        words(lexicon, random.int(5...14), &random)
        let roll = random.unit()
        if roll < 0.10 {
            markup(" [[")
            words(lexicon, random.int(1...3), &random)
            markup("|")
            words(lexicon, random.int(1...2), &random)
            markup("]]")
        } else if roll < 0.16 {
            markup(" '''")
            words(lexicon, random.int(1...3), &random)
            markup("'''")
        } else if roll < 0.20 {
            markup("&nbsp;\(random.int(1...999))&nbsp;%")
        } else if roll < 0.22 {
            markup(" (\(random.int(1...99)) < \(random.int(100...999)) & \(random.int(1...9)) > 0)")
        }
        plain(lexicon.fullStop, nonLatin: !lexicon.latin)
        if random.chance(0.05) {
            markup("<ref>{{Cite web|url=https://example.org/report?id=\(random.int(1...99999))&lang=\(random.int(1...300))|title=\"")
            words(lexicon, random.int(2...6), &random)
            markup("\"|date=2023-0\(random.int(1...9))-1\(random.int(0...9))}}</ref>")
        }
    }

    /// Sentences until about `bytes` more bytes, then a line end.
    mutating func paragraph(_ lexicon: Lexicon, bytes: Int, _ random: inout SplitMix64) {
        let goal = raw + bytes
        var first = true
        repeat {
            if !first { plain(lexicon.separator, nonLatin: false) }
            first = false
            sentence(lexicon, &random)
        } while raw < goal
        endLine()
    }

    mutating func heading(_ lexicon: Lexicon, level: Int, marker: Int? = nil, _ random: inout SplitMix64) {
        let bar = String(repeating: "=", count: level)
        markup(bar + " ")
        words(lexicon, random.int(1...5), &random)
        markup(" " + bar)
        if let marker { markup(" <!--T:\(marker)-->") }
        endLine()
    }

    mutating func list(_ lexicon: Lexicon, items: Int, _ random: inout SplitMix64) {
        for _ in 0..<items {
            markup(random.chance(0.2) ? "** " : "* ")
            if random.chance(0.4) {
                markup("'''")
                words(lexicon, random.int(1...2), &random)
                markup("''': ")
            }
            words(lexicon, random.int(4...12), &random)
            endLine()
        }
    }

    mutating func table(_ lexicon: Lexicon, rows: Int, _ random: inout SplitMix64) {
        markup("{| class=\"wikitable sortable\" style=\"width: 100%; text-align: \(lexicon.rightToLeft ? "right" : "left");\"")
        endLine()
        markup("! ")
        words(lexicon, random.int(1...2), &random)
        markup(" !! ")
        words(lexicon, random.int(1...2), &random)
        markup(" !! data-sort-type=\"number\" | %")
        endLine()
        for _ in 0..<rows {
            markup("|-")
            endLine()
            markup("| ")
            words(lexicon, random.int(1...4), &random)
            markup(" || <span dir=\"\(lexicon.rightToLeft ? "rtl" : "ltr")\">")
            words(lexicon, random.int(1...3), &random)
            markup("</span> || \(random.int(0...100))")
            endLine()
        }
        markup("|}")
        endLine()
    }

    /// A talk page comment, signed.
    mutating func comment(_ lexicon: Lexicon, user: String, depth: Int, stamp: String, _ random: inout SplitMix64) {
        markup(String(repeating: ":", count: depth))
        for _ in 0..<random.int(1...4) { sentence(lexicon, &random) }
        markup(" [[User:\(user)|\(user)]] ([[User talk:\(user)|talk]]) \(stamp) (UTC)")
        endLine()
    }
}
