/// Where a new `<!--T:n…-->` marker goes, shared by stamping and marking so both write markers
/// exactly where the Translate extension puts them.
enum MarkerInsertion {
    /// The edit that inserts `marker` for a unit that has none: at the end of a heading line
    /// (after a space), otherwise on its own line before the text.
    static func edit(inserting marker: String, for unit: TranslationUnit, newline: [UInt8]) -> (Range<Int>, [UInt8]) {
        let text = Array(marker.utf8)
        let at = offset(for: unit)
        if case .heading = unit.kind { return (at..<at, [0x20] + text) }
        return (at..<at, text + newline)
    }

    /// Where a new marker for `unit` goes: the end of a heading line, else the start of the text.
    static func offset(for unit: TranslationUnit) -> Int {
        if case .heading = unit.kind { return unit.contentRange.upperBound }
        return unit.contentRange.lowerBound
    }

    /// Why no marker may be written for `unit`, or nil when one may. A marker inside a comment
    /// would only be more comment; a new marker must start its line (before a paragraph) or end it
    /// (after a heading), or the parser reads it as misplaced and the unit loses its id.
    static func obstacle(for unit: TranslationUnit, in document: WikitextDocument) -> String? {
        let at = unit.marker?.range.lowerBound ?? offset(for: unit)
        if let comment = document.comment(enclosing: at) {
            let line = document.source.line(of: comment.lowerBound)
            return "unit \(unit.id) lies inside the comment '<!--' opened on line \(line); a marker there would be part of the comment, so close the comment before the unit"
        }
        guard unit.marker == nil else { return nil }
        let bytes = document.source.bytes
        if case .heading = unit.kind {
            var index = at
            while index < bytes.count, isHorizontalSpace(bytes[index]) { index += 1 }
            if index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D {
                return "heading \(unit.id) on line \(unit.contentLine) has more after it on its line; a marker must end the heading line, so move what follows to a line of its own"
            }
        } else {
            var index = at - 1
            while index >= 0, isHorizontalSpace(bytes[index]) { index -= 1 }
            if index >= 0, bytes[index] != 0x0A {
                return "unit \(unit.id) on line \(unit.contentLine) does not start its line; a marker must start the line, so put the unit's text on a line of its own"
            }
        }
        return nil
    }

    /// Applies non-overlapping edits, last first, so earlier offsets stay valid.
    static func apply(_ edits: [(Range<Int>, [UInt8])], to bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for (range, replacement) in edits.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            result.replaceSubrange(range, with: replacement)
        }
        return result
    }
}
