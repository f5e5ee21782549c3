/// Gives every unit of an English source that lacks a marker a real `<!--T:n-->` one, as the
/// Translate extension does when a page is marked for translation.
///
/// New ids continue after the largest numeric id in use, so existing ids never change. With
/// markers in place, editing a paragraph makes its translations stale instead of orphaning them.
package struct SourceMarker: Sendable {
    package init() {}

    package struct Result: Sendable {
        package var bytes: [UInt8]
        /// Old (derived) id → new id, in document order.
        package var assigned: [(UnitID, UnitID)]
        /// Units left without a marker, with the reason (a unit inside a `<!-- … -->`).
        package var skipped: [(UnitID, String)] = []
    }

    package func mark(_ document: WikitextDocument) -> Result {
        var next = (document.units.compactMap { Int($0.id.rawValue) }.max() ?? 0) + 1
        let newline: [UInt8] = document.source.usesCRLF ? [0x0D, 0x0A] : [0x0A]
        var edits: [(Range<Int>, [UInt8])] = []
        var assigned: [(UnitID, UnitID)] = []
        var skipped: [(UnitID, String)] = []
        for unit in document.units where unit.idSource == .derived {
            if let obstacle = MarkerInsertion.obstacle(for: unit, in: document) {
                skipped.append((unit.id, obstacle))
                continue
            }
            let id = UnitID("\(next)")
            next += 1
            edits.append(MarkerInsertion.edit(inserting: UnitMarker.render(id: id, source: nil), for: unit, newline: newline))
            assigned.append((unit.id, id))
        }
        return Result(bytes: MarkerInsertion.apply(edits, to: document.source.bytes), assigned: assigned, skipped: skipped)
    }
}
