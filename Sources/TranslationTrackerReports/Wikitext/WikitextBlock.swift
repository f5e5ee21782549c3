import Foundation

/// The part of a wiki page that `transtrack` owns: the lines from `<!-- transtrack:begin -->`
/// to `<!-- transtrack:end -->`. Publishing replaces that part and keeps every byte around it,
/// so the page's own introduction, categories and talk links survive each update.
///
/// ```swift
/// let page = "Intro\n<!-- transtrack:begin -->\nold\n<!-- transtrack:end -->\n[[Category:X]]\n"
/// try WikitextBlock.replace(in: page, with: WikitextRenderer().render(report, context: context))
/// ```
public enum WikitextBlock {
    public static let begin = "<!-- transtrack:begin -->"
    public static let end = "<!-- transtrack:end -->"

    /// Why a page or block cannot be updated safely. Lines are 1-based lines of the page (or of
    /// the block, for ``invalidBlock(_:)``).
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        /// A begin marker with no end marker after it.
        case missingEnd(beginLine: Int)
        /// An end marker with no begin marker before it.
        case missingBegin(endLine: Int)
        /// The end marker comes before the begin marker.
        case endBeforeBegin(beginLine: Int, endLine: Int)
        /// A marker that appears more than once.
        case duplicateMarker(marker: String, lines: [Int])
        /// The new block does not hold exactly one begin marker followed by one end marker.
        case invalidBlock(String)

        public var description: String {
            switch self {
            case .missingEnd(let line):
                "the page has \(WikitextBlock.begin) on line \(line) but no \(WikitextBlock.end) after it; add the end marker where the generated table should stop"
            case .missingBegin(let line):
                "the page has \(WikitextBlock.end) on line \(line) but no \(WikitextBlock.begin) before it; add the begin marker where the generated table should start"
            case .endBeforeBegin(let begin, let end):
                "the page has \(WikitextBlock.end) on line \(end) before \(WikitextBlock.begin) on line \(begin); put the begin marker first"
            case .duplicateMarker(let marker, let lines):
                "the page has \(marker) \(lines.count) times (lines \(lines.map(String.init).joined(separator: ", "))); keep one pair of markers so it is clear which part transtrack replaces"
            case .invalidBlock(let why):
                "the new block \(why); it must start with \(WikitextBlock.begin) and end with \(WikitextBlock.end)"
            }
        }
    }

    /// The page with its marked block replaced by `block`, markers included; the page with
    /// `block` appended on a line of its own when it has no markers. The block's trailing line
    /// break is dropped when it replaces a marked part, so replacing again changes nothing.
    ///
    /// Throws a ``Problem`` instead of guessing when the markers are unbalanced, out of order or
    /// duplicated, or when `block` is not itself one marked block.
    public static func replace(in page: String, with block: String) throws(Problem) -> String {
        let inBlock = (begin: ranges(of: begin, in: block), end: ranges(of: end, in: block))
        guard inBlock.begin.count == 1, inBlock.end.count == 1 else {
            throw .invalidBlock("has \(inBlock.begin.count) begin and \(inBlock.end.count) end markers")
        }
        guard inBlock.begin[0].upperBound <= inBlock.end[0].lowerBound else { throw .invalidBlock("has its end marker before its begin marker") }

        let begins = ranges(of: begin, in: page)
        let ends = ranges(of: end, in: page)
        if begins.count > 1 { throw .duplicateMarker(marker: begin, lines: begins.map { line(of: $0.lowerBound, in: page) }) }
        if ends.count > 1 { throw .duplicateMarker(marker: end, lines: ends.map { line(of: $0.lowerBound, in: page) }) }
        switch (begins.first, ends.first) {
        case (nil, nil):
            if page.isEmpty { return block }
            return page + (page.hasSuffix("\n") ? "" : "\n") + block
        case (let b?, nil):
            throw .missingEnd(beginLine: line(of: b.lowerBound, in: page))
        case (nil, let e?):
            throw .missingBegin(endLine: line(of: e.lowerBound, in: page))
        case (let b?, let e?):
            guard b.upperBound <= e.lowerBound else {
                throw .endBeforeBegin(beginLine: line(of: b.lowerBound, in: page), endLine: line(of: e.lowerBound, in: page))
            }
            var replacement = Substring(block)
            while let last = replacement.last, last.isNewline { replacement = replacement.dropLast() }
            return String(page[..<b.lowerBound]) + replacement + String(page[e.upperBound...])
        }
    }

    private static func ranges(of marker: String, in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var start = text.startIndex
        while let range = text.range(of: marker, range: start..<text.endIndex) {
            found.append(range)
            start = range.upperBound
        }
        return found
    }

    private static func line(of index: String.Index, in text: String) -> Int {
        text[..<index].reduce(1) { $1 == "\n" || $1 == "\r\n" ? $0 + 1 : $0 }
    }
}
