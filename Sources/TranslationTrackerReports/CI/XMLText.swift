/// Escaping for XML 1.0 text and attribute values, shared by the JUnit and SVG badge renderers.
///
/// Escapes the five markup characters (`&<>"'`) everywhere, so one function is safe in both
/// places, and drops characters XML 1.0 cannot carry at all (C0 controls other than tab, line
/// feed and carriage return; U+FFFE and U+FFFF): a parser rejects the whole file for one of
/// them, and a report must never become unreadable because a translation holds a stray `\u{0}`.
/// Example: `XMLText.escape("a < b & \"c\"")` is `a &lt; b &amp; &quot;c&quot;`.
enum XMLText {
    /// Text content or an attribute value. In attributes, tab, line feed and carriage return
    /// become character references, since parsers fold literal ones into spaces.
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += attribute ? "&#9;" : "\t"
            case "\n": out += attribute ? "&#10;" : "\n"
            // A literal CR would be folded into the following LF by every parser.
            case "\r": out += "&#13;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// An attribute value; shorthand for `escape(text, attribute: true)`.
    static func attribute(_ text: String) -> String { escape(text, attribute: true) }

    /// Whether XML 1.0 allows the character (`Char` production of the specification). Swift
    /// strings cannot hold lone surrogates, so only controls and the two non-characters remain.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
