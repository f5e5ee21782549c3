import TranslationTracker

/// Wikitext in, units out. Parsing never fails, so every input must give units whose byte ranges
/// lie inside the file, in file order and apart, with lines that exist; and a valid UTF-8 file
/// must parse the same from its bytes as from its text.
enum UnitParserFuzz {
    static func run(_ bytes: [UInt8]) {
        let document = WikitextDocument(bytes: bytes)
        check(document, count: bytes.count)
        if let text = String(validating: bytes, as: UTF8.self) {
            let fromText = WikitextDocument(text)
            FuzzProperty.require(
                fromText.units.map(\.contentRange) == document.units.map(\.contentRange)
                    && fromText.units.map(\.id) == document.units.map(\.id),
                "the same UTF-8 parsed from bytes and from a String gave different units")
        }
    }

    private static func check(_ document: WikitextDocument, count: Int) {
        let lines = document.source.line(of: count)
        var end = 0
        for unit in document.units {
            let range = unit.contentRange
            FuzzProperty.require(range.lowerBound >= 0 && range.upperBound <= count, "unit \(unit.id) range \(range) outside \(count) bytes")
            FuzzProperty.require(range.lowerBound >= end, "unit \(unit.id) range \(range) overlaps or precedes the unit before (ends at \(end))")
            end = range.upperBound
            if let marker = unit.marker {
                FuzzProperty.require(
                    marker.range.lowerBound >= 0 && marker.range.upperBound <= count,
                    "marker of unit \(unit.id) at \(marker.range) outside \(count) bytes")
                FuzzProperty.require(!marker.range.overlaps(range), "marker of unit \(unit.id) overlaps its text")
            }
            FuzzProperty.require(unit.line >= 1 && unit.line <= lines, "unit \(unit.id) on line \(unit.line) of \(lines)")
            FuzzProperty.require(unit.contentLine >= unit.line, "unit \(unit.id) text on line \(unit.contentLine) before its start \(unit.line)")
            _ = unit.translatableText
        }
        for problem in document.problems {
            FuzzProperty.require(problem.line >= 1 && problem.line <= lines, "problem on line \(problem.line) of \(lines): \(problem.message)")
            FuzzProperty.require(problem.column >= 1, "problem at column \(problem.column): \(problem.message)")
        }
    }
}
