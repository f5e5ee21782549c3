/// Small byte-level search helpers for the unit parser, which works on UTF-8 bytes because
/// every character it looks for is ASCII and multi-byte sequences never contain ASCII bytes.
extension Array where Element == UInt8 {
    /// Index of the first occurrence of `needle` in `from..<to`, if any.
    func firstIndex(of needle: [UInt8], from: Int, to: Int? = nil, ignoringCase: Bool = false) -> Int? {
        let end = (to ?? count) - needle.count
        guard !needle.isEmpty, from <= end else { return nil }
        let first = needle[0]
        var index = from
        while index <= end {
            let byte = self[index]
            if byte == first || (ignoringCase && byte | 0x20 == first) {
                var matched = true
                var k = 1
                while k < needle.count {
                    let b = self[index + k]
                    if b != needle[k] && !(ignoringCase && b | 0x20 == needle[k]) {
                        matched = false
                        break
                    }
                    k += 1
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether `needle` occurs at `offset`.
    func hasBytes(_ needle: [UInt8], at offset: Int, ignoringCase: Bool = false) -> Bool {
        guard offset >= 0, offset + needle.count <= count else { return false }
        for k in 0..<needle.count {
            let b = self[offset + k]
            if b != needle[k] && !(ignoringCase && b | 0x20 == needle[k]) { return false }
        }
        return true
    }
}

@inline(__always) func isHorizontalSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
@inline(__always) func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }

enum Tag {
    static let commentOpen = Array("<!--".utf8)
    static let commentClose = Array("-->".utf8)
    static let markerOpen = Array("<!--T:".utf8)
    static let nowikiOpen = Array("<nowiki>".utf8)
    static let nowikiClose = Array("</nowiki>".utf8)
    static let translateOpen = Array("<translate>".utf8)
    static let translateOpenNowrap = Array("<translate nowrap>".utf8)
    static let translateClose = Array("</translate>".utf8)
}

extension [Range<Int>] {
    /// The range holding `offset`, found by binary search in ranges sorted and apart (comments,
    /// `<nowiki>` spans), or nil.
    func sortedRange(containing offset: Int) -> Range<Int>? {
        var low = 0, high = count - 1
        while low <= high {
            let mid = (low + high) / 2
            if self[mid].upperBound <= offset {
                low = mid + 1
            } else if self[mid].lowerBound > offset {
                high = mid - 1
            } else {
                return self[mid]
            }
        }
        return nil
    }
}
