import Foundation

/// How wide text is in a badge, in pixels at 11 px, so each badge's boxes fit its label in any
/// of our languages' scripts without a font or a renderer at hand.
///
/// Latin text is measured with the advance widths of Verdana (the badge font), one entry per
/// ASCII character in font units of 2048 to the em; accented letters take their base letter's
/// width. Other scripts use an average advance per script, rounded up a little so that a label
/// is more likely to have air around it than to overflow: Cyrillic and Greek letters as wide
/// as Latin ones (wider for `ж`, `ш`, `ю`), Arabic and Hebrew letters a little narrower,
/// Devanagari and other Indic consonants wider with their vowel signs, CJK ideographs, kana
/// and Hangul a full em, emoji a little more. Combining marks, direction marks and joiners take
/// no room. `textLength` in the SVG then makes every renderer draw the text at this width.
///
/// Example: `BadgeTextWidth.of("Kiswahili")` ≈ 48.1, `BadgeTextWidth.of("日本語")` = 33.
enum BadgeTextWidth {
    static let fontSize = 11.0
    private static let unitsPerEm = 2048.0

    /// Verdana advance widths for U+0020…U+007E, in 1/2048 em.
    private static let ascii: [Int] = [
        // space ! " # $ % & ' ( ) * + , - . /
        720, 809, 940, 1716, 1302, 2216, 1486, 551, 909, 909, 1302, 1716, 745, 930, 745, 930,
        // 0 1 2 3 4 5 6 7 8 9 : ; < = > ?
        1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, 930, 930, 1716, 1716, 1716, 1117,
        // @ A B C D E F G H I J K L M N O
        2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 862, 931, 1425, 1150, 1716, 1532, 1612,
        // P Q R S T U V W X Y Z [ \ ] ^ _
        1237, 1612, 1425, 1396, 1246, 1499, 1401, 2025, 1403, 1245, 1405, 909, 930, 909, 1716, 1302,
        // ` a b c d e f g h i j k l m n o
        1302, 1229, 1276, 1067, 1276, 1220, 720, 1276, 1296, 562, 705, 1212, 562, 1992, 1296, 1243,
        // p q r s t u v w x y z { | } ~
        1276, 1276, 874, 1067, 807, 1296, 1212, 1675, 1212, 1212, 1076, 1300, 930, 1300, 1716,
    ]

    /// Latin letters and punctuation beyond ASCII that do not decompose to an ASCII base.
    private static let latin: [Unicode.Scalar: Int] = [
        "\u{A0}": 720, "ß": 1300, "æ": 1950, "Æ": 2200, "ø": 1243, "Ø": 1612, "œ": 2050, "Œ": 2300, "đ": 1276, "Đ": 1577,
        "ł": 600, "Ł": 1150, "ı": 562, "þ": 1276, "Þ": 1237, "ð": 1243, "ŋ": 1296, "ħ": 1296, "«": 1300, "»": 1300,
        "‹": 900, "›": 900, "‘": 551, "’": 551, "“": 940, "”": 940, "„": 940, "–": 1302, "—": 2048, "…": 2048,
        "·": 745, "•": 1130, "€": 1302, "£": 1302, "¥": 1302, "°": 1100, "×": 1716, "÷": 1716, "¿": 1117, "¡": 809,
    ]

    /// Cyrillic letters drawn like Latin ones, measured as those.
    private static let cyrillicLikeLatin: [Unicode.Scalar: Character] = [
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
        "І": "I", "Ј": "J", "Ѕ": "S",
    ]

    /// Cyrillic letters with three stems or a wide bowl.
    private static let cyrillicWide: Set<Unicode.Scalar> = [
        "ж", "ш", "щ", "ы", "ю", "м", "ф", "Ж", "Ш", "Щ", "Ы", "Ю", "Ф", "Љ", "Њ", "љ", "њ",
    ]

    /// The width of `text` in pixels at ``fontSize``.
    static func of(_ text: String) -> Double {
        var ems = 0.0
        for character in text {
            if isEmoji(character) {
                ems += 1.25
                continue
            }
            for scalar in character.unicodeScalars { ems += width(scalar) }
        }
        return ems * fontSize
    }

    /// One character's advance in ems.
    static func width(_ scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        if (0x20...0x7E).contains(value) { return Double(ascii[Int(value) - 0x20]) / unitsPerEm }
        if let units = latin[scalar] { return Double(units) / unitsPerEm }
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if scalar.properties.isVariationSelector || scalar.properties.isDefaultIgnorableCodePoint { return 0 }
        // Latin letters with diacritics: the base letter (the marks decompose to zero width).
        if value < 0x250 || (0x1E00...0x1EFF).contains(value) {
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            if let base = decomposed.first, base != scalar { return decomposed.reduce(0) { $0 + width($1) } }
            return 0.62
        }
        let lower = scalar.properties.isLowercase
        switch value {
        case 0x0370...0x03FF, 0x1F00...0x1FFF:  // Greek
            return lower ? 0.62 : 0.72
        case 0x0400...0x052F:  // Cyrillic
            if let latin = cyrillicLikeLatin[scalar], let ascii = latin.unicodeScalars.first { return width(ascii) }
            if cyrillicWide.contains(scalar) { return lower ? 0.88 : 1.0 }
            return lower ? 0.63 : 0.74
        case 0x0530...0x058F, 0x10A0...0x10FF:  // Armenian, Georgian
            return 0.66
        case 0x0590...0x05FF:  // Hebrew
            return 0.56
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:  // Arabic
            return 0.48
        case 0x0900...0x0B7F, 0x0C00...0x0CFF, 0x0D80...0x0DFF:  // Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Telugu, Kannada, Sinhala
            return scalar.properties.generalCategory == .spacingMark ? 0.32 : 0.72
        case 0x0B80...0x0BFF, 0x0D00...0x0D7F:  // Tamil, Malayalam: long letters
            return scalar.properties.generalCategory == .spacingMark ? 0.4 : 0.86
        case 0x0E00...0x0EFF:  // Thai, Lao
            return 0.62
        case 0x0F00...0x0FFF, 0x1000...0x109F, 0x1780...0x17FF:  // Tibetan, Myanmar, Khmer
            return 0.78
        case 0x1200...0x139F:  // Ethiopic
            return 0.82
        case 0xFF61...0xFF9F:  // halfwidth katakana
            return 0.55
        default:
            return DisplayWidth.of(scalar) == 2 ? 1.0 : 0.62
        }
    }

    /// Whether the text is in a script whose letters connect (Arabic, Syriac, Thaana, N'Ko, the
    /// Indic scripts' head line, Mongolian): spreading such letters apart to reach `textLength`
    /// would break them, so the badge scales the glyphs instead.
    static func connectsLetters(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0600...0x07FF, 0x0800...0x08FF, 0x0900...0x0DFF, 0x1800...0x18AF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: true
            default: false
            }
        }
    }

    /// A pictographic character drawn as a colour emoji: one glyph, however many scalars
    /// (skin tones, ZWJ sequences, flags) it is made of.
    static func isEmoji(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return false }
        if first.properties.isEmojiPresentation { return true }
        return first.properties.isEmoji && character.unicodeScalars.contains { $0.value == 0xFE0F || $0.value == 0x20E3 }
    }
}
