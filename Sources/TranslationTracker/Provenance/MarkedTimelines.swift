/// The timeline of every marked unit of a wikitext translation, folded revision by revision:
/// what ``HistoryInference/timelines(of:)`` returns, built without keeping any revision's text.
///
/// A unit that first appears in a later revision was absent from the earlier ones, which counts
/// as a change, exactly as if every earlier revision had an `.absent` entry for it.
package struct MarkedTimelines: Sendable, Hashable {
    /// The first revision with unit markers.
    package private(set) var firstKnown: RevisionRef?
    private var timelines: [UnitID: HistoryInference.UnitTimeline] = [:]

    package init() {}

    /// Folds in one revision's text; revisions without unit markers tell nothing and are skipped.
    package mutating func add(_ ref: RevisionRef, document: WikitextDocument) {
        guard document.hasMarkers else { return }
        var units: [UnitID: [UInt8]] = [:]
        for unit in document.units where unit.idSource == .marker && units[unit.id] == nil {
            units[unit.id] = Fingerprint.normalized(unit.text)
        }
        for id in Array(timelines.keys) {
            timelines[id]?.append(.init(ref: ref, text: units.removeValue(forKey: id).map(HistoryInference.UnitText.text) ?? .absent))
        }
        for (id, text) in units {
            var timeline = HistoryInference.UnitTimeline(complete: false)
            if let firstKnown { timeline.append(.init(ref: firstKnown, text: .absent)) }
            timeline.append(.init(ref: ref, text: .text(text)))
            timelines[id] = timeline
        }
        if firstKnown == nil { firstKnown = ref }
    }

    /// The timelines, each marked complete or not.
    package func timelines(complete: Bool) -> [UnitID: HistoryInference.UnitTimeline] {
        timelines.mapValues { timeline in
            var timeline = timeline
            timeline.complete = complete
            return timeline
        }
    }
}
