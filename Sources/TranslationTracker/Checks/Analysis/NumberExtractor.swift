/// A number as written in a unit: its value, the text it came from, and whether a
/// translation must carry it.
package struct NumberValue: Sendable, Hashable {
    package var value: Double
    package var text: String
    /// False for numbers a translation may leave out or write differently: month names and
    /// spelled-out small numbers in the English ("four goals", "July").
    package var required: Bool
    package var isTime: Bool
    /// Other values the text may mean: `3 p.m.` is also 15, and in `от 100 до 250 тыс.` the
    /// scale word applies to 100 as well.
    package var alternatives: [Double] = []
    /// `$1`: a message placeholder rather than a number, left to the placeholders check
    /// unless the other text writes it as a number.
    package var isPlaceholder = false

    package func matches(_ other: Double) -> Bool {
        ([value] + alternatives).contains { Self.same($0, other) }
    }

    /// True when the two may be the same number, whichever reading each has.
    package func matches(_ other: NumberValue) -> Bool {
        ([other.value] + other.alternatives).contains { matches($0) }
    }

    static func same(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= max(abs(a), abs(b), 1) * 1e-9
    }
}

/// Finds numbers in plain text in any script: Unicode decimal digits of every script
/// (Arabic-Indic, Devanagari, fullwidth…), the language's decimal and grouping separators,
/// Indian grouping, scale words before or after the digits, CJK 万/亿 compounds, and times.
/// Years and day numbers are never scaled.
package struct NumberExtractor {
    let locale: NumberLocale
    let isEnglish: Bool
    private var s: [Unicode.Scalar] = []
    private var i = 0
    private(set) var numbers: [NumberValue] = []
    /// Where each number's text is, and the multiplier of a scale word after it (1 for none).
    private var spans: [(range: Range<Int>, scale: Double)] = []

    init(language: LanguageCode) {
        locale = NumberLocale.for(language)
        isEnglish = language.rawValue == "en" || language.rawValue.hasPrefix("en-")
    }

    package static func extract(_ text: String, language: LanguageCode) -> [NumberValue] {
        var extractor = NumberExtractor(language: language)
        extractor.run(text)
        return extractor.numbers
    }

    static func digit(_ scalar: Unicode.Scalar) -> Int? { ScalarClass.digit(scalar) }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { ScalarClass.isLetter(scalar) }

    private func isSpace(_ k: Int) -> Bool { k < s.count && NumberLocale.isSpace(s[k]) }

    private func isDigit(_ k: Int) -> Bool { k < s.count && Self.digit(s[k]) != nil }

    private func digitRun(from k: Int) -> Int {
        var end = k
        while isDigit(end) { end += 1 }
        return end - k
    }

    mutating func run(_ text: String) { run(scalars: text.scalarArray) }

    /// The numbers of text already decoded into scalars.
    package static func extract(scalars: [Unicode.Scalar], language: LanguageCode) -> [NumberValue] {
        var extractor = NumberExtractor(language: language)
        extractor.run(scalars: scalars)
        return extractor.numbers
    }

    mutating func run(scalars: [Unicode.Scalar]) {
        s = scalars
        i = 0
        while i < s.count {
            if isDigit(i), i == 0 || !(Self.digit(s[i - 1]) != nil) {
                number()
            } else {
                i += 1
            }
        }
        sharedScales()
        if isEnglish { englishWords() }
    }

    // MARK: - One number

    private mutating func number() {
        let start = i
        var groups: [String] = [readDigits()]
        var separators: [Unicode.Scalar] = []

        // Times: 14:00, 14h30, 14 h 30, and 14.30 where the language writes times so.
        if groups[0].count <= 2, let (minutes, timeEnd) = timeMinutes(after: i, dot: locale.dotTimes) {
            let hour = Double(groups[0])!
            var end = timeEnd
            var alternatives: [Double] = []
            if isEnglish, let (offset, meridiemEnd) = meridiem(after: end, hour: hour) {
                if offset != 0 { alternatives = [hour + offset + Double(minutes) / 100] }
                end = meridiemEnd
            }
            append(minutes == 0 ? hour : hour + Double(minutes) / 100, start..<end, isTime: true, alternatives: alternatives)
            i = end
            return
        }
        // 3 p.m.: also 15 when the translation uses a 24-hour clock.
        if isEnglish, groups[0].count <= 2, let hour = Double(groups[0]), let (offset, end) = meridiem(after: i, hour: hour) {
            append(hour, start..<end, isTime: true, alternatives: offset == 0 ? [] : [hour + offset])
            i = end
            return
        }

        while i < s.count {
            let c = s[i]
            if NumberLocale.isSpace(c) {
                // Space grouping: "300 000", only where the language groups with spaces, only
                // three-digit groups after a group of at most three.
                guard locale.grouping.contains(" "), groups[0].count <= 3, separators.allSatisfy({ NumberLocale.isSpace($0) }),
                    digitRun(from: i + 1) == 3, !isDigit(i + 4)
                else { break }
            } else if ",.٫٬'’".unicodeScalars.contains(c) {
                guard isDigit(i + 1) else { break }
            } else {
                break
            }
            separators.append(c)
            i += 1
            groups.append(readDigits())
        }
        var value = interpret(groups, separators)
        var alternatives: [Double] = []
        var multiplierAfter = 1.0
        var end = i
        let isYear = separators.isEmpty && groups[0].count == 4 && (1800...2200).contains(Int(groups[0]) ?? 0)
        let isDay = isEnglish && separators.isEmpty && groups[0].count <= 2 && nextToMonth(start: start, end: end)
        if !isDay {
            if let (multiplier, scaleEnd) = scaleAfter(end) {
                // "2000 millones" is two billion, though 2000 looks like a year.
                if isYear { alternatives.append(value) }
                value *= multiplier
                multiplierAfter = multiplier
                end = scaleEnd
                // 1亿7700万, 2億3,400万, 1兆2,000億5万: each smaller attached scale right after
                // adds to the total, when its part is less than one of the scale before it.
                var upper = multiplier
                while locale.attachedScales, isDigit(end) {
                    let saved = i
                    i = end
                    let more = readGrouped()
                    guard let (smaller, moreEnd) = scaleAfter(i), smaller < upper, more * smaller < upper else {
                        i = saved
                        break
                    }
                    value += more * smaller
                    end = moreEnd
                    upper = smaller
                }
            } else if !isYear, let (multiplier, _) = scaleBefore(start) {
                value *= multiplier
            }
        }
        // Keep a percent sign in the fragment, so messages read "43%".
        var percent = end
        if isSpace(percent) { percent += 1 }
        let hasPercent = percent < s.count && "%٪％".unicodeScalars.contains(s[percent])
        if hasPercent { end = percent + 1 }
        // `$1` in a message is a placeholder; `$1,000`, `$1.5`, `$1 million` and `1%` are numbers.
        let isPlaceholder = start > 0 && s[start - 1] == "$" && separators.isEmpty && groups[0].count == 1 && multiplierAfter == 1 && !hasPercent
            && end == i && !(i < s.count && s[i].isASCII && s[i].properties.isAlphabetic)
        append(value, start..<end, isTime: false, alternatives: alternatives, scale: multiplierAfter, isPlaceholder: isPlaceholder)
        i = max(i, end)
    }

    /// The value of digits with grouping or decimal separators (`3,400`, `2.5`), without
    /// spaces: the part of a CJK compound after its larger scale.
    private mutating func readGrouped() -> Double {
        var groups = [readDigits()]
        var separators: [Unicode.Scalar] = []
        while i + 1 < s.count, ",.٫٬'’".unicodeScalars.contains(s[i]), isDigit(i + 1) {
            separators.append(s[i])
            i += 1
            groups.append(readDigits())
        }
        return interpret(groups, separators)
    }

    /// The digits from `i` on, as ASCII digits whatever their script.
    private mutating func readDigits() -> String {
        var digits: [UInt8] = []
        while i < s.count, let d = Self.digit(s[i]) {
            digits.append(UInt8(0x30 + d))
            i += 1
        }
        return String(decoding: digits, as: UTF8.self)
    }

    private mutating func append(
        _ value: Double, _ range: Range<Int>, isTime: Bool, alternatives: [Double] = [], scale: Double = 1, isPlaceholder: Bool = false
    ) {
        var text: [UInt8] = []
        text.appendUTF8(s[range])
        numbers.append(
            NumberValue(value: value, text: String(decoding: text, as: UTF8.self), required: true, isTime: isTime, alternatives: alternatives, isPlaceholder: isPlaceholder))
        spans.append((range, scale))
    }

    /// `от 100 до 250 тыс.`, `between 100 and 250 thousand`, `2–3 millions`: a scale word after
    /// the second number of a range may apply to the first, which then has both readings.
    private mutating func sharedScales() {
        guard numbers.count > 1 else { return }
        for index in 0..<(numbers.count - 1) {
            let (first, second) = (spans[index], spans[index + 1])
            // Only a small first number: "1,000 or 1.5 million" is a thousand.
            guard first.scale == 1, second.scale > 1, numbers[index].value < 1000, !numbers[index].isTime, !numbers[index].isPlaceholder,
                Self.isConnector(s[first.range.upperBound..<second.range.lowerBound])
            else { continue }
            numbers[index].alternatives.append(numbers[index].value * second.scale)
        }
    }

    /// A dash or tilde, or one short word ("to", "до", "à", "hadi", "से", "至"), between spaces.
    static func isConnector(_ between: ArraySlice<Unicode.Scalar>) -> Bool {
        let inner = between.filter { !NumberLocale.isSpace($0) && $0 != "$" }
        if inner.count == 1, "-–—~～〜至到".unicodeScalars.contains(inner[0]) { return true }
        return (1...6).contains(inner.count) && inner.allSatisfy { isLetter($0) || $0.properties.generalCategory == .nonspacingMark || $0.properties.generalCategory == .spacingMark }
            && between.contains { NumberLocale.isSpace($0) }
    }

    /// `p.m.`, `pm`, `a.m.`, `am` after an hour: what to add for a 24-hour clock, and where it ends.
    private func meridiem(after k: Int, hour: Double) -> (Double, Int)? {
        guard (1...12).contains(hour) else { return nil }
        var m = k
        if isSpace(m) { m += 1 }
        for (form, pm) in [("p.m.", true), ("a.m.", false), ("pm", true), ("am", false), ("p.m", true), ("a.m", false)] {
            guard let end = matchWord(Array(form.unicodeScalars), at: m) else { continue }
            let offset: Double = pm ? (hour == 12 ? 0 : 12) : (hour == 12 ? -12 : 0)
            return (offset, end)
        }
        return nil
    }

    /// Which separator is the decimal point, if any, by the language's conventions.
    private func interpret(_ groups: [String], _ separators: [Unicode.Scalar]) -> Double {
        guard let last = separators.last else { return Double(groups[0]) ?? 0 }
        var decimalIndex: Int?
        if !NumberLocale.isSpace(last) {
            let others = Set(separators.dropLast().filter { !NumberLocale.isSpace($0) })
            let lastCount = separators.filter { $0 == last }.count
            if !others.isEmpty && !others.contains(last) {
                decimalIndex = separators.count - 1  // 1,234.5 / 1.234,5
            } else if lastCount == 1 {
                let after = groups.last!.count
                let spacesBefore = separators.count > 1
                if after != 3 || spacesBefore
                    || (locale.decimal.contains(last) && !locale.grouping.contains(last))
                {
                    decimalIndex = separators.count - 1
                }
            }
        }
        var integer = ""
        var fraction = ""
        for (index, group) in groups.enumerated() {
            if let decimalIndex, index > decimalIndex { fraction += group } else { integer += group }
        }
        return Double(fraction.isEmpty ? integer : "\(integer).\(fraction)") ?? 0
    }

    /// Minutes of a time written after an hour that ends at `k`: `:30`, `h30`, ` h 30`, `h`.
    private func timeMinutes(after k: Int, dot: Bool) -> (Int, Int)? {
        guard k < s.count else { return nil }
        if s[k] == ":" || (dot && s[k] == "."), digitRun(from: k + 1) == 2, !(k + 3 < s.count && (s[k + 3] == ":" || isDigit(k + 3))) {
            let minutes = Int(String(Self.digit(s[k + 1])!) + String(Self.digit(s[k + 2])!))!
            guard minutes < 60 else { return nil }
            return (minutes, k + 3)
        }
        // 14時30分, 14时30分, 14点30分, 14時半 (Chinese, Japanese); a bare 14時 stays the number 14.
        if locale.attachedScales, "時时点".unicodeScalars.contains(s[k]) {
            if k + 1 < s.count, s[k + 1] == "半" { return (30, k + 2) }
            let run = digitRun(from: k + 1)
            guard (1...2).contains(run), k + 1 + run < s.count, s[k + 1 + run] == "分" else { return nil }
            var minutes = 0
            for d in (k + 1)..<(k + 1 + run) { minutes = minutes * 10 + Self.digit(s[d])! }
            guard minutes < 60 else { return nil }
            return (minutes, k + 2 + run)
        }
        // 14h30, 14 h 30 (French, Portuguese); a bare "14 h" stays the number 14.
        var h = k
        if isSpace(h) { h += 1 }
        guard h < s.count, s[h] == "h" else { return nil }
        var m = h + 1
        if isSpace(m) { m += 1 }
        guard digitRun(from: m) == 2, let minutes = Int(String(Self.digit(s[m])!) + String(Self.digit(s[m + 1])!)), minutes < 60 else {
            return nil
        }
        return (minutes, m + 2)
    }

    /// A scale word after the number (`177 million`, `1.77亿`).
    private func scaleAfter(_ k: Int) -> (Double, Int)? {
        var start = k
        while isSpace(start) { start += 1 }
        if start == k, !locale.attachedScales { return nil }
        // 30余万, 30多万: "300,000 and more", the usual way to write "more than 300,000".
        if locale.attachedScales, start == k, start < s.count, "余餘多".unicodeScalars.contains(s[start]) { start += 1 }
        var best: (Double, Int)?
        for scale in locale.scales where !scale.before {
            guard let end = matchWord(scale.scalars, at: start) else { continue }
            if best == nil || end > best!.1 { best = (scale.multiplier, end) }
        }
        return best
    }

    /// A scale word before the number (`milioni 177`).
    private func scaleBefore(_ k: Int) -> (Double, Int)? {
        var end = k
        while end > 0, NumberLocale.isSpace(s[end - 1]) { end -= 1 }
        guard end < k else { return nil }
        for scale in locale.scales where scale.before {
            let start = end - scale.word.unicodeScalars.count
            guard start >= 0, matchWord(scale.scalars, at: start) == end else { continue }
            if start > 0, Self.isLetter(s[start - 1]) { continue }
            return (scale.multiplier, start)
        }
        return nil
    }

    /// End of `word` (canonically decomposed) when it is written at `k`, case-insensitive and in
    /// any Unicode normalization (`करोड़` typed with the precomposed ड़ is still करोड़), and not
    /// followed by a letter.
    private func matchWord(_ word: [Unicode.Scalar], at k: Int) -> Int? {
        var w = 0
        var end = k
        while w < word.count {
            guard end < s.count else { return nil }
            let scalar = s[end]
            if scalar.value >= 0xC0, let decomposed = Self.decomposable[scalar.value] {
                for have in decomposed {
                    guard w < word.count else { return nil }
                    let want = word[w]
                    if have != want, !Self.lowercases(have, to: want) { return nil }
                    w += 1
                }
            } else {
                // Most scalars have no decomposition: compared as they are, with no array made.
                if scalar != word[w], !Self.lowercases(scalar, to: word[w]) { return nil }
                w += 1
            }
            end += 1
        }
        if !locale.attachedScales || word.first!.isASCII, end < s.count, Self.isLetter(s[end]) { return nil }
        return end
    }

    /// Whether `have` lowercases to `want`. Scale words are mostly ASCII, and building the
    /// lowercase mapping as a string for every scalar compared cost a fifth of the checks' time.
    @inline(__always) private static func lowercases(_ have: Unicode.Scalar, to want: Unicode.Scalar) -> Bool {
        if have.isASCII {
            let value = have.value
            return (value >= 0x41 && value <= 0x5A ? value | 0x20 : value) == want.value
        }
        return have.properties.lowercaseMapping == String(want)
    }

    /// Canonical decompositions of the precomposed letters of the scripts scale words are
    /// written in (Latin, Cyrillic, Arabic, Devanagari, kana), built once.
    static let decomposable: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for value in UInt32(0xC0)..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            if decomposed != [scalar] { table[value] = decomposed }
        }
        return table
    }()

    // MARK: - English dates and words

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    private func nextToMonth(start: Int, end: Int) -> Bool {
        func word(from k: Int, forward: Bool) -> String {
            var k = k
            while k >= 0, k < s.count, s[k] == " " || s[k] == "," { k += forward ? 1 : -1 }
            var scalars: [Unicode.Scalar] = []
            while k >= 0, k < s.count, Self.isLetter(s[k]) {
                scalars.append(s[k])
                k += forward ? 1 : -1
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: forward ? scalars : scalars.reversed())
            return String(view)
        }
        return Self.months.contains(word(from: end, forward: true)) || Self.months.contains(word(from: start - 1, forward: false))
    }

    /// Month names and spelled-out small numbers: numbers a translation may write as digits.
    private mutating func englishWords() {
        var k = 0
        let words = NumberLocale.for("en").words
        while k < s.count {
            guard Self.isLetter(s[k]), k == 0 || !Self.isLetter(s[k - 1]) else {
                k += 1
                continue
            }
            var end = k
            while end < s.count, Self.isLetter(s[end]) { end += 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s[k..<end])
            let word = String(view)
            if let month = Self.months.firstIndex(of: word) {
                numbers.append(NumberValue(value: Double(month + 1), text: word, required: false, isTime: false))
            } else if let value = words.first(where: { $0.value.contains(word.lowercased()) })?.key {
                numbers.append(NumberValue(value: Double(value), text: word, required: false, isTime: false))
            }
            k = end
        }
    }

    /// Non-overlapping occurrences of `needle` in `text`, compared as UTF-8 (what splitting the
    /// text at the needle counted, without Foundation).
    static func occurrences(of needle: String, in text: String) -> Int {
        let needle = Array(needle.utf8)
        guard let first = needle.first else { return 0 }
        let bytes = Array(text.utf8)
        var count = 0
        var k = 0
        while k + needle.count <= bytes.count {
            if bytes[k] == first, bytes[k..<(k + needle.count)].elementsEqual(needle) {
                count += 1
                k += needle.count
            } else {
                k += 1
            }
        }
        return count
    }

    /// How many times each small number is spelled out in `text` (for translations that write
    /// "cinq" where the English has 5).
    static func spelledOut(_ text: String, language: LanguageCode) -> [Int: Int] {
        let locale = NumberLocale.for(language)
        var counts: [Int: Int] = [:]
        if locale.attachedScales {
            for (value, variants) in locale.words {
                for variant in variants { counts[value, default: 0] += Self.occurrences(of: variant, in: text) }
            }
            return counts
        }
        let lowered = text.lowercased()
        let words = lowered.split { !$0.isLetter && $0 != "'" && $0 != "’" && $0 != "-" }
        for word in words {
            for (value, variants) in locale.words where variants.contains(String(word)) { counts[value, default: 0] += 1 }
        }
        return counts
    }
}

import Foundation
