import Foundation

/// Escaping for MediaWiki wikitext, so that text from a report (titles, autonyms, messages that
/// quote wikitext) renders as the same text inside a table cell and never changes the table.
///
/// HTML character references are used rather than `<nowiki>`: they work in cells, captions,
/// link labels and attribute values alike, and a `</nowiki>` in the text cannot end them.
enum WikitextEscape {
    /// Text for a table cell, caption or link label, on one line.
    ///
    /// Escaped: `& < >` (tags, comments, entities), `| !` (cell separators), `{ }` (templates,
    /// parser functions, tables), `[ ]` (links), every `~` (signatures), `''` (bold, italic),
    /// `__` (behaviour switches such as `__NOTOC__`), a leading `* # : ; = -` or space (lists,
    /// headings, rules, preformatted text). Line breaks become `<br />`.
    /// Example: `a || {{b}}` → `a &#124;&#124; &#123;&#123;b&#125;&#125;`.
    static func text(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let characters = Array(text)
        for (i, character) in characters.enumerated() {
            let previous = i > 0 ? characters[i - 1] : nil
            let next = i + 1 < characters.count ? characters[i + 1] : nil
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "|": out += "&#124;"
            case "!": out += "&#33;"
            case "{": out += "&#123;"
            case "}": out += "&#125;"
            case "[": out += "&#91;"
            case "]": out += "&#93;"
            case "~": out += "&#126;"
            case "\"": out += "&quot;"
            case "'" where previous == "'" || next == "'": out += "&#39;"
            case "_" where previous == "_" || next == "_": out += "&#95;"
            case _ where i == 0 && "*#:;=- ".contains(character): out += "&#\(character.unicodeScalars.first!.value);"
            case "\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}": out += "<br />"
            case "\t": out += " "
            default:
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1, scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\u{FFFD}"  // MediaWiki rejects control characters; show that one was there.
                } else {
                    out.append(character)
                }
            }
        }
        return out
    }

    /// A value for a double-quoted attribute (`lang="…"`): ``text(_:)`` with line breaks as spaces.
    static func attribute(_ value: String) -> String {
        text(value.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " "))
    }

    /// A page title as the target of `[[…]]`, or nil when it cannot be one: a title with
    /// `[ ] { } | < > #`, a line break or `~~~` is not a valid MediaWiki title, and such text is
    /// shown escaped instead of linked. Underscores become spaces (MediaWiki treats them alike),
    /// so no `__MAGIC__` word is formed; `&` becomes `&amp;`, which titles decode.
    static func linkTarget(_ title: String) -> String? {
        let forbidden: Set<Character> = ["[", "]", "{", "}", "|", "<", ">", "#", "\n", "\r", "\r\n", "\u{2028}", "\u{2029}"]
        let trimmed = title.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !title.contains(where: forbidden.contains), !title.contains("~~~") else { return nil }
        return trimmed.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "&", with: "&amp;")
    }

    /// `[[Target|label]]` for a page on this wiki; `[[:prefix:Target|label]]` for another wiki;
    /// the label alone, escaped, when the title cannot be a link target.
    ///
    /// A local title with a namespace-like prefix (`File:`, `Category:`) or a leading `/` gets a
    /// leading colon, so it links instead of embedding a file, categorising the page or linking
    /// to a subpage of wherever the table is published.
    static func link(title: String, interwiki prefix: String?, label: String) -> String {
        guard let target = linkTarget(title) else { return text(label) + " (" + text(title) + ")" }
        let escapedLabel = text(label)
        if let prefix {
            guard let escapedPrefix = linkTarget(prefix), !escapedPrefix.contains(":") else { return escapedLabel + " (" + text(title) + ")" }
            return "[[:\(escapedPrefix):\(target)|\(escapedLabel)]]"
        }
        let colon = target.contains(":") || target.hasPrefix("/") ? ":" : ""
        return "[[\(colon)\(target)|\(escapedLabel)]]"
    }
}
