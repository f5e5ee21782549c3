/// The state the Translate extension keeps for one translated unit, inferred from what an
/// export carries.
///
/// Translate does not edit translations when the English changes: the outdated ("fuzzy") state
/// is a row in its database that no dump has. What a dump does have, strongest first:
///
/// 1. **A typed `!!FUZZY!!`** at the start of the translation: the translator saved it outdated.
/// 2. **The rendered page** `PAGE/LANG`. Every event that changes a unit's state re-renders it:
///    saving a translation, and marking a new version of the English (FuzzyBot, "Updating to
///    match new version of source page"), which wraps each outdated unit in
///    `mw-translate-fuzzy`. A render that would not change the text (a re-mark whose changed
///    units were all kept current with "do not invalidate") saves no revision, and the latest
///    render still tells the truth. So when the rendered page's latest revision is not older than
///    the translation's latest revision, its wrapper decides: wrapped is stale, plain is current.
/// 3. **The English unit page's history** (`Translations:PAGE/UNIT/en`, which FuzzyBot updates
///    when a new version is marked): a change saved after the translation's latest revision makes
///    it stale; a translation saved again after the change is current. This is the fallback when
///    the rendered page is absent, older than the translation (its render job has not run), or
///    its units do not line up with the English.
///
/// Revisions are ordered as ``RevisionRef`` orders them: by time, then by id. On one wiki both
/// grow in save order, and the id tells apart saves within one second (a translation and the
/// re-mark after it often share one).
///
/// What no dump can show: a change inside a `<tvar>` only leaves the English unit page as it was
/// (its definition has `$name`), yet Translate marks the unit outdated; only the rendered page's
/// wrapper tells. Reviews (proofread) are not exported either.
///
/// ```swift
/// let decision = TranslateInference.decide(
///     translation: frUnit7, english: enUnit7, rendered: .fuzzy, renderedRevision: frPage.revision)
/// decision.state   // .stale, decided by the rendered page
/// ```
package enum TranslateInference {
    /// The state of one unit and what decided it.
    package struct Decision: Sendable, Hashable {
        package var state: UnitState
        package var evidence: UnitEvidence
    }

    /// Decides one translated unit from a dump. `rendered` is how the rendered page shows the unit
    /// (nil when that page is absent or does not line up with the English), `renderedRevision` its
    /// latest revision.
    package static func decide(
        translation: TranslateUnitPage, english: TranslateUnitPage?, rendered: RenderedTranslationPage.Rendering?,
        renderedRevision: RevisionRef?
    ) -> Decision {
        let saved = translation.revision
        let englishChange = english.flatMap(lastChange)
        var evidence = UnitEvidence(translation: saved, source: english.flatMap { englishThen(translation: translation, english: $0)?.ref })
        if translation.isFuzzy {
            evidence.signal = .fuzzyMarker
            return Decision(state: .stale, evidence: evidence)
        }
        if let rendered, rendered != .untranslated, let renderedRevision, saved.map({ !(renderedRevision < $0) }) ?? true {
            evidence.signal = .renderedPage
            evidence.rendered = renderedRevision
            return Decision(state: rendered == .fuzzy ? .stale : .current, evidence: evidence)
        }
        evidence.signal = .englishHistory
        if let englishChange, let saved, saved < englishChange {
            return Decision(state: .stale, evidence: evidence)
        }
        return Decision(state: .current, evidence: evidence)
    }

    /// The English unit page's revision the translation was made from: the latest one saved
    /// before the translation's latest revision; nil when the history does not reach back so far.
    package static func englishThen(translation: TranslateUnitPage, english: TranslateUnitPage) -> WikiRevision? {
        guard let saved = translation.revision else { return nil }
        return english.history.revisions.last { !(saved < $0.ref) }
    }

    /// The revision in which the English unit page's text last changed: from its history when it
    /// reaches back far enough, else its latest revision (FuzzyBot saves it only when the unit
    /// changed).
    package static func lastChange(_ english: TranslateUnitPage) -> RevisionRef? {
        HistoryInference.lastChange(HistoryInference.timeline(ofUnitPage: english.history)) ?? english.history.latest?.ref ?? english.revision
    }
}
