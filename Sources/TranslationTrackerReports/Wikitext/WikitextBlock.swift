/// The part of a published page that `transtrack publish` owns: from `<!-- transtrack:begin -->`
/// to `<!-- transtrack:end -->`. Publishing replaces exactly that part and keeps every other byte
/// of the page, so the page's own introduction, categories and notes survive each update.
///
/// Unlike appending, publishing never guesses where a table belongs: an existing page without
/// markers is refused (someone must put them where the table should go), and unbalanced,
/// reversed or repeated markers are refused too, naming their lines. Works on UTF-8 bytes (the
/// markers are ASCII), so line endings, a byte order mark or unusual Unicode around the block
/// come back exactly as they were. On a CRLF page, the new block's line breaks become CRLF too.
///
/// ``WikitextRenderer`` writes its table between these markers.
///
/// ```swift
/// let page = "Intro\n<!-- transtrack:begin -->\nold\n<!-- transtrack:end -->\n[[Category:X]]"
/// try WikitextBlock.replace(in: page, with: block)   // "Intro\n" + block + "\n[[Category:X]]"
/// ```
package enum WikitextBlock {
    package static let begin = "<!-- transtrack:begin -->"
    package static let end = "<!-- transtrack:end -->"

    /// Why a page's block cannot be replaced safely. Lines are 1-based lines of the page.
    package enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        /// Neither marker: the page exists but nobody said where the table goes.
        case noMarkers
        /// A begin marker with no end marker after it.
        case missingEnd(beginLine: Int)
        /// An end marker with no begin marker.
        case missingBegin(endLine: Int)
        /// The end marker comes first.
        case endBeforeBegin(beginLine: Int, endLine: Int)
        /// A marker more than once.
        case duplicateMarker(marker: String, lines: [Int])
        /// The generated block is not one begin marker followed by one end marker (a bug).
        case invalidBlock

        package var description: String {
            switch self {
            case .noMarkers:
                "the page has no \(WikitextBlock.begin) and \(WikitextBlock.end) markers; add both, on lines of their own, where the table should go, then publish again"
            case .missingEnd(let line):
                "the page has \(WikitextBlock.begin) on line \(line) but no \(WikitextBlock.end) after it; add the end marker where the table should stop"
            case .missingBegin(let line):
                "the page has \(WikitextBlock.end) on line \(line) but no \(WikitextBlock.begin) before it; add the begin marker where the table should start"
            case .endBeforeBegin(let begin, let end):
                "the page has \(WikitextBlock.end) on line \(end) before \(WikitextBlock.begin) on line \(begin); put the begin marker first"
            case .duplicateMarker(let marker, let lines):
                "the page has \(marker) \(lines.count) times (lines \(lines.map(String.init).joined(separator: ", "))); keep one pair of markers so it is clear which part transtrack replaces"
            case .invalidBlock:
                "the generated block must start with \(WikitextBlock.begin) and end with \(WikitextBlock.end); this is a bug in transtrack, please report it"
            }
        }
    }

    /// `page` with its marked part (markers included) replaced by `block`. The block's trailing
    /// line breaks are dropped (MediaWiki trims them on save anyway), so replacing again with
    /// the same block gives the same page.
    package static func replace(in page: String, with block: String) throws(Problem) -> String {
        let blockBytes = try checked(block)
        let bytes = Array(page.utf8)
        let begins = occurrences(of: begin, in: bytes)
        let ends = occurrences(of: end, in: bytes)
        if begins.count > 1 { throw .duplicateMarker(marker: begin, lines: begins.map { line(of: $0, in: bytes) }) }
        if ends.count > 1 { throw .duplicateMarker(marker: end, lines: ends.map { line(of: $0, in: bytes) }) }
        switch (begins.first, ends.first) {
        case (nil, nil):
            throw .noMarkers
        case (let b?, nil):
            throw .missingEnd(beginLine: line(of: b, in: bytes))
        case (nil, let e?):
            throw .missingBegin(endLine: line(of: e, in: bytes))
        case (let b?, let e?):
            guard b + begin.utf8.count <= e else { throw .endBeforeBegin(beginLine: line(of: b, in: bytes), endLine: line(of: e, in: bytes)) }
            let crlf = containsCRLF(bytes)
            let replacement = crlf ? toCRLF(blockBytes) : blockBytes
            let result = Array(bytes[..<b]) + replacement + Array(bytes[(e + end.utf8.count)...])
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The text of a new page that holds only the block, as `publish --create` saves it.
    package static func newPage(_ block: String) throws(Problem) -> String {
        String(decoding: try checked(block), as: UTF8.self)
    }

    /// The block's bytes without trailing line breaks, after checking it is one marked block.
    private static func checked(_ block: String) throws(Problem) -> [UInt8] {
        var bytes = Array(block.utf8)
        while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
        let begins = occurrences(of: begin, in: bytes), ends = occurrences(of: end, in: bytes)
        guard begins == [0], ends.count == 1, ends[0] + end.utf8.count == bytes.count else { throw .invalidBlock }
        return bytes
    }

    private static func occurrences(of marker: String, in bytes: [UInt8]) -> [Int] {
        let needle = Array(marker.utf8)
        guard bytes.count >= needle.count else { return [] }
        var found: [Int] = []
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) {
                found.append(index)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }

    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    private static func containsCRLF(_ bytes: [UInt8]) -> Bool {
        zip(bytes, bytes.dropFirst()).contains { $0 == 0x0D && $1 == 0x0A }
    }

    /// Every lone LF becomes CRLF.
    private static func toCRLF(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 40)
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x0A && previous != 0x0D { out.append(0x0D) }
            out.append(byte)
            previous = byte
        }
        return out
    }
}
