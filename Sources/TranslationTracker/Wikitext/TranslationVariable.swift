/// A `<tvar>` variable: text inside a unit that translators keep as is (a URL, an address).
///
/// Both syntaxes are read: `<tvar name=mail>planning@example.org</tvar>` (also with the name in
/// quotes) and the old `<tvar|mail>planning@example.org</>`. Translators see `$mail` in place of
/// the variable, and so does the fingerprint.
package struct TranslationVariable: Sendable, Hashable, Codable {
    package var name: String
    package var value: String

    package init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// What scanning a unit's text for variables found.
    package struct Scan: Sendable, Hashable {
        package var variables: [TranslationVariable]
        /// The text with each variable replaced by `$name`.
        package var placeholderText: String
        /// Offsets (in UTF-8 bytes from the start of the text) of `<tvar` tags never closed.
        package var unclosed: [Int]
    }

    /// Finds the variables in a unit's text. Pure and total: malformed tags are left as text and
    /// reported in ``Scan/unclosed``. Works on UTF-8 bytes (every delimiter is ASCII), since it
    /// runs on every unit that mentions `<tvar`.
    package static func scan(_ text: String) -> Scan {
        let bytes = Array(text.utf8)
        guard bytes.firstIndex(of: Self.open, from: 0) != nil else {
            return Scan(variables: [], placeholderText: text, unclosed: [])
        }
        var variables: [TranslationVariable] = []
        var unclosed: [Int] = []
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        // The last answer for each closing tag holds for every later start up to it, so a text of
        // many unclosed `<tvar name=x>` is not searched to its end once per tag.
        var closeSearch = CloseSearch(closing: Self.close)
        var oldCloseSearch = CloseSearch(closing: Self.oldClose)
        while let open = bytes.firstIndex(of: Self.open, from: index) {
            output += bytes[index..<open]
            guard let tagEnd = bytes[(open + Self.open.count)...].firstIndex(of: 0x3E) else {  // ">"
                unclosed.append(open)
                index = open
                break
            }
            let inside = bytes[(open + Self.open.count)..<tagEnd]
            let name: String?
            let closing: [UInt8]
            if inside.first == 0x7C {  // "|"
                name = String(decoding: inside.dropFirst(), as: UTF8.self)
                closing = Self.oldClose
            } else {
                name = Self.nameAttribute(inside)
                closing = Self.close
            }
            let bodyStart = tagEnd + 1
            var close: Int?
            if let name, !name.isEmpty {
                close = closing == Self.close ? closeSearch.first(in: bytes, from: bodyStart) : oldCloseSearch.first(in: bytes, from: bodyStart)
            }
            guard let name, let close else {
                unclosed.append(open)
                output += bytes[open..<bodyStart]
                index = bodyStart
                continue
            }
            variables.append(TranslationVariable(name: name, value: String(decoding: bytes[bodyStart..<close], as: UTF8.self)))
            output.append(0x24)  // "$"
            output += name.utf8
            index = close + closing.count
        }
        output += bytes[index...]
        return Scan(variables: variables, placeholderText: String(decoding: output, as: UTF8.self), unclosed: unclosed)
    }

    /// Finds a closing tag from starts that only move forward, reusing the last answer while it
    /// still holds, so that all the searches of one scan cost one pass over the text.
    private struct CloseSearch {
        let closing: [UInt8]
        var searchedFrom = Int.max
        var found: Int?

        mutating func first(in bytes: [UInt8], from start: Int) -> Int? {
            if start >= searchedFrom, found.map({ start <= $0 }) ?? true { return found }
            searchedFrom = start
            found = bytes.firstIndex(of: closing, from: start)
            return found
        }
    }

    private static let open = Array("<tvar".utf8)
    private static let close = Array("</tvar>".utf8)
    private static let oldClose = Array("</>".utf8)

    /// The value of `name=` in a tag's attributes: bare, or in single or double quotes.
    private static func nameAttribute(_ attributes: ArraySlice<UInt8>) -> String? {
        let key = Array("name=".utf8)
        guard let start = Array(attributes).firstIndex(of: key, from: 0) else { return nil }
        var value = attributes.dropFirst(start + key.count)
        while let first = value.first, first == 0x20 || first == 0x09 { value = value.dropFirst() }
        if let quote = value.first, quote == 0x22 || quote == 0x27 {
            value = value.dropFirst()
            guard let end = value.firstIndex(of: quote) else { return nil }
            return String(decoding: value[..<end], as: UTF8.self)
        }
        let end = value.firstIndex { $0 == 0x20 || $0 == 0x09 || $0 == 0x2F } ?? value.endIndex
        return String(decoding: value[..<end], as: UTF8.self)
    }
}
