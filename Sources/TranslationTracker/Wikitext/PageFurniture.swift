/// Recognises blocks that are page furniture rather than prose: `<languages/>`, a template
/// call standing alone (`{{Annual Plan navigation}}`), `<references />`, `[[Category:…]]`,
/// `__NOTOC__`, or a comment, in any sequence separated by whitespace.
///
/// Translation pages repeat these from the untranslated parts of the source page, so they must
/// not be taken for units (they would show as extra units, and shift matching by position).
enum PageFurniture {
    static func isFurniture(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        let end = range.upperBound
        var items = 0
        while index < end {
            if isSpace(bytes[index]) {
                index += 1
                continue
            }
            guard let next = item(bytes, at: index, end: end) else { return false }
            index = next
            items += 1
        }
        return items > 0
    }

    /// End of the furniture item starting at `index`, if one does.
    private static func item(_ bytes: [UInt8], at index: Int, end: Int) -> Int? {
        if bytes.hasBytes(Tag.markerOpen, at: index) { return nil }
        if bytes.hasBytes(Tag.commentOpen, at: index) {
            guard let close = bytes.firstIndex(of: Tag.commentClose, from: index + 4, to: end) else { return nil }
            return close + 3
        }
        if bytes.hasBytes(Array("{{".utf8), at: index) { return balancedTemplateEnd(bytes, from: index, end: end) }
        if bytes.hasBytes(Array("[[category:".utf8), at: index, ignoringCase: true) {
            guard let close = bytes.firstIndex(of: Array("]]".utf8), from: index + 2, to: end) else { return nil }
            return close + 2
        }
        if bytes.hasBytes(Array("__".utf8), at: index) {
            var k = index + 2
            while k < end, (0x41...0x5A).contains(bytes[k]) { k += 1 }
            return k > index + 2 && bytes.hasBytes(Array("__".utf8), at: k) ? k + 2 : nil
        }
        if bytes[index] == 0x3C, index + 1 < end, isLetter(bytes[index + 1]) {
            // A self-closing tag: <languages/>, <references />.
            var k = index + 1
            while k < end, bytes[k] != 0x3E, bytes[k] != 0x3C { k += 1 }
            guard k < end, bytes[k] == 0x3E, bytes[k - 1] == 0x2F else { return nil }
            return k + 1
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    private static func balancedTemplateEnd(_ bytes: [UInt8], from start: Int, end: Int) -> Int? {
        var depth = 0
        var k = start
        while k + 1 < end + 1, k < end {
            if k + 1 < end, bytes[k] == 0x7B, bytes[k + 1] == 0x7B {
                depth += 1
                k += 2
            } else if k + 1 < end, bytes[k] == 0x7D, bytes[k + 1] == 0x7D {
                depth -= 1
                k += 2
                if depth == 0 { return k }
            } else {
                k += 1
            }
        }
        return nil
    }
}
