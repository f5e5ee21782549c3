import Foundation

/// How a language writes numbers: its decimal and grouping separators, scale words
/// (million, 亿, करोड़, milioni…) and the small number words a translator may spell out.
///
/// Built in for the 12 languages the project serves; other languages fall back to English
/// conventions plus every scale word known here, which errs towards silence.
package struct NumberLocale: Sendable {
    package struct Scale: Sendable {
        package var word: String
        package var multiplier: Double
        /// True when the word comes before the number (Swahili: `milioni 177`).
        package var before: Bool
        /// The word canonically decomposed, as text is compared with it.
        let scalars: [Unicode.Scalar]

        init(_ word: String, _ multiplier: Double, before: Bool = false) {
            self.word = word
            self.multiplier = multiplier
            self.before = before
            scalars = Array(word.decomposedStringWithCanonicalMapping.unicodeScalars)
        }
    }

    package var decimal: Set<Unicode.Scalar>
    package var grouping: Set<Unicode.Scalar>
    package var scales: [Scale]
    /// Words for small numbers, by value, all lowercase.
    package var words: [Int: [String]]
    /// Scales written straight after the digits without a space (`亿`, `万`).
    package var attachedScales: Bool
    /// Times are written `14.30` (Indonesian) as well as `14:30`.
    package var dotTimes: Bool

    static let space: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    /// Whether `scalar` is in ``space``, without hashing: asked for every scalar around a number.
    @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0xA0, 0x202F, 0x2009: true
        default: false
        }
    }

    package static func `for`(_ language: LanguageCode) -> NumberLocale {
        let code = language.rawValue
        let base = code.utf8.contains(UInt8(ascii: "-")) ? String(code.split(separator: "-").first ?? "") : code
        return table[base] ?? fallback
    }

    static let english: [Scale] = [
        Scale("thousand", 1e3), Scale("million", 1e6), Scale("millions", 1e6), Scale("billion", 1e9), Scale("billions", 1e9),
        Scale("trillion", 1e12), Scale("bn", 1e9),
    ]

    static let fallback = NumberLocale(
        decimal: [".", "٫"], grouping: [",", "٬"], scales: english, words: [:], attachedScales: false, dotTimes: false)

    static let table: [String: NumberLocale] = [
        "en": NumberLocale(
            decimal: ["."], grouping: [","], scales: english,
            words: words("zero one two three four five six seven eight nine ten eleven twelve"),
            attachedScales: false, dotTimes: false),
        "fr": NumberLocale(
            decimal: [","], grouping: space.union(["."]),
            scales: english + [Scale("mille", 1e3), Scale("million", 1e6), Scale("millions", 1e6), Scale("milliard", 1e9), Scale("milliards", 1e9)],
            words: words("zéro un|une deux trois quatre cinq six sept huit neuf dix onze douze"), attachedScales: false, dotTimes: false),
        "es": NumberLocale(
            decimal: [","], grouping: space.union(["."]),
            scales: english + [
                Scale("mil millones", 1e9), Scale("millardo", 1e9), Scale("millardos", 1e9), Scale("mil", 1e3), Scale("millón", 1e6),
                Scale("millones", 1e6), Scale("billón", 1e12), Scale("billones", 1e12),
            ],
            words: words("cero uno|una|un dos tres cuatro cinco seis siete ocho nueve diez once doce"), attachedScales: false, dotTimes: false),
        "pt": NumberLocale(
            decimal: [","], grouping: space.union(["."]),
            scales: english + [
                Scale("mil milhões", 1e9), Scale("mil", 1e3), Scale("milhão", 1e6), Scale("milhões", 1e6), Scale("bilhão", 1e9),
                Scale("bilhões", 1e9), Scale("bilião", 1e12), Scale("biliões", 1e12),
            ],
            words: words("zero um|uma dois|duas três quatro cinco seis sete oito nove dez onze doze"), attachedScales: false, dotTimes: false),
        "ru": NumberLocale(
            decimal: [","], grouping: space.union(["."]),
            scales: english + [
                Scale("тыс.", 1e3), Scale("тыс", 1e3), Scale("тысяча", 1e3), Scale("тысячи", 1e3), Scale("тысяч", 1e3), Scale("млн", 1e6),
                Scale("миллион", 1e6), Scale("миллиона", 1e6), Scale("миллионов", 1e6), Scale("млрд", 1e9), Scale("миллиард", 1e9),
                Scale("миллиарда", 1e9), Scale("миллиардов", 1e9), Scale("трлн", 1e12),
            ],
            words: words(
                "ноль|нуля один|одна|одно|одного|одной|одному|одним|одном|одну два|две|двух|двум|двумя три|трёх|трех|трём|трем|тремя "
                    + "четыре|четырёх|четырех|четырём|четырем|четырьмя пять|пяти|пятью шесть|шести|шестью семь|семи|семью восемь|восьми|восемью|восьмью "
                    + "девять|девяти|девятью десять|десяти|десятью одиннадцать|одиннадцати|одиннадцатью двенадцать|двенадцати|двенадцатью"
            ), attachedScales: false, dotTimes: false),
        "uk": NumberLocale(
            decimal: [","], grouping: space.union(["."]),
            scales: english + [
                Scale("тис.", 1e3), Scale("тис", 1e3), Scale("тисяча", 1e3), Scale("тисячі", 1e3), Scale("тисяч", 1e3), Scale("млн", 1e6),
                Scale("мільйон", 1e6), Scale("мільйона", 1e6), Scale("мільйони", 1e6), Scale("мільйонів", 1e6), Scale("млрд", 1e9),
                Scale("мільярд", 1e9), Scale("мільярда", 1e9), Scale("мільярди", 1e9), Scale("мільярдів", 1e9), Scale("трлн", 1e12),
            ],
            words: words(
                "нуль|нуля один|одна|одне|одного|однієї|одному|одній|одним|однією два|дві|двох|двом|двома три|трьох|трьом|трьома "
                    + "чотири|чотирьох|чотирьом|чотирма п'ять|п’ять|пʼять|п'яти|п’яти|пʼяти|п'ятьом|п’ятьом|пʼятьом|п'ятьма|п’ятьма|пʼятьма "
                    + "шість|шести|шістьом|шістьма сім|семи|сімом|сьома|сімома вісім|восьми|вісьмом|вісьма|вісьмома "
                    + "дев'ять|дев’ять|девʼять|дев'яти|дев’яти|девʼяти|дев'ятьом|дев’ятьом|девʼятьом|дев'ятьма|дев’ятьма|девʼятьма "
                    + "десять|десяти|десятьом|десятьма одинадцять|одинадцяти|одинадцятьом|одинадцятьма дванадцять|дванадцяти|дванадцятьом|дванадцятьма"
            ), attachedScales: false, dotTimes: false),
        "id": NumberLocale(
            decimal: [","], grouping: ["."],
            scales: english + [Scale("ribu", 1e3), Scale("juta", 1e6), Scale("miliar", 1e9), Scale("triliun", 1e12)],
            words: words("nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua-belas"), attachedScales: false,
            dotTimes: true),
        "sw": NumberLocale(
            decimal: ["."], grouping: [","],
            scales: english + [
                Scale("elfu", 1e3, before: true), Scale("milioni", 1e6, before: true), Scale("bilioni", 1e9, before: true),
                Scale("trilioni", 1e12, before: true),
            ],
            words: words("sifuri moja|mmoja mbili|wawili|mawili tatu|watatu|matatu nne|wanne tano|watano sita saba nane tisa kumi"),
            attachedScales: false, dotTimes: false),
        "hi": NumberLocale(
            decimal: ["."], grouping: [","],
            scales: english + [
                Scale("हज़ार", 1e3), Scale("हजार", 1e3), Scale("लाख", 1e5), Scale("करोड़", 1e7), Scale("करोड", 1e7), Scale("अरब", 1e9),
                Scale("मिलियन", 1e6), Scale("बिलियन", 1e9),
            ],
            words: words("शून्य एक दो तीन चार पाँच|पांच छह|छः सात आठ नौ दस ग्यारह बारह"), attachedScales: false, dotTimes: false),
        "ar": NumberLocale(
            decimal: ["٫", "."], grouping: ["٬", ","],
            scales: english + [
                Scale("ألف", 1e3), Scale("آلاف", 1e3), Scale("ألفًا", 1e3), Scale("ألفا", 1e3), Scale("مليون", 1e6), Scale("ملايين", 1e6),
                Scale("مليار", 1e9), Scale("مليارات", 1e9), Scale("بليون", 1e9),
            ],
            words: words(
                "صفر واحد|واحدة اثنان|اثنين|اثنتان|اثنتين ثلاثة|ثلاث أربعة|أربع خمسة|خمس ستة|ست سبعة|سبع ثمانية|ثماني تسعة|تسع عشرة|عشر"),
            attachedScales: false, dotTimes: false),
        "zh": NumberLocale(
            decimal: ["."], grouping: [","],
            scales: english + [Scale("千", 1e3), Scale("万", 1e4), Scale("萬", 1e4), Scale("百万", 1e6), Scale("千万", 1e7), Scale("亿", 1e8), Scale("億", 1e8)],
            words: words("零 一 二|两|兩 三 四 五 六 七 八 九 十 十一 十二"), attachedScales: true, dotTimes: false),
        "ja": NumberLocale(
            decimal: ["."], grouping: [","],
            scales: english + [
                Scale("千", 1e3), Scale("万", 1e4), Scale("萬", 1e4), Scale("百万", 1e6), Scale("千万", 1e7), Scale("億", 1e8), Scale("兆", 1e12),
            ],
            words: words("零 一 二 三 四 五 六 七 八 九 十 十一 十二"), attachedScales: true, dotTimes: false),
    ]

    /// Parses "zero one two|deux…": position is the value, `|` separates variants.
    static func words(_ list: String) -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for (value, variants) in list.split(separator: " ").enumerated() {
            result[value] = variants.split(separator: "|").map { String($0).lowercased() }
        }
        return result
    }
}
