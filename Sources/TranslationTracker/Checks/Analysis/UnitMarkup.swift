/// What ``WikitextLexer`` found in one unit: the plain text a reader sees, and the markup.
public struct UnitMarkup: Sendable, Hashable {
    /// Markup removed, link labels and template text kept, variables as `$name`.
    public var plain = ""
    public var internalLinks: [InternalLink] = []
    public var externalLinks: [String] = []
    public var templates: [Template] = []
    public var headingLevels: [Int] = []
    /// List markers per list line, e.g. `["*", "*", "#"]`.
    public var listMarkers: [String] = []
    public var tables = 0
    public var tableRows = 0
    public var tableCells = 0
    /// `'''` runs.
    public var bold = 0
    /// `''` runs.
    public var italic = 0
    /// `<ref>` and `<ref … />` elements.
    public var refs = 0
    public var tags: [HTMLTag] = []
    public var variables: [TranslationVariable] = []
    /// `$name` references (variables written the way Translate shows them).
    public var variableReferences: [String] = []
    /// `$1`, `{{{1}}}`, `%s`, `%1$d`.
    public var placeholders: [String] = []
    /// Check ids named in `<!-- transtrack:ignore … -->`; `all` silences every check.
    public var suppressed: Set<String> = []
}

/// `[[target|label]]`.
public struct InternalLink: Sendable, Hashable {
    public var target: String
    public var label: String?

    /// `Special:MyLanguage/X` targets must be kept as they are: they send each reader to their
    /// own language's page.
    public var isMyLanguage: Bool {
        let lowered = target.lowercased()
        return lowered.hasPrefix("special:mylanguage/") || lowered.hasPrefix("special:mylang/")
    }

    /// The target with `_` as space and a capital first letter, as MediaWiki compares titles.
    public var normalizedTarget: String { Template.normalizeName(target) }
}

/// `{{name|positional|key=value}}`.
public struct Template: Sendable, Hashable {
    public var name: String
    public var positional: [String]
    public var named: [String: String]

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
    static func normalizeName(_ name: String) -> String {
        var text = name.replacingOccurrences(of: "_", with: " ").trimmingSpaces
        while text.contains("  ") { text = text.replacingOccurrences(of: "  ", with: " ") }
        if text.lowercased().hasPrefix("template:") { text = String(text.dropFirst(9)).trimmingSpaces }
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

/// An HTML-like tag in wikitext (`<ref>`, `<br />`, `</span>`).
public struct HTMLTag: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case open, close, selfClosing }
    public var name: String
    public var kind: Kind
}

import Foundation
