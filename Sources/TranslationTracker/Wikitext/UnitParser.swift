/// Splits wikitext into translation units the way the Translate extension does.
///
/// Rules, in order:
/// 1. If the text has `<translate>` (or `<translate nowrap>`) sections, only their insides are
///    translatable; otherwise the whole file is (a translation or a plain page). Tags inside
///    comments or `<nowiki>` do not count.
/// 2. Inside a section, lines holding only whitespace separate units; blank lines inside
///    `<nowiki>` do not.
/// 3. A heading line (`== Goals ==`) is always a unit of its own, even without blank lines.
/// 4. A unit's id comes from `<!--T:n-->` at its start, or at the end of a heading line. A marker
///    at the start of a later line of the same block starts a new unit (a forgotten blank line,
///    reported); a marker anywhere else is reported and ignored.
/// 5. A unit without a marker gets a derived id (see ``WikitextDocument``).
/// 6. In a file without `<translate>` sections (a translation, or a plain page), blocks that are
///    only page furniture — `<languages/>`, a lone template such as a navigation box,
///    `<references />`, categories, magic words, comments — are not units: a translation page
///    repeats them from the source page's untranslated parts. Nor are furniture lines that run
///    straight into a marked unit without a blank line (`<languages />` then `<!--T:2-->`).
struct UnitParser {
    let source: WikitextSource
    private(set) var problems: [ParseProblem] = []
    /// `<nowiki>` ranges: no splitting, no tags inside.
    private var nowiki: [Range<Int>] = []
    /// Comment ranges, markers included; sorted.
    /// Every `<!-- … -->`, in order; one never closed runs to the end of the file.
    private(set) var comments: [Range<Int>] = []
    /// Where a `<!--` that is never closed begins: MediaWiki hides everything from there on.
    private(set) var unclosedCommentStart: Int?
    private var commentCursor = 0
    private(set) var drafts: [Draft] = []
    private(set) var usesTranslateTags = false
    /// The last reported position: problems come mostly in file order, so columns count on from it.
    private var positionHint: WikitextSource.PositionHint?

    /// A unit before ids are settled.
    struct Draft {
        var marker: UnitMarker?
        var kind: UnitKind
        var contentRange: Range<Int>
        var startOffset: Int
    }

    init(source: WikitextSource) { self.source = source }

    private var bytes: [UInt8] { source.bytes }

    mutating func run() {
        let start = source.hasByteOrderMark ? 3 : 0
        findProtectedRanges(from: start)
        for section in translateSections(from: start) {
            splitSection(section)
        }
    }

    // MARK: - Problems

    private mutating func report(_ kind: ParseProblem.Kind, at offset: Int, _ message: String) {
        let (line, column) = source.position(of: offset, hint: &positionHint)
        problems.append(ParseProblem(kind: kind, line: line, column: column, message: message))
    }

    // MARK: - Comments and nowiki

    private mutating func findProtectedRanges(from start: Int) {
        let count = bytes.count
        var resumeAt = start
        // Once a search for `</nowiki>` has failed from some offset, it fails from every later one:
        // remembering that keeps a file of many unclosed `<nowiki>` from being searched once per tag.
        var noNowikiCloseFrom = count
        for index in source.angleBrackets where index >= resumeAt {
            if bytes.hasBytes(Tag.commentOpen, at: index) {
                if let close = bytes.firstIndex(of: Tag.commentClose, from: index + 4) {
                    comments.append(index..<(close + 3))
                    resumeAt = close + 3
                } else {
                    report(.unclosedComment, at: index, "comment '<!--' is never closed, so MediaWiki hides everything after it; add '-->'")
                    comments.append(index..<count)
                    unclosedCommentStart = index
                    resumeAt = count
                }
            } else if bytes.hasBytes(Tag.nowikiOpen, at: index, ignoringCase: true) {
                if index + 8 < noNowikiCloseFrom, let close = bytes.firstIndex(of: Tag.nowikiClose, from: index + 8, ignoringCase: true) {
                    nowiki.append(index..<(close + 9))
                    resumeAt = close + 9
                } else {
                    report(.unclosedNowiki, at: index, "<nowiki> is never closed; add </nowiki>")
                    noNowikiCloseFrom = min(noNowikiCloseFrom, index + 8)
                    resumeAt = index + 8
                }
            }
        }
    }

