import TranslationTracker

/// One synthetic English source: its units, its file, and each unit's real fingerprint, which
/// every language's translation of it needs.
///
/// A source looks like a Meta-Wiki translatable page: `<languages/>` and a navigation template
/// outside the translatable part, two `<translate>` sections with an untranslated infobox
/// between them, headings marked at the end of the line, paragraphs, lists and tables marked
/// on the line above, and some `<tvar>` variables.
struct SyntheticDocument: Sendable {
    /// The shape of a unit, which its translations keep.
    enum Shape: Sendable {
        case heading(level: Int)
        case paragraph
        /// A paragraph ending with a `<tvar>`, copied verbatim into translations.
        case variable(name: String, value: String)
        case list(items: Int, intro: Bool)
        case table(rows: Int)
    }

    struct PlannedUnit: Sendable {
        var id: Int
        var shape: Shape
        /// Bytes of the English text, so translations can be about as long.
        var englishBytes: Int
        /// What the current English hashes to (`src=` of a current translation).
        var fingerprint: String
        /// What an earlier English draft hashed to (`src=` of a stale translation).
        var earlierFingerprint: String
    }

    /// 1-based.
    var number: Int
    var id: String { "doc" + String(repeating: "0", count: max(0, 3 - String(number).count)) + String(number) }
    var name: String { "Synthetic document \(number)" }
    var units: [PlannedUnit]
    /// The English file.
    var source: String

    init(number: Int, units count: Int, seed: UInt64) {
        self.number = number
        var random = SplitMix64(seed, 0xD0C, UInt64(number))
        var shapes: [Shape] = []
        for index in 1...count {
            let roll = random.unit()
            if index == 1 || (roll < 0.15 && !Self.isHeading(shapes.last)) {
                shapes.append(.heading(level: random.chance(0.7) ? 2 : 3))
            } else if roll < 0.25 {
                shapes.append(.list(items: random.int(3...6), intro: random.chance(0.5)))
            } else if roll < 0.29 {
                shapes.append(.table(rows: random.int(2...5)))
            } else if roll < 0.38 {
                shapes.append(.variable(name: random.pick(["mail", "url", "date", "amount"]), value: "planning-\(number)-\(index)@example.org"))
            } else {
                shapes.append(.paragraph)
            }
        }

        var text = "<languages/>\n{{Synthetic navigation|document=\(number)}}\n<translate>\n"
        var texts: [String] = []
        for (offset, shape) in shapes.enumerated() {
            let id = offset + 1
            if offset > 0 { text += "\n" }
            if offset == count / 2, offset > 0 {
                text += "</translate>\n{{Synthetic infobox|document=\(number)|year=2024}}\n<translate>\n"
            }
            let body = Self.englishText(shape, number: number, random: &random)
            texts.append(body)
            if case .heading(let level) = shape {
                let bar = String(repeating: "=", count: level)
                text += "\(bar) \(body) \(bar) <!--T:\(id)-->\n"
            } else {
                text += "<!--T:\(id)-->\n\(body)\n"
            }
        }
        text += "</translate>\n\n[[Category:Synthetic documents]]\n"
        source = text

        // Fingerprints come from the core's own parser, so they are exactly what `status` expects.
        let parsed = WikitextDocument(text)
        precondition(parsed.units.count == count && parsed.problems.isEmpty, "synthetic source \(number) does not parse as planned: \(parsed.problems)")
        units = zip(parsed.units, zip(shapes, texts)).enumerated().map { offset, item in
            let (unit, (shape, body)) = item
            precondition(unit.id.rawValue == "\(offset + 1)", "synthetic source \(number): unit \(offset + 1) parsed as \(unit.id)")
            let earlier = Fingerprint(unitText: unit.translatableText + " (earlier draft)")
            return PlannedUnit(
                id: offset + 1, shape: shape, englishBytes: body.utf8.count, fingerprint: unit.fingerprint.hex,
                earlierFingerprint: earlier.hex)
        }
    }

    private static func isHeading(_ shape: Shape?) -> Bool {
        if case .heading = shape { return true }
        return false
    }

    private static func englishText(_ shape: Shape, number: Int, random: inout SplitMix64) -> String {
        switch shape {
        case .heading:
            return capitalized(phrase(&random, words: 2...6))
        case .paragraph:
            return prose(&random, bytes: random.int(200...600), number: number)
        case .variable(let name, let value):
            return prose(&random, bytes: random.int(150...450), number: number)
                + " Write to <tvar name=\(name)>\(value)</tvar> with questions."
        case .list(let items, let intro):
            var lines: [String] = intro ? [capitalized(phrase(&random, words: 4...9)) + ":"] : []
            for _ in 0..<items {
                lines.append("* '''\(capitalized(phrase(&random, words: 1...2)))''': \(phrase(&random, words: 6...14)).")
            }
            return lines.joined(separator: "\n")
        case .table(let rows):
            var lines = ["{| class=\"wikitable\"", "! \(capitalized(phrase(&random, words: 1...2))) !! Share of the budget"]
            for _ in 0..<rows {
                lines.append("|-")
                lines.append("| \(capitalized(phrase(&random, words: 2...5))) || \(random.int(1...60))%")
            }
            lines.append("|}")
            return lines.joined(separator: "\n")
        }
    }

    /// Sentences until about `bytes` long, with links, bold text and the odd reference.
    private static func prose(_ random: inout SplitMix64, bytes: Int, number: Int) -> String {
        var out = ""
        while out.utf8.count < bytes {
            if !out.isEmpty { out += " " }
            var sentence = capitalized(phrase(&random, words: 6...16))
            let roll = random.unit()
            if roll < 0.12 {
                sentence += " [[Special:MyLanguage/Synthetic document \(number)/Part \(random.int(1...9))|\(phrase(&random, words: 2...4))]]"
            } else if roll < 0.22 {
                sentence += " '''\(phrase(&random, words: 1...3))'''"
            } else if roll < 0.27 {
                sentence += " \(random.int(2...900)) \(phrase(&random, words: 1...2))"
            }
            sentence += "."
            if random.chance(0.05) { sentence += "<ref>\(capitalized(phrase(&random, words: 5...10))).</ref>" }
            out += sentence
        }
        return out
    }

    private static func phrase(_ random: inout SplitMix64, words: ClosedRange<Int>) -> String {
        (0..<random.int(words)).map { _ in random.pick(WritingSystem.english) }.joined(separator: " ")
    }

    private static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
