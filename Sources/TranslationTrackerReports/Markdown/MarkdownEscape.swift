/// Escaping for GitHub-flavoured Markdown, so that text from a report (titles, autonyms,
/// messages quoting wikitext) stays text: it never ends a table cell, opens a link, emphasis,
/// code, math or HTML, nor starts a heading or a list.
enum MarkdownEscape {
    /// Text for a table cell, list item, heading or paragraph: one line whatever it holds.
    ///
    /// Markdown punctuation gets a backslash (`\|` is the escape GFM tables read inside cells);
    /// `<`, `>` and `&` become entities; line breaks become `<br>`.
    /// Example: `a | b <script>` → `a \| b &lt;script&gt;`.
    ///
    /// `lineStart: false` is for text that cannot begin a block (a table cell's): a leading `#`,
    /// `-`, `+`, `=` or `1.` is then left as it is.
    static func text(_ text: String, lineStart: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var atStart = lineStart
        var leadingDigits = false
        let characters = Array(text)
        for (i, character) in characters.enumerated() {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}": out += "<br>"
            case "_" where i > 0 && i + 1 < characters.count && isWordCharacter(characters[i - 1]) && isWordCharacter(characters[i + 1]):
                out.append(character)  // between letters or digits `_` cannot emphasise, and URLs stay whole.
            case "\\", "`", "*", "_", "[", "]", "|", "~", "$": out += "\\" + String(character)
            case _ where atStart && "#-+=".contains(character): out += "\\" + String(character)
            case _ where leadingDigits && ".)".contains(character): out += "\\" + String(character)
            default: out.append(character)
            }
            leadingDigits = lineStart && (atStart || leadingDigits) && character.isASCII && character.isNumber
            atStart = false
        }
        return out
    }

    /// Text for a table cell: ``text(_:lineStart:)`` without the escapes only a line start needs.
    static func cell(_ text: String) -> String { Self.text(text, lineStart: false) }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    /// A relative file path as a link destination: percent-encoded except letters, digits and
    /// `-._~/`, so spaces, parentheses, `|` and a `scheme:` never reach the Markdown parser.
    static func path(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                out += "%" + WikiPlace.hex(byte)
            }
        }
        return out
    }

    /// An absolute address as a link destination: already percent-encoded text is kept, and any
    /// byte Markdown or a table would read (space, `()<>|\` and quotes, controls, non-ASCII) is encoded.
    static func url(_ url: String) -> String {
        var out = ""
        for byte in url.utf8 {
            switch byte {
            case 0...0x20, 0x7F...0xFF, UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                out += "%" + WikiPlace.hex(byte)
            default:
                out.append(Character(Unicode.Scalar(byte)))
            }
        }
        return out
    }

    /// `[text](destination)` with the text escaped; the destination must come from
    /// ``path(_:)`` or ``url(_:)``.
    static func link(_ text: String, to destination: String) -> String {
        "[\(Self.text(text))](\(destination))"
    }
}
