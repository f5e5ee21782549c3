/// An English document with the fingerprint of each unit computed once.
///
/// A document is compared with every translation of it; hashing its units once per document
/// instead of once per translation is what keeps `status` linear in the number of units.
package struct FingerprintedSource: Sendable {
    package let document: WikitextDocument
    /// The English units in order, the first of each id only.
    package let units: [TranslationUnit]
    private let entries: [UnitID: Entry]

    private struct Entry: Sendable {
        var fingerprint: Fingerprint
        var hex: String
    }

    package init(_ document: WikitextDocument) {
        self.document = document
        var entries: [UnitID: Entry] = [:]
        entries.reserveCapacity(document.units.count)
        var units: [TranslationUnit] = []
        units.reserveCapacity(document.units.count)
        for unit in document.units where entries[unit.id] == nil {
            let fingerprint = unit.fingerprint
            entries[unit.id] = Entry(fingerprint: fingerprint, hex: fingerprint.hex)
            units.append(unit)
        }
        self.entries = entries
        self.units = units
    }

    /// The fingerprint of the English unit with this id.
    package func fingerprint(_ id: UnitID) -> Fingerprint? { entries[id]?.fingerprint }

    /// Its short form, as markers record it.
    package func hex(_ id: UnitID) -> String? { entries[id]?.hex }

    /// Whether the English has a unit with this id.
    package func contains(_ id: UnitID) -> Bool { entries[id] != nil }
}
