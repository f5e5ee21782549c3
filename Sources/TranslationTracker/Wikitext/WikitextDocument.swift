/// A wikitext file split into translation units, with the problems found on the way.
///
/// Parsing never fails: bad structure becomes ``ParseProblem`` values and the units that can be
/// recovered are kept. Example:
/// ```swift
/// let doc = WikitextDocument("== Goals == <!--T:1-->\n\n<!--T:2-->\nWe plan.")
/// doc.units.map(\.id)   // ["1", "2"]
/// ```
///
/// **Derived ids.** A unit without a marker gets the id `h` followed by the first 8 hex digits of
/// its fingerprint (a second unit with the same text gets `-2`, and so on). The id depends only on
/// the unit's own text, so editing or inserting a paragraph never changes the ids of the others;
/// the edited paragraph itself gets a new id. Run `transtrack mark` to give a source real markers.
package struct WikitextDocument: Sendable {
    package let source: WikitextSource
    package let units: [TranslationUnit]
    package let problems: [ParseProblem]
    /// Whether the text uses `<translate>` sections (a translatable source page).
    package let usesTranslateTags: Bool
    /// Every `<!-- … -->` (one never closed runs to the end). A marker written inside one would
    /// be part of the comment, not a marker, so stamping and marking never write there.
    let comments: [Range<Int>]
    /// Where a `<!--` that is never closed begins: everything after it, the end of the file
    /// included, is inside that comment.
    let unclosedCommentStart: Int?
    private let index: [UnitID: Int]

    package init(parsing source: WikitextSource) {
        var parser = UnitParser(source: source)
        parser.run()
        var problems = parser.problems
        var units: [TranslationUnit] = []
        units.reserveCapacity(parser.drafts.count)
        var index: [UnitID: Int] = [:]
        var derivedCounts: [String: Int] = [:]
        // A derived id never takes an id a marker holds: once `stamp` gives one of two equal
        // paragraphs the marker `h1a2b3c4d`, the other must stay `h1a2b3c4d-2`, as it was.
        let markerIDs = Set(parser.drafts.compactMap { $0.marker?.id })
        for draft in parser.drafts {
            let contentLine = source.line(of: draft.contentRange.lowerBound)
            let line = source.line(of: draft.startOffset)
            var unit = TranslationUnit(
                id: draft.marker?.id ?? "", idSource: .marker, kind: draft.kind, marker: draft.marker,
                contentRange: draft.contentRange, line: line, contentLine: contentLine, source: source)
            if draft.marker == nil {
                let base = "h" + String(unit.fingerprint.digest.prefix(8))
                var seen = derivedCounts[base, default: 0]
                var id: UnitID
                repeat {
                    seen += 1
                    id = UnitID(seen == 1 ? base : "\(base)-\(seen)")
                } while markerIDs.contains(id)
                derivedCounts[base] = seen
                unit = unit.identified(as: id, by: .derived)
            }
            if let first = index[unit.id] {
                let firstLine = units[first].line
                let position = source.position(of: draft.marker?.range.lowerBound ?? draft.startOffset)
                problems.append(
                    ParseProblem(
                        kind: .duplicateUnit, line: position.line, column: position.column,
                        message: "unit id \(unit.id) is used twice (first at line \(firstLine)); give this unit a new id or merge the two"))
            } else {
                index[unit.id] = units.count
            }
            units.append(unit)
        }
        let tvar = Array("<tvar".utf8)
        for unit in units
        where source.bytes.firstIndex(of: tvar, from: unit.contentRange.lowerBound, to: unit.contentRange.upperBound) != nil {
            // Scan the bytes as written (not `unit.text`, which folds CRLF) so offsets stay byte offsets.
            let scan = TranslationVariable.scan(String(decoding: source.bytes[unit.contentRange], as: UTF8.self))
            var hint: WikitextSource.PositionHint?
            for offset in scan.unclosed {
                let position = source.position(of: unit.contentRange.lowerBound + offset, hint: &hint)
                problems.append(
                    ParseProblem(
                        kind: .unclosedVariable, line: position.line, column: position.column,
                        message: "<tvar> in unit \(unit.id) is not closed or has no name; write <tvar name=x>…</tvar>"))
            }
        }
        self.source = source
        self.units = units
        self.problems = problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        self.usesTranslateTags = parser.usesTranslateTags
        self.comments = parser.comments
        self.unclosedCommentStart = parser.unclosedCommentStart
        self.index = index
    }

    package init(_ text: String) { self.init(parsing: WikitextSource(text)) }

    /// The comment that `offset` lies strictly inside (writing there would write into it).
    func comment(enclosing offset: Int) -> Range<Int>? {
        if let start = unclosedCommentStart, offset > start { return start..<source.bytes.count }
        return comments.sortedRange(containing: offset).flatMap { $0.lowerBound < offset ? $0 : nil }
    }

    package init(bytes: [UInt8]) { self.init(parsing: WikitextSource(bytes: bytes)) }

    /// The first unit with this id.
    package func unit(_ id: UnitID) -> TranslationUnit? { index[id].map { units[$0] } }

    /// Whether any unit carries a `<!--T:n-->` marker.
    package var hasMarkers: Bool { units.contains { $0.idSource == .marker } }
}
