/// Where a new `<!--T:n…-->` marker goes, shared by stamping and marking so both write markers
/// exactly where the Translate extension puts them.
enum MarkerInsertion {
    /// The edit that inserts `marker` for a unit that has none: at the end of a heading line
    /// (after a space), otherwise on its own line before the text.
    static func edit(inserting marker: String, for unit: TranslationUnit, newline: [UInt8]) -> (Range<Int>, [UInt8]) {
        let text = Array(marker.utf8)
        if case .heading = unit.kind {
            return (unit.contentRange.upperBound..<unit.contentRange.upperBound, [0x20] + text)
        }
        return (unit.contentRange.lowerBound..<unit.contentRange.lowerBound, text + newline)
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
