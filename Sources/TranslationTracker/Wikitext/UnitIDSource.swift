/// Where a unit's id came from, which says how much to trust matching by it.
package enum UnitIDSource: String, Sendable, Codable {
    /// Written in the text as `<!--T:n-->`.
    case marker
    /// Derived from the unit's text because the file has no markers (see ``UnitID``).
    case derived
    /// Taken from the English unit at the same position, for a translation without markers.
    case position
}
