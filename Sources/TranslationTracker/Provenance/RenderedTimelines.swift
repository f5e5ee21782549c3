/// The timelines of a rendered translation page's units by position, for the revisions that
/// rendered one number of units: ``HistoryInference/timelines(ofRendered:english:sourceLanguage:)``
/// lines up with the English the revisions with as many units as the English has, which is
/// known only once every page is read, so a folded history keeps one of these per unit count.
package struct RenderedTimelines: Sendable, Hashable {
    /// The first revision with this number of units.
    package private(set) var firstKnown: RevisionRef?
    /// One timeline per unit position.
    package private(set) var positions: [HistoryInference.UnitTimeline] = []

    package init() {}

    /// Folds one revision of a rendered page into the timelines of its unit count.
    package static func add(_ ref: RevisionRef, page: RenderedTranslationPage, to folds: inout [Int: RenderedTimelines]) {
        let units = page.units
        var fold = folds[units.count] ?? RenderedTimelines()
        if fold.firstKnown == nil {
            fold.firstKnown = ref
            fold.positions = Array(repeating: HistoryInference.UnitTimeline(complete: false), count: units.count)
        }
        for (position, unit) in units.enumerated() {
            let text: HistoryInference.UnitText = unit.rendering == .untranslated ? .absent : .text(Fingerprint.normalized(unit.text))
            fold.positions[position].append(.init(ref: ref, text: text))
        }
        folds[units.count] = fold
    }
}
