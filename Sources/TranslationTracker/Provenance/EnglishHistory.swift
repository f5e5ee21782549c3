/// The English revisions history inference compares with: each revision's id and time, and for
/// each unit only the revisions where its fingerprint changed.
///
/// Keeping every revision's parsed document would cost the page's whole history in memory; a
/// unit's fingerprint at any revision is the one of its latest change at or before it, so the
/// changes are enough, and a page with 100,000 revisions costs a few MiB.
///
/// ```swift
/// var english = EnglishHistory()
/// english.append(revision.ref, source: FingerprintedSource(WikitextDocument(text)))
/// english.fingerprint("7", at: english.index(at: "2023-04-10T00:00:00Z")!)
/// ```
package struct EnglishHistory: Sendable, Hashable {
    /// One change of a unit's fingerprint: from revision `index` on, until the next change.
    private struct Change: Sendable, Hashable {
        var index: Int
        /// Nil: the revision has no such unit.
        var fingerprint: Fingerprint?
    }

    /// The revisions with text, in the order they were added (oldest first).
    package private(set) var refs: [RevisionRef] = []
    private var changes: [UnitID: [Change]] = [:]
    /// Units of the latest revision.
    private var present: Set<UnitID> = []
    /// Whether `refs` are in time order, so a time can be looked up by bisection.
    private var ordered = true

    package init() {}

    /// Adds the next revision with its units' fingerprints.
    package mutating func append(_ ref: RevisionRef, source: FingerprintedSource) {
        let index = refs.count
        if let last = refs.last, ref.timestamp < last.timestamp { ordered = false }
        refs.append(ref)
        var now = Set<UnitID>()
        for unit in source.units {
            now.insert(unit.id)
            let fingerprint = source.fingerprint(unit.id)
            if changes[unit.id]?.last?.fingerprint != fingerprint || changes[unit.id] == nil {
                changes[unit.id, default: []].append(Change(index: index, fingerprint: fingerprint))
            }
        }
        for id in present where !now.contains(id) {
            changes[id, default: []].append(Change(index: index, fingerprint: nil))
        }
        present = now
    }

    /// The fingerprint of unit `id` in revision `index`; nil when that revision had no such unit.
    package func fingerprint(_ id: UnitID, at index: Int) -> Fingerprint? {
        guard let list = changes[id] else { return nil }
        // The last change at or before `index`.
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].index <= index { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : list[low - 1].fingerprint
    }

    /// The latest revision saved at or before `timestamp`, as a position in ``refs``.
    package func index(at timestamp: String) -> Int? {
        guard ordered else { return refs.lastIndex { $0.timestamp <= timestamp } }
        var low = 0, high = refs.count
        while low < high {
            let middle = (low + high) / 2
            if refs[middle].timestamp <= timestamp { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    /// The latest revision whose unit `id` has a fingerprint `matches` accepts.
    package func lastIndex(unit id: UnitID, where matches: (Fingerprint) -> Bool) -> Int? {
        guard let list = changes[id] else { return nil }
        for position in list.indices.reversed() {
            guard let fingerprint = list[position].fingerprint, matches(fingerprint) else { continue }
            return position + 1 < list.count ? list[position + 1].index - 1 : refs.count - 1
        }
        return nil
    }
}
