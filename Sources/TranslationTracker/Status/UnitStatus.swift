/// The state of one unit in one translation, with the evidence for it.
public struct UnitStatus: Sendable, Codable, Hashable {
    /// The unit's id (`7`, or `h` and a fingerprint for an unmarked unit).
    public var id: UnitID
    /// Current, stale, missing, extra or unverified.
    public var state: UnitState
    /// What the state was decided from.
    public var provenance: ProvenanceKind
    /// Line of the unit in the translation, when it is there.
    public var line: Int?
    /// Line of the unit in the English source, when it is there.
    public var sourceLine: Int?
    /// The fingerprint the translation records (`src=`).
    public var recorded: String?
    /// The fingerprint of today's English unit.
    public var expected: String?
    /// The revisions the state was decided from, when it came from wiki history.
    public var evidence: UnitEvidence? {
        get { boxedEvidence?.evidence }
        set { boxedEvidence = newValue.map(EvidenceBox.init) }
    }
    /// Evidence is kept out of line: only units read from wiki history have it, and inline it
    /// would make every unit status twice as large (a Meta-scale report holds about a million).
    private var boxedEvidence: EvidenceBox?

    package init(
        id: UnitID, state: UnitState, provenance: ProvenanceKind, line: Int? = nil, sourceLine: Int? = nil,
        recorded: String? = nil, expected: String? = nil, evidence: UnitEvidence? = nil
    ) {
        self.boxedEvidence = evidence.map(EvidenceBox.init)
        self.id = id
        self.state = state
        self.provenance = provenance
        self.line = line
        self.sourceLine = sourceLine
        self.recorded = recorded
        self.expected = expected
    }

    private enum CodingKeys: String, CodingKey { case id, state, provenance, line, sourceLine, recorded, expected, evidence }

    /// Reads a unit status as ``encode(to:)`` writes it (a saved JSON report).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(UnitID.self, forKey: .id), state: try c.decode(UnitState.self, forKey: .state),
            provenance: try c.decode(ProvenanceKind.self, forKey: .provenance), line: try c.decodeIfPresent(Int.self, forKey: .line),
            sourceLine: try c.decodeIfPresent(Int.self, forKey: .sourceLine), recorded: try c.decodeIfPresent(String.self, forKey: .recorded),
            expected: try c.decodeIfPresent(String.self, forKey: .expected), evidence: try c.decodeIfPresent(UnitEvidence.self, forKey: .evidence))
    }

    /// Writes the fields as the synthesized conformance did, leaving out those that are nil.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(state, forKey: .state)
        try c.encode(provenance, forKey: .provenance)
        try c.encodeIfPresent(line, forKey: .line)
        try c.encodeIfPresent(sourceLine, forKey: .sourceLine)
        try c.encodeIfPresent(recorded, forKey: .recorded)
        try c.encodeIfPresent(expected, forKey: .expected)
        try c.encodeIfPresent(evidence, forKey: .evidence)
    }
}

/// ``UnitStatus/evidence`` out of line, compared and hashed by value.
private final class EvidenceBox: Sendable, Hashable {
    let evidence: UnitEvidence

    init(_ evidence: UnitEvidence) { self.evidence = evidence }

    static func == (lhs: EvidenceBox, rhs: EvidenceBox) -> Bool { lhs.evidence == rhs.evidence }

    func hash(into hasher: inout Hasher) { evidence.hash(into: &hasher) }
}

/// The revisions behind an inferred state: the translation revision in which the unit's text
/// last changed, and the English revision that was current then (or, for a recorded `src=`,
/// the latest English revision with that fingerprint). For a unit of a translatable page read
/// from a dump, `source` is the English unit page's last change and `signal` says what decided
/// (``TranslateSignal``).
public struct UnitEvidence: Sendable, Codable, Hashable {
    /// Where the unit's translated text last changed.
    public var translation: RevisionRef?
    /// The English it was translated from.
    public var source: RevisionRef?
    /// For a Translate unit read from a dump: the evidence that decided its state.
    public var signal: TranslateSignal?
    /// The rendered page revision whose wrapper decided, when ``signal`` is ``TranslateSignal/renderedPage``.
    public var rendered: RevisionRef?

    package init(translation: RevisionRef? = nil, source: RevisionRef? = nil, signal: TranslateSignal? = nil, rendered: RevisionRef? = nil) {
        self.translation = translation
        self.source = source
        self.signal = signal
        self.rendered = rendered
    }
}

/// What decided the state of a Translate unit read from a dump, strongest first.
public enum TranslateSignal: String, Sendable, Codable, Hashable {
    /// The translator saved the text with `!!FUZZY!!`.
    case fuzzyMarker = "fuzzy-marker"
    /// The rendered `PAGE/LANG` page's `mw-translate-fuzzy` wrapper, or its absence.
    case renderedPage = "rendered-page"
    /// The English unit page changed (or not) after the translation was saved.
    case englishHistory = "english-history"
}

/// How many units are in each state. `total` is the number of English units.
public struct UnitCounts: Sendable, Codable, Hashable {
    /// English units.
    public var total = 0
    /// Units that follow today's English.
    public var current = 0
    /// Units translated from an older English.
    public var stale = 0
    /// English units with no translation.
    public var missing = 0
    /// Translated units whose English cannot be told.
    public var unverified = 0
    /// Translated units the English no longer has.
    public var extra = 0

    package init() {}

    mutating func add(_ state: UnitState) {
        switch state {
        case .current: current += 1
        case .stale: stale += 1
        case .missing: missing += 1
        case .unverified: unverified += 1
        case .extra: extra += 1
        }
    }

    /// The counts of two translations together.
    public static func + (lhs: UnitCounts, rhs: UnitCounts) -> UnitCounts {
        var sum = lhs
        sum.total += rhs.total
        sum.current += rhs.current
        sum.stale += rhs.stale
        sum.missing += rhs.missing
        sum.unverified += rhs.unverified
        sum.extra += rhs.extra
        return sum
    }

    /// Current units as a percentage of English units, rounded down to one decimal so that
    /// 99.99 % never shows as 100 %. Stale and unverified units do not count, as in the
    /// Translate extension, where outdated translations are not counted as translated.
    public var coverage: Double {
        guard total > 0 else { return 100 }
        return Double(current * 1000 / total) / 10
    }
}