    private func isProtected(_ offset: Int) -> Bool {
        comments.sortedRange(containing: offset) != nil || nowiki.sortedRange(containing: offset) != nil
    }

    /// Whether a line break just before `offset` lies inside `<nowiki>` (so it splits nothing).
    private func insideNowiki(_ offset: Int) -> Bool {
        var low = 0, high = nowiki.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = nowiki[mid]
            if range.upperBound <= offset {
                low = mid + 1
            } else if range.lowerBound >= offset {
                high = mid - 1
            } else {
                return true
            }
        }
        return false
    }

    // MARK: - Sections

    private mutating func translateSections(from start: Int) -> [Range<Int>] {
        var sections: [Range<Int>] = []
        var open: (tag: Int, content: Int)?
        var index = start
        let count = bytes.count
        for lt in source.angleBrackets where lt >= index {
            if isProtected(lt) { continue }
            var contentStart: Int?
            if bytes.hasBytes(Tag.translateOpen, at: lt) {
                contentStart = lt + Tag.translateOpen.count
            } else if bytes.hasBytes(Tag.translateOpenNowrap, at: lt) {
                contentStart = lt + Tag.translateOpenNowrap.count
            }
            if let contentStart {
                usesTranslateTags = true
                if let current = open {
                    report(.nestedTranslate, at: lt, "<translate> inside another <translate> (opened at line \(source.line(of: current.tag))); close the first one before opening another")
                    continue
                }
                open = (lt, contentStart)
                index = contentStart
            } else if bytes.hasBytes(Tag.translateClose, at: lt) {
                // A stray closing tag opens no section, so alone it does not make the file a source page.
                if let current = open {
                    sections.append(current.content..<lt)
                    open = nil
                } else {
                    report(.strayClosingTranslate, at: lt, "</translate> without a matching <translate>; remove it or add the opening tag")
                }
                index = lt + Tag.translateClose.count
            }
        }
        if let current = open {
            report(.unclosedTranslate, at: current.tag, "<translate> is never closed; add </translate> where the translatable text ends")
            sections.append(current.content..<count)
        }
        if !usesTranslateTags { sections.append(start..<count) }
        return sections
    }

    // MARK: - Blocks

    private mutating func splitSection(_ section: Range<Int>) {
        var lineStart = section.lowerBound
        var block: Range<Int>?
        // Index of the first line that starts after `lineStart`: its start - 1 is our newline.
        var nextLine = source.lineIndex(after: lineStart)
        let starts = source.lineStarts
        while lineStart < section.upperBound {
            let lineEnd = nextLine < starts.count ? min(starts[nextLine] - 1, section.upperBound) : section.upperBound
            nextLine += 1
            let next = lineEnd < section.upperBound ? lineEnd + 1 : section.upperBound
            let line = lineStart..<lineEnd

            if lineStart > section.lowerBound, insideNowiki(lineStart - 1) {
                block = (block?.lowerBound ?? lineStart)..<lineEnd
            } else if isBlank(line) {
                if let b = block { emitBlock(b) }
                block = nil
            } else if let heading = headingLevel(line) {
                var leading: UnitMarker?
                if let b = block {
                    if let marker = soleMarker(b) {
                        leading = marker
                    } else {
                        emitBlock(b)
                    }
                }
                block = nil
                emitHeading(line, level: heading, leadingMarker: leading)
            } else {
                block = (block?.lowerBound ?? lineStart)..<lineEnd
            }
            lineStart = next
        }
        if let b = block { emitBlock(b) }
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        for index in range where !isHorizontalSpace(bytes[index]) { return false }
        return true
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var low = range.lowerBound, high = range.upperBound
        while low < high, isSpace(bytes[low]) { low += 1 }
        while high > low, isSpace(bytes[high - 1]) { high -= 1 }
        return low..<high
    }

    /// Marker comments whose start lies in `range`, in order.
    private mutating func markers(in range: Range<Int>) -> [Range<Int>] {
        while commentCursor < comments.count, comments[commentCursor].lowerBound < range.lowerBound {
            commentCursor += 1
        }
        var result: [Range<Int>] = []
        var index = commentCursor
        while index < comments.count, comments[index].lowerBound < range.upperBound {
            let comment = comments[index]
            // An unclosed `<!--T:…` is no marker (the unclosed comment is reported): it runs to the
            // end of the file, past this range, and has no `-->` to cut its body from.
            if comment.upperBound <= range.upperBound, comment.lowerBound != unclosedCommentStart,
                bytes.hasBytes(Tag.markerOpen, at: comment.lowerBound)
            {
                result.append(comment)
            }
            index += 1
        }
        return result
    }

    /// The heading level when the line is a heading (`== Goals ==`, optionally followed by a marker).
    private func headingLevel(_ line: Range<Int>) -> Int? {
        var text = trimmed(line)
        guard !text.isEmpty, bytes[text.lowerBound] == 0x3D else { return nil }  // "="
        // Drop trailing comments (the unit marker, or a note such as `<!-- keep short -->`)
        // before judging the closing '=': MediaWiki strips comments before it looks for headings.
        while text.count > 7, bytes.hasBytes(Tag.commentClose, at: text.upperBound - 3),
            let commentStart = lastCommentStart(in: text), commentStart > text.lowerBound
        {
            text = trimmed(text.lowerBound..<commentStart)
        }
        var leading = 0
        while leading < text.count, bytes[text.lowerBound + leading] == 0x3D { leading += 1 }
        var trailing = 0
        while trailing < text.count, bytes[text.upperBound - 1 - trailing] == 0x3D { trailing += 1 }
        guard leading + trailing < text.count else { return nil }  // "====" alone is not a heading
        let level = min(leading, trailing, 6)
        return level > 0 ? level : nil  // "=Goals" has no closing '=' and is text
    }

    /// Start of the comment that ends `range`, when the comment is closed only at the end.
    /// Where the comment that ends `range` begins, when one does and it lies inside `range`. Taken
    /// from the comments found once for the file: scanning back for the last `<!--` would stop at
    /// a `<!--` written inside that comment.
    private func lastCommentStart(in range: Range<Int>) -> Int? {
        guard range.upperBound > range.lowerBound, let comment = comments.sortedRange(containing: range.upperBound - 1),
            comment.upperBound == range.upperBound, comment.lowerBound >= range.lowerBound,
            bytes.hasBytes(Tag.commentClose, at: comment.upperBound - 3)
        else { return nil }
        return comment.lowerBound
    }

    private func isMarkerComment(_ range: Range<Int>) -> Bool {
        guard bytes.hasBytes(Tag.markerOpen, at: range.lowerBound), range.count >= 9 else { return false }
        return bytes.hasBytes(Tag.commentClose, at: range.upperBound - 3)
            && bytes.firstIndex(of: Tag.commentClose, from: range.lowerBound + 4) == range.upperBound - 3
    }

    /// When a block is nothing but one marker (a marker on the line above a heading), that marker.
    /// In a file without `<translate>`, furniture lines may come before it (`<languages />`).
    private mutating func soleMarker(_ block: Range<Int>) -> UnitMarker? {
        var text = trimmed(block)
        if !usesTranslateTags, let last = markers(in: text).last, last.lowerBound > text.lowerBound, last.upperBound == text.upperBound,
            startsLine(last.lowerBound), PageFurniture.isFurniture(bytes, trimmed(text.lowerBound..<last.lowerBound))
        {
            text = last
        }
        guard isMarkerComment(text) else { return nil }
        // A marker with an invalid id is left to `emitBlock`, which reports it; reporting it here
        // as well would list the same problem twice.
        if case .failure(.invalidID) = UnitMarker.parseBody(bytes[(text.lowerBound + 4)..<(text.upperBound - 3)]) { return nil }
        return parseMarker(text, placement: .start)
    }

    private mutating func parseMarker(_ range: Range<Int>, placement: UnitMarker.Placement) -> UnitMarker? {
        let body = bytes[(range.lowerBound + 4)..<(range.upperBound - 3)]
        switch UnitMarker.parseBody(body) {
        case .success(let (id, recorded, others)):
            return UnitMarker(id: id, recorded: recorded, otherAttributes: others, range: range, placement: placement)
        case .failure(.invalidSource(let value)):
            report(.invalidMarker, at: range.lowerBound, "src=\(value) is not a fingerprint (6 to 64 hex digits); run `transtrack stamp` to write a correct one")
            let withoutSource = String(decoding: body, as: UTF8.self).replacingOccurrences(of: "src=\(value)", with: "")
            if case .success(let (id, _, others)) = UnitMarker.parseBody(withoutSource) {
                return UnitMarker(id: id, recorded: nil, otherAttributes: others, range: range, placement: placement)
            }
            return nil
        case .failure(.invalidID(let id)):
            report(.invalidMarker, at: range.lowerBound, "unit marker has an invalid id '\(id)'; ids may not be empty or contain spaces, '_', '/', '<' or '>'")
            return nil
        case .failure(.notAMarker):
            return nil
        }
    }

    private mutating func emitHeading(_ line: Range<Int>, level: Int, leadingMarker: UnitMarker?) {
        var content = trimmed(line)
        var marker = leadingMarker
        let found = markers(in: content)
        if let last = found.last, last.upperBound == content.upperBound {
            if let parsed = parseMarker(last, placement: .headingEnd) {
                if marker != nil {
                    report(.multipleMarkers, at: last.lowerBound, "heading has two unit markers; keep one")
                } else {
                    marker = parsed
                }
            }
            content = trimmed(content.lowerBound..<last.lowerBound)
        }
        for misplaced in found where misplaced.upperBound <= content.upperBound {
            report(.misplacedMarker, at: misplaced.lowerBound, "unit marker in the middle of a heading; put it at the end of the heading line")
        }
        let start = marker?.placement == .start ? (marker?.range.lowerBound ?? content.lowerBound) : content.lowerBound
        drafts.append(Draft(marker: marker, kind: .heading(level: level), contentRange: content, startOffset: start))
    }

    private mutating func emitBlock(_ block: Range<Int>) {
        let text = trimmed(block)
        guard !text.isEmpty else { return }
        if !usesTranslateTags, PageFurniture.isFurniture(bytes, text) { return }
        let found = markers(in: text)
        // Markers that begin a line split the block into units.
        var starts: [(Int, Range<Int>?)] = []
        var misplaced: [Range<Int>] = []
        for marker in found {
            if marker.lowerBound == text.lowerBound || startsLine(marker.lowerBound) {
                starts.append((marker.lowerBound, marker))
            } else {
                misplaced.append(marker)
            }
        }
        if starts.first?.0 != text.lowerBound { starts.insert((text.lowerBound, nil), at: 0) }
        // Furniture right above a marker, with no blank line between (`<languages />` at the top
        // of a translation, `<references />` before the next unit), is no unit either.
        if !usesTranslateTags, starts.count > 1, starts[0].1 == nil, PageFurniture.isFurniture(bytes, trimmed(starts[0].0..<starts[1].0)) {
            starts.removeFirst()
        }
        for (index, (start, markerRange)) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].0 : text.upperBound
            if index > 0, let markerRange {
                report(.multipleMarkers, at: markerRange.lowerBound, "unit marker starts a line inside another unit; add a blank line before it so the two units stay apart")
            }
            emitUnit(start..<end, markerRange: markerRange)
        }
        for range in misplaced {
            report(.misplacedMarker, at: range.lowerBound, "unit marker in an unsupported position; put it at the start of the paragraph or at the end of a heading line")
        }
    }

    private func startsLine(_ offset: Int) -> Bool {
        var index = offset - 1
        while index >= 0, bytes[index] == 0x20 || bytes[index] == 0x09 { index -= 1 }
        return index < 0 || bytes[index] == 0x0A
    }

    private mutating func emitUnit(_ range: Range<Int>, markerRange: Range<Int>?) {
        var marker: UnitMarker?
        var contentStart = range.lowerBound
        if let markerRange {
            marker = parseMarker(markerRange, placement: .start)
            contentStart = markerRange.upperBound
        }
        let content = trimmed(contentStart..<range.upperBound)
        guard !content.isEmpty else {
            if let marker {
                report(.emptyUnit, at: range.lowerBound, "unit \(marker.id) has a marker but no text; write its text after the marker or remove the marker")
            }
            return
        }
        drafts.append(Draft(marker: marker, kind: kind(of: content), contentRange: content, startOffset: range.lowerBound))
    }

    private func kind(of content: Range<Int>) -> UnitKind {
        switch bytes[content.lowerBound] {
        case 0x2A, 0x23, 0x3A, 0x3B: return .list  // * # : ;
        case 0x7B where content.count > 1 && bytes[content.lowerBound + 1] == 0x7C: return .table  // {|
        default: return .paragraph
        }
    }
}
