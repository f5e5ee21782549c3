import Foundation

/// A `<tvar>` variable: text inside a unit that translators keep as is (a URL, an address).
///
/// Both syntaxes are read: `<tvar name=mail>planning@example.org</tvar>` (also with the name in
/// quotes) and the old `<tvar|mail>planning@example.org</>`. Translators see `$mail` in place of
/// the variable, and so does the fingerprint.
public struct TranslationVariable: Sendable, Hashable, Codable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// What scanning a unit's text for variables found.
    public struct Scan: Sendable, Hashable {
        public var variables: [TranslationVariable]
        /// The text with each variable replaced by `$name`.
        public var placeholderText: String
        /// Offsets (in UTF-8 bytes from the start of the text) of `<tvar` tags never closed.
        public var unclosed: [Int]
    }

    /// Finds the variables in a unit's text. Pure and total: malformed tags are left as text and
    /// reported in ``Scan/unclosed``.
    public static func scan(_ text: String) -> Scan {
        guard text.contains("<tvar") else { return Scan(variables: [], placeholderText: text, unclosed: []) }
        var variables: [TranslationVariable] = []
        var unclosed: [Int] = []
        var output = ""
        var rest = text[...]
        while let open = rest.range(of: "<tvar") {
            output += rest[..<open.lowerBound]
            let afterTag = rest[open.upperBound...]
            guard let tagEnd = afterTag.firstIndex(of: ">") else {
                unclosed.append(text.utf8.distance(from: text.startIndex, to: open.lowerBound))
                output += rest[open.lowerBound...]
                rest = rest[rest.endIndex...]
                break
            }
            let inside = afterTag[..<tagEnd]
            let name: String?
            let closing: String
            if inside.hasPrefix("|") {
                name = String(inside.dropFirst())
                closing = "</>"
            } else {
                name = Self.nameAttribute(String(inside))
                closing = "</tvar>"
            }
            let body = afterTag[afterTag.index(after: tagEnd)...]
            guard let name, !name.isEmpty, let close = body.range(of: closing) else {
                unclosed.append(text.utf8.distance(from: text.startIndex, to: open.lowerBound))
                output += rest[open.lowerBound..<afterTag.index(after: tagEnd)]
                rest = body
                continue
            }
            variables.append(TranslationVariable(name: name, value: String(body[..<close.lowerBound])))
            output += "$" + name
            rest = body[close.upperBound...]
        }
        output += rest
        return Scan(variables: variables, placeholderText: output, unclosed: unclosed)
    }

    private static func nameAttribute(_ attributes: String) -> String? {
        guard let range = attributes.range(of: "name=") else { return nil }
        var value = attributes[range.upperBound...].trimmingCharacters(in: .whitespaces)
        if let quote = value.first, quote == "\"" || quote == "'" {
            value.removeFirst()
            guard let end = value.firstIndex(of: quote) else { return nil }
            return String(value[..<end])
        }
        return String(value.prefix { !$0.isWhitespace && $0 != "/" })
    }
}
