/// What ``WikitextLexer`` found in one unit: the plain text a reader sees, and the markup.
package struct UnitMarkup: Sendable, Hashable {
    /// Markup removed, link labels and template text kept, variables as `$name`.
    package var plain = ""
    package var internalLinks: [InternalLink] = []
    package var externalLinks: [String] = []
    package var templates: [Template] = []
    package var headingLevels: [Int] = []
    /// List markers per list line, e.g. `["*", "*", "#"]`.
    package var listMarkers: [String] = []
    package var tables = 0
    package var tableRows = 0
    package var tableCells = 0
    /// `'''` runs.
    package var bold = 0
    /// `''` runs.
    package var italic = 0
    /// `<ref>` and `<ref … />` elements.
    package var refs = 0
    package var tags: [HTMLTag] = []
    package var variables: [TranslationVariable] = []
    /// `$name` references (variables written the way Translate shows them).
    package var variableReferences: [String] = []
    /// `$1`, `{{{1}}}`, `%s`, `%1$d`.
    package var placeholders: [String] = []
    /// Check ids named in `<!-- transtrack:ignore … -->`; `all` silences every check.
    package var suppressed: Set<String> = []
}

/// `[[target|label]]`.
package struct InternalLink: Sendable, Hashable {
    package var target: String
    package var label: String?

    /// `Special:MyLanguage/X` targets must be kept as they are: they send each reader to their
    /// own language's page.
    package var isMyLanguage: Bool {
        let lowered = target.lowercased()
        return lowered.hasPrefix("special:mylanguage/") || lowered.hasPrefix("special:mylang/")
    }

    /// The target with `_` as space and a capital first letter, as MediaWiki compares titles.
    package var normalizedTarget: String { Template.normalizeName(target) }
}

/// `{{name|positional|key=value}}`.
package struct Template: Sendable, Hashable {
    package var name: String
    package var positional: [String]
    package var named: [String: String]

    /// Splits a template's inside at top-level `|` (not inside nested `{{…}}` or `[[…]]`).
    static func parse(_ inner: String) -> Template {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var previous: Character = " "
        for character in inner {
            switch character {
            case "{" where previous == "{", "[" where previous == "[": depth += 1
            case "}" where previous == "}", "]" where previous == "]": depth = max(0, depth - 1)
            default: break
            }
            if character == "|", depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        parts.append(current)
        let name = normalizeName(parts[0])
        var positional: [String] = []
        var named: [String: String] = [:]
        for part in parts.dropFirst() {
            if let equals = part.firstIndex(of: "="), !part[..<equals].contains("{"), !part[..<equals].contains("[") {
                named[String(part[..<equals]).trimmingSpaces] = String(part[part.index(after: equals)...])
            } else {
                positional.append(part)
            }
        }
        return Template(name: name, positional: positional, named: named)
    }

    /// `template_name` and `Template name` are the same template.
    ///
    /// Underscores and runs of spaces are replaced byte by byte (both are ASCII, so the UTF-8
    /// stays valid), without Foundation: every link of every unit pair is normalized.
    static func normalizeName(_ name: String) -> String {
        var text = name
        if name.utf8.contains(UInt8(ascii: "_")) {
            text = String(decoding: name.utf8.map { $0 == UInt8(ascii: "_") ? 0x20 : $0 }, as: UTF8.self)
        }
        text = collapsingSpaces(text.trimmingSpaces)
        if let first = text.utf8.first, first | 0x20 == UInt8(ascii: "t"), text.lowercased().hasPrefix("template:") {
            text = String(text.dropFirst(9)).trimmingSpaces
        }
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

extension Template {
    /// Each run of spaces as one space.
    static func collapsingSpaces(_ text: String) -> String {
        var previous: UInt8 = 0
        var doubled = false
        for byte in text.utf8 {
            if byte == 0x20, previous == 0x20 {
                doubled = true
                break
            }
            previous = byte
        }
        guard doubled else { return text }
        var bytes: [UInt8] = []
        previous = 0
        for byte in text.utf8 where !(byte == 0x20 && previous == 0x20) {
            bytes.append(byte)
            previous = byte
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// An HTML-like tag in wikitext (`<ref>`, `<br />`, `</span>`).
package struct HTMLTag: Sendable, Hashable {
    package enum Kind: Sendable, Hashable { case open, close, selfClosing }
    package var name: String
    package var kind: Kind
}

import Foundation
