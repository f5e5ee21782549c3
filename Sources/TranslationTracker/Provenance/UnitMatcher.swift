/// Pairs a translation's units with the English ones.
///
/// By id when the translation has markers. A translation with no markers at all (a copy pasted
/// from an old revision, say) is matched by position: its n-th unit is taken as the English
/// n-th unit, and such units can never be more than `unverified`.
package enum UnitMatcher {
    package struct Matched: Sendable {
        /// Translation units, re-identified where matched by position.
        package var units: [TranslationUnit]
        package var byPosition: Bool
    }

    package static func match(source: WikitextDocument, translation: WikitextDocument) -> Matched {
        if translation.hasMarkers || translation.units.isEmpty {
            return Matched(units: translation.units, byPosition: false)
        }
        var units: [TranslationUnit] = []
        units.reserveCapacity(translation.units.count)
        for (index, unit) in translation.units.enumerated() {
            if index < source.units.count {
                units.append(unit.identified(as: source.units[index].id, by: .position))
            } else {
                units.append(unit)
            }
        }
        return Matched(units: units, byPosition: true)
    }
}
