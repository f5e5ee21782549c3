/// Where one English unit stands in one translation.
public enum UnitState: String, Sendable, Codable, CaseIterable {
    /// Translated from the English as it is now.
    case current
    /// Translated from English that has changed since.
    case stale
    /// Not translated.
    case missing
    /// Translated, but the English no longer has this unit.
    case extra
    /// Translated, with no record of which English it came from.
    case unverified
}

/// How a unit's state was decided.
public enum ProvenanceKind: String, Sendable, Codable {
    /// From the fingerprint stamped in the translation's marker.
    case recorded
    /// From history: timestamps of the translation and English revisions.
    case inferred
    /// From the Translate extension on the wiki itself (`list=messagecollection`): a translation
    /// it tags fuzzy is stale, a translated or proofread one current.
    case translate
    /// Translate's state inferred from an export: a typed `!!FUZZY!!`, the rendered page's
    /// `mw-translate-fuzzy` wrappers, or the English unit page's history (``TranslateSignal``).
    case translateInferred = "translate-inferred"
    /// Nothing to go on.
    case none
}

/// Where one translation of one document stands as a whole.
///
/// `complete`: every English unit current. `outdated`: at least one unit stale.
/// `incomplete`: exists, nothing stale, but some units missing or unverified.
/// `missing`: no translation at all.
public enum DocumentState: String, Sendable, Codable, CaseIterable {
    /// Every English unit has a current translation.
    case complete
    /// At least one unit is stale.
    case outdated
    /// Nothing is stale, but units are missing or unverified.
    case incomplete
    /// There is no translation at all.
    case missing

    /// The state of a translation that exists, from its unit counts: a stale unit makes it
    /// outdated even when others are missing, since stale text is the more urgent problem.
    public init(existing counts: UnitCounts) {
        self = counts.stale > 0 ? .outdated : counts.current == counts.total ? .complete : .incomplete
    }
}
