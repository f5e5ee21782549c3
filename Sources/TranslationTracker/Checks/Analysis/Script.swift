/// Writing systems, as far as the script check needs them.
package enum Script: String, Sendable, CaseIterable {
    case latin, cyrillic, arabic, devanagari, han, hiragana, katakana, other

    package init(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF: self = .latin
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: self = .cyrillic
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: self = .arabic
        case 0x900...0x97F, 0xA8E0...0xA8FF: self = .devanagari
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF, 0x3005, 0x3007: self = .han
        case 0x3040...0x309F: self = .hiragana
        case 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: self = .katakana
        default: self = .other
        }
    }

    /// The script's position in ``allCases``, for counting in an array.
    var index: Int {
        switch self {
        case .latin: 0
        case .cyrillic: 1
        case .arabic: 2
        case .devanagari: 3
        case .han: 4
        case .hiragana: 5
        case .katakana: 6
        case .other: 7
        }
    }

    /// The scripts a language is written in.
    package static func expected(for language: LanguageCode) -> Set<Script> {
        switch language.rawValue.split(separator: "-").first.map(String.init) ?? "" {
        case "ar", "fa", "ur": [.arabic]
        case "zh": [.han]
        case "ja": [.han, .hiragana, .katakana]
        case "hi", "mr", "ne": [.devanagari]
        case "ru", "uk", "be", "bg", "sr", "mk", "kk": [.cyrillic]
        default: [.latin]
        }
    }
}
