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

    /// Why no marker may be written for `unit`: its place lies inside a comment, where a marker
    /// would only be more comment. Nil when it may.
    static func obstacle(for unit: TranslationUnit, at offset: Int, in document: WikitextDocument) -> String? {
        guard let comment = document.comment(enclosing: offset) else { return nil }
        let line = document.source.line(of: comment.lowerBound)
        return "unit \(unit.id) lies inside the comment '<!--' opened on line \(line); a marker there would be part of the comment, so close the comment before the unit"
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
