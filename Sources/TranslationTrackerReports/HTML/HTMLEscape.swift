import TranslationTracker

/// Escaping for HTML text and double-quoted attribute values: `& < > " '` become character
/// references, so `<script>` in a message is shown, never run, and no value ends its attribute.
enum HTMLEscape {
    static func text(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The same escaping; named apart so that call sites say what they build.
    static func attribute(_ value: String) -> String { text(value) }

    /// `lang="ar" dir="rtl"` for RTL languages, `lang="fr"` for the rest.
    static func languageAttributes(_ language: Language) -> String {
        var out = "lang=\"\(attribute(language.code.rawValue))\""
        if language.direction == .rtl { out += " dir=\"rtl\"" }
        return out
    }

    /// A fragment identifier made of letters, digits and `-` only, from any text: `summary-fr`.
    static func id(_ parts: String...) -> String {
        parts.map { part in
            var out = ""
            for byte in part.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                    out.append(Character(Unicode.Scalar(byte)))
                default:
                    out += "_" + WikiPlace.hex(byte)
                }
            }
            return out
        }.joined(separator: "--")
    }
}
