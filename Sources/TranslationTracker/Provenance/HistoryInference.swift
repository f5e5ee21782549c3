/// Provenance from wiki history, for translations that record no `src=`.
///
/// For a translated unit, T is the time of the latest translation revision in which the unit's
/// text changed: where it first appeared, or was last edited. Texts are compared as fingerprints
/// compare them (whitespace runs folded, ends trimmed), so a save that fixed another unit, or only
/// re-wrapped this one, does not move T. The English revision current at T is the English the unit
/// was translated from; if today's English unit has another fingerprint, the unit is stale, and
/// otherwise current. Both are *inferred*: a recorded `src=` always wins over them.
///
/// History must be complete enough to say when the text appeared: when the translation's oldest
/// known revision already has today's text and is not the page's first revision (a current-only
/// dump), T is unknown and nothing is inferred.
///
/// ```swift
/// let inference = HistoryInference(english: englishPage.history)
/// let timelines = HistoryInference.timelines(of: copy.history)
/// inference.infer(unit: "7", timeline: timelines["7"]!, now: today)   // .stale(evidence)
/// ```
package struct HistoryInference: Sendable {
    /// One English revision, split into units and fingerprinted once.
    package struct SourceRevision: Sendable {
        package var ref: RevisionRef
        package var source: FingerprintedSource
    }

    /// A unit's text in one translation revision.
    package enum UnitText: Sendable, Hashable {
        /// The unit's text, whitespace folded (``Fingerprint/normalized(_:)``).
        case text([UInt8])
        /// The revision has unit markers, but not this unit.
        case absent
    }

    /// One unit's text across the revisions of a translation, oldest first. Revisions whose text
    /// is unknown (suppressed, or without any unit markers) are left out.
    package struct UnitTimeline: Sendable, Hashable {
        package struct Entry: Sendable, Hashable {
            package var ref: RevisionRef
            package var text: UnitText

            package init(ref: RevisionRef, text: UnitText) {
                self.ref = ref
                self.text = text
            }
        }

        package var entries: [Entry]
        /// Whether the first entry is the page's first revision.
        package var complete: Bool

        package init(entries: [Entry], complete: Bool) {
            self.entries = entries
            self.complete = complete
        }
    }

    /// What history says about one unit.
    package enum Outcome: Sendable, Hashable {
        /// Translated from English whose unit is the same as today's.
        case current(UnitEvidence)
        /// Translated from English whose unit has changed since (or did not exist yet).
        case stale(UnitEvidence)
        /// History cannot tell; the reason, for the finding.
        case unknown(String)
    }

    /// English revisions with text, oldest first.
    package let english: [SourceRevision]

    /// Parses every English revision once.
    package init(english history: PageHistory) {
        english = history.revisions.compactMap { revision in
            guard let text = revision.text else { return nil }
            return SourceRevision(ref: revision.ref, source: FingerprintedSource(WikitextDocument(text)))
        }
    }

    /// The English revision current at `timestamp`: the latest saved at or before it.
    package func englishRevision(at timestamp: String) -> SourceRevision? {
        english.last { $0.ref.timestamp <= timestamp }
    }

    /// The latest English revision whose unit `id` has the recorded fingerprint: the English a
    /// stamped translation was made from.
    package func englishRevision(unit id: UnitID, matching recorded: RecordedFingerprint) -> SourceRevision? {
        english.last { $0.source.fingerprint(id).map(recorded.matches) ?? false }
    }

    /// The text of each marked unit across the revisions of a wikitext translation.
    package static func timelines(of history: PageHistory) -> [UnitID: UnitTimeline] {
        var known: [(ref: RevisionRef, units: [UnitID: [UInt8]])] = []
        for revision in history.revisions {
            guard let text = revision.text else { continue }
            let document = WikitextDocument(text)
            guard document.hasMarkers else { continue }
            var units: [UnitID: [UInt8]] = [:]
            for unit in document.units where unit.idSource == .marker && units[unit.id] == nil {
                units[unit.id] = Fingerprint.normalized(unit.text)
            }
            known.append((revision.ref, units))
        }
        let complete = history.complete && known.first?.ref == history.revisions.first?.ref
        var ids: [UnitID] = []
        var seen = Set<UnitID>()
        for revision in known {
            for id in revision.units.keys.sorted() where seen.insert(id).inserted { ids.append(id) }
        }
        var timelines: [UnitID: UnitTimeline] = [:]
        for id in ids {
            let entries = known.map { UnitTimeline.Entry(ref: $0.ref, text: $0.units[id].map(UnitText.text) ?? .absent) }
            timelines[id] = UnitTimeline(entries: entries, complete: complete)
        }
        return timelines
    }

    /// The text of a Translate unit page across its revisions, the fuzzy marker left out (Translate
    /// adding `!!FUZZY!!` is not a translator's change).
    package static func timeline(ofUnitPage history: PageHistory) -> UnitTimeline {
        var entries: [UnitTimeline.Entry] = []
        for revision in history.revisions {
            guard let text = revision.text else { continue }
            entries.append(UnitTimeline.Entry(ref: revision.ref, text: .text(Fingerprint.normalized(TranslateUnitPage.strippingFuzzyMarker(text)))))
        }
        let complete = history.complete && entries.first?.ref == history.revisions.first?.ref
        return UnitTimeline(entries: entries, complete: complete)
    }

    /// The text of each unit across the revisions of a page the Translate extension rendered
    /// (`PAGE/LANG`), units lined up with the English by position; an untranslated unit is absent,
    /// and a fuzzy one keeps its text (Translate wrapping it is not a translator's change).
    /// Revisions whose units do not line up with `english` are left out.
    package static func timelines(ofRendered history: PageHistory, english: [UnitID], sourceLanguage: LanguageCode) -> [UnitID: UnitTimeline] {
        var known: [(ref: RevisionRef, units: [UnitID: UnitText])] = []
        for revision in history.revisions {
            guard let text = revision.text,
                let aligned = RenderedTranslationPage(text, sourceLanguage: sourceLanguage).aligned(with: english)
            else { continue }
            var units: [UnitID: UnitText] = [:]
            for (id, unit) in aligned {
                units[id] = unit.rendering == .untranslated ? .absent : .text(Fingerprint.normalized(unit.text))
            }
            known.append((revision.ref, units))
        }
        let complete = history.complete && known.first?.ref == history.revisions.first?.ref
        var timelines: [UnitID: UnitTimeline] = [:]
        for id in english {
            timelines[id] = UnitTimeline(entries: known.map { UnitTimeline.Entry(ref: $0.ref, text: $0.units[id] ?? .absent) }, complete: complete)
        }
        return timelines
    }

    /// T: the revision in which the unit's text last changed, or nil when history does not reach
    /// back far enough to tell (or the unit is not in the latest revision).
    package static func lastChange(_ timeline: UnitTimeline) -> RevisionRef? {
        let entries = timeline.entries
        guard let last = entries.last, case .text = last.text else { return nil }
        var index = entries.count - 1
        while index > 0 {
            if entries[index - 1].text != entries[index].text { return entries[index].ref }
            index -= 1
        }
        return timeline.complete ? entries[0].ref : nil
    }

    /// Infers the state of one translated unit against today's English.
    package func infer(unit id: UnitID, timeline: UnitTimeline, now: FingerprintedSource) -> Outcome {
        guard let current = now.fingerprint(id) else { return .unknown("the English has no unit \(id)") }
        guard let changed = Self.lastChange(timeline) else {
            return .unknown("the history does not reach back to when unit \(id) was translated")
        }
        guard let then = englishRevision(at: changed.timestamp) else {
            return .unknown("no English revision is as old as the translation's revision \(changed.id) of \(changed.timestamp)")
        }
        let evidence = UnitEvidence(translation: changed, source: then.ref)
        guard let old = then.source.fingerprint(id) else { return .stale(evidence) }
        return old == current ? .current(evidence) : .stale(evidence)
    }
}
