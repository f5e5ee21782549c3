/// Records in a translation that some of its units now match the current English.
///
/// Pure: takes the translation's bytes and returns new bytes in which only the chosen units'
/// markers changed. A unit with a marker gets `src=` set (other attributes kept); a unit
/// without one (a translation matched by position) gets a marker inserted where the Translate
/// extension puts it: on its own line before the text, or at the end of a heading line. When only
/// some units of such a file are stamped, the others get markers without `src=`, so the file
/// keeps matching the English unit by unit.
package struct Stamper: Sendable {
    package init() {}

    /// What stamping did to one file.
    package struct Result: Sendable {
        /// The new file contents; equal to the old ones when nothing changed.
        package var bytes: [UInt8]
        package var stamped: [UnitID]
        /// Units that were already stamped with the current fingerprint.
        package var unchanged: [UnitID]
        /// Units asked for that could not be stamped, with the reason.
        package var skipped: [(UnitID, String)]
        package var changed: Bool { !stamped.isEmpty }
    }

    /// Stamps `units` (all matched units when nil) of `translation` against `source`.
    package func stamp(translation: WikitextDocument, source: WikitextDocument, units wanted: Set<UnitID>? = nil) -> Result {
        let matched = UnitMatcher.match(source: source, translation: translation)
        var edits: [(Range<Int>, [UInt8])] = []
        var stamped: [UnitID] = []
        var unchanged: [UnitID] = []
        var skipped: [(UnitID, String)] = []
        let newline: [UInt8] = translation.source.usesCRLF ? [0x0D, 0x0A] : [0x0A]

        for unit in matched.units {
            if let obstacle = MarkerInsertion.obstacle(for: unit, in: translation) {
                if wanted?.contains(unit.id) == true { skipped.append((unit.id, obstacle)) }
                continue
            }
            if let wanted, !wanted.contains(unit.id) {
                // In a file matched by position, one marker would switch the whole file to
                // matching by id; the other units get bare markers so they keep their place.
                if matched.byPosition, unit.idSource == .position {
                    edits.append(MarkerInsertion.edit(inserting: UnitMarker.render(id: unit.id, source: nil), for: unit, newline: newline))
                }
                continue
            }
            guard let english = source.unit(unit.id) else {
                if wanted != nil { skipped.append((unit.id, "the English source has no unit \(unit.id)")) }
                continue
            }
            let fingerprint = english.fingerprint
            if let marker = unit.marker {
                // A hand-written short prefix that matches is current too, as status reports it.
                if let recorded = marker.recorded, recorded.matches(fingerprint) {
                    unchanged.append(unit.id)
                    continue
                }
                let text = UnitMarker.render(id: marker.id, source: fingerprint, otherAttributes: marker.otherAttributes)
                edits.append((marker.range, Array(text.utf8)))
            } else {
                edits.append(MarkerInsertion.edit(inserting: UnitMarker.render(id: unit.id, source: fingerprint), for: unit, newline: newline))
            }
            stamped.append(unit.id)
        }
        if let wanted {
            let present = Set(matched.units.map(\.id))
            for id in wanted.sorted() where !present.contains(id) {
                skipped.append((id, source.unit(id) == nil ? "no unit \(id) in the English source" : "unit \(id) is not translated yet"))
            }
        }

        // Bare markers for a file matched by position only make sense beside a stamp: when
        // nothing was stamped the file stays as it was, byte for byte.
        let bytes = stamped.isEmpty ? translation.source.bytes : MarkerInsertion.apply(edits, to: translation.source.bytes)
        return Result(bytes: bytes, stamped: stamped, unchanged: unchanged, skipped: skipped)
    }
}
