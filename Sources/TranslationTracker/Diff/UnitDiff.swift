/// What `transtrack diff LANG UNIT` answers: the English a translated unit was made from next to
/// today's English, with a word diff, and how its state was decided. From local files the old
/// English comes from git history (`then.commit`, `then.date`); from a wiki, from the wiki's own
/// revisions (`then.revision`, `then.timestamp`; `place`, `provenance`, `translatedIn`,
/// `sourceRevision`). Rendered as text by `UnitDiffText`, as JSON as it is (schemas/diff.schema.json).
public struct UnitDiff: Sendable, Codable, Hashable {
    public enum History: String, Sendable, Codable, Hashable {
        /// The old English was found in git history.
        case found
        /// Git history was searched and does not have it.
        case notFound
        /// No git history to search.
        case unavailable
        /// Nothing to look up: the unit is current, unverified or untranslated.
        case notNeeded
    }

    public struct Then: Sendable, Codable, Hashable {
        public var text: String
        /// From git history.
        public var commit: String?
        public var date: String?
        /// From a dump: the English revision.
        public var revision: Int?
        public var timestamp: String?

        public init(text: String, commit: String? = nil, date: String? = nil, revision: Int? = nil, timestamp: String? = nil) {
            self.text = text
            self.commit = commit
            self.date = date
            self.revision = revision
            self.timestamp = timestamp
        }
    }

    public struct Change: Sendable, Codable, Hashable {
        public var op: String
        public var text: String

        public init(op: String, text: String) {
            self.op = op
            self.text = text
        }
    }

    public var schemaVersion = StatusReport.currentSchemaVersion
    public var document: String
    public var language: LanguageCode
    public var unit: UnitID
    public var state: UnitState
    public var translationFile: String
    public var translationLine: Int?
    public var sourceFile: String
    public var sourceLine: Int
    public var recorded: String?
    public var expected: String
    public var now: String
    public var then: Then?
    public var history: History
    public var historyNote: String?
    public var changes: [Change]
    /// With --dump: where the translation was read (`local`, `meta`, `arwiki`).
    public var place: String?
    /// With --dump: how the state was decided.
    public var provenance: ProvenanceKind?
    /// With --dump: the translation revision where the unit's text last changed.
    public var translatedIn: RevisionRef?
    /// With --dump: the English revision read as today's.
    public var sourceRevision: RevisionRef?
    /// With --dump, on a translatable page: what decided the state (see ``TranslateInference``).
    public var signal: TranslateSignal?

    public init(
        document: String, language: LanguageCode, unit: UnitID, state: UnitState, translationFile: String, translationLine: Int?, sourceFile: String,
        sourceLine: Int, recorded: String?, expected: String, now: String, then: Then? = nil, history: History = .notNeeded, historyNote: String? = nil,
        changes: [Change] = [], place: String? = nil, provenance: ProvenanceKind? = nil, translatedIn: RevisionRef? = nil, sourceRevision: RevisionRef? = nil,
        signal: TranslateSignal? = nil
    ) {
        self.document = document
        self.language = language
        self.unit = unit
        self.state = state
        self.translationFile = translationFile
        self.translationLine = translationLine
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
        self.recorded = recorded
        self.expected = expected
        self.now = now
        self.then = then
        self.history = history
        self.historyNote = historyNote
        self.changes = changes
        self.place = place
        self.provenance = provenance
        self.translatedIn = translatedIn
        self.sourceRevision = sourceRevision
        self.signal = signal
    }

    /// The word diff between two English texts, as changes.
    public static func changes(old: String, new: String) -> [Change] {
        WordDiff(old: old, new: new).operations.map { op in
            switch op {
            case .equal(let text): Change(op: "equal", text: text)
            case .delete(let text): Change(op: "delete", text: text)
            case .insert(let text): Change(op: "insert", text: text)
            }
        }
    }
}
