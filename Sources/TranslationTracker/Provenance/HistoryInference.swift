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
    /// One English revision: its id and time, and its units' fingerprints.
    package struct SourceRevision: Sendable {
        package var ref: RevisionRef
        /// Its position in ``HistoryInference/english``.
        let index: Int
        let history: EnglishHistory

        /// The fingerprint of this revision's unit `id`; nil when it had no such unit.
        package func fingerprint(_ id: UnitID) -> Fingerprint? { history.fingerprint(id, at: index) }
    }

    /// A unit's text in one translation revision.
    package enum UnitText: Sendable, Hashable {
        /// The unit's text, whitespace folded (``Fingerprint/normalized(_:)``).
        case text([UInt8])
        /// The revision has unit markers, but not this unit.
        case absent
    }

    /// One unit's text across the revisions of a translation, oldest first, folded as entries
    /// arrive: only what ``HistoryInference/lastChange(_:)`` needs is kept (the first entry's
    /// revision, the latest text, and where the latest run of equal texts began), so a page with
    /// 100,000 revisions costs one unit text, not 100,000. Revisions whose text is unknown
    /// (suppressed, or without any unit markers) are left out.
    package struct UnitTimeline: Sendable, Hashable {
        package struct Entry: Sendable, Hashable {
            package var ref: RevisionRef
            package var text: UnitText

            package init(ref: RevisionRef, text: UnitText) {
                self.ref = ref
                self.text = text
            }
        }

        /// The revision of the first entry.
        package private(set) var first: RevisionRef?
        /// The text of the latest entry.
        package private(set) var latest: UnitText?
        /// The revision where the latest run of equal texts began; nil while every entry has the
        /// first one's text.
        package private(set) var changed: RevisionRef?
        /// Entries folded so far.
        package private(set) var count = 0
        /// Whether the first entry is the page's first revision.
        package var complete: Bool

        package init(entries: [Entry] = [], complete: Bool) {
            self.complete = complete
            for entry in entries { append(entry) }
        }

        /// Folds the next (newer) entry in.
        package mutating func append(_ entry: Entry) {
            if first == nil {
                first = entry.ref
            } else if entry.text != latest {
                changed = entry.ref
            }
            latest = entry.text
            count += 1
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

    /// English revisions with text, oldest first, as fingerprint changes per unit.
    package let english: EnglishHistory

    /// Fingerprints every English revision once; a history read folded (``PageHistory/digest``)
    /// was fingerprinted while it was read.
    package init(english history: PageHistory) {
        if let digest = history.digest {
            english = digest.english
            return
        }
        var english = EnglishHistory()
        for revision in history.revisions {
            guard let text = revision.text else { continue }
            english.append(revision.ref, source: FingerprintedSource(WikitextDocument(text)))
        }
        self.english = english
    }

    /// The English revision current at `timestamp`: the latest saved at or before it.
    package func englishRevision(at timestamp: String) -> SourceRevision? {
        english.index(at: timestamp).map { SourceRevision(ref: english.refs[$0], index: $0, history: english) }
    }

    /// The latest English revision whose unit `id` has the recorded fingerprint: the English a
    /// stamped translation was made from.
    package func englishRevision(unit id: UnitID, matching recorded: RecordedFingerprint) -> SourceRevision? {
        english.lastIndex(unit: id) { recorded.matches($0) }.map { SourceRevision(ref: english.refs[$0], index: $0, history: english) }
    }

    /// The text of each marked unit across the revisions of a wikitext translation.
    package static func timelines(of history: PageHistory) -> [UnitID: UnitTimeline] {
        var fold = history.digest?.marked ?? MarkedTimelines()
        if history.digest == nil {
            for revision in history.revisions {
                guard let text = revision.text else { continue }
                fold.add(revision.ref, document: WikitextDocument(text))
            }
        }
        return fold.timelines(complete: history.complete && fold.firstKnown == history.revisions.first?.ref)
    }

    /// The text of a Translate unit page across its revisions, the fuzzy marker left out (Translate
    /// adding `!!FUZZY!!` is not a translator's change).
    package static func timeline(ofUnitPage history: PageHistory) -> UnitTimeline {
        var timeline = history.digest?.unitPage ?? UnitTimeline(complete: false)
        if history.digest == nil {
            for revision in history.revisions {
                guard let text = revision.text else { continue }
                timeline.append(unitPageEntry(revision.ref, text: text))
            }
        }
        timeline.complete = history.complete && timeline.first == history.revisions.first?.ref
        return timeline
    }

    /// One revision of a Translate unit page as a timeline entry.
    static func unitPageEntry(_ ref: RevisionRef, text: String) -> UnitTimeline.Entry {
        UnitTimeline.Entry(ref: ref, text: .text(Fingerprint.normalized(TranslateUnitPage.strippingFuzzyMarker(text))))
    }

    /// The text of each unit across the revisions of a page the Translate extension rendered
    /// (`PAGE/LANG`), units lined up with the English by position; an untranslated unit is absent,
    /// and a fuzzy one keeps its text (Translate wrapping it is not a translator's change).
    /// Revisions whose units do not line up with `english` are left out.
    package static func timelines(ofRendered history: PageHistory, english: [UnitID], sourceLanguage: LanguageCode) -> [UnitID: UnitTimeline] {
        var folds = history.digest?.sourceLanguage == sourceLanguage ? history.digest?.rendered ?? [:] : [:]
        if history.digest?.sourceLanguage != sourceLanguage {
            for revision in history.revisions {
                guard let text = revision.text else { continue }
                RenderedTimelines.add(revision.ref, page: RenderedTranslationPage(text, sourceLanguage: sourceLanguage), to: &folds)
            }
        }
        let fold = folds[english.count] ?? RenderedTimelines()
        let complete = history.complete && fold.firstKnown == history.revisions.first?.ref
        var timelines: [UnitID: UnitTimeline] = [:]
        for (position, id) in english.enumerated() {
            var timeline = position < fold.positions.count ? fold.positions[position] : UnitTimeline(complete: complete)
            timeline.complete = complete
            timelines[id] = timeline
        }
        return timelines
    }

    /// T: the revision in which the unit's text last changed, or nil when history does not reach
    /// back far enough to tell (or the unit is not in the latest revision).
    package static func lastChange(_ timeline: UnitTimeline) -> RevisionRef? {
        guard case .text = timeline.latest else { return nil }
        return timeline.changed ?? (timeline.complete ? timeline.first : nil)
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
        guard let old = then.fingerprint(id) else { return .stale(evidence) }
        return old == current ? .current(evidence) : .stale(evidence)
    }
}
