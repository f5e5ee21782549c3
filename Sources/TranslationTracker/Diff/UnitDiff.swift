/// What `transtrack diff LANG UNIT` answers: the English a translated unit was made from next to
/// today's English, with a word diff, and how its state was decided. From local files the old
/// English comes from git history (`then.commit`, `then.date`); from a wiki, from the wiki's own
/// revisions (`then.revision`, `then.timestamp`; `place`, `provenance`, `translatedIn`,
/// `sourceRevision`). Rendered as text by `UnitDiffText`, as JSON as it is (schemas/diff.schema.json).
public struct UnitDiff: Sendable, Codable, Hashable {
    /// Whether the English the unit was translated from could be found.
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

    /// The English the unit was translated from, and where it was found.
    public struct Then: Sendable, Codable, Hashable {
        /// The English unit's text then.
        public var text: String
        /// From git history.
        public var commit: String?
        /// From git history: the commit's date.
        public var date: String?
        /// From a dump: the English revision.
        public var revision: Int?
        /// From a wiki: the revision's timestamp.
        public var timestamp: String?

        package init(text: String, commit: String? = nil, date: String? = nil, revision: Int? = nil, timestamp: String? = nil) {
            self.text = text
            self.commit = commit
            self.date = date
            self.revision = revision
            self.timestamp = timestamp
        }
    }

    /// One step of the word diff from the English then to the English now.
    public struct Change: Sendable, Codable, Hashable {
        /// `equal`, `insert` or `delete`.
        public var op: String
        /// The words (with the whitespace between them) the step covers.
        public var text: String

        package init(op: String, text: String) {
            self.op = op
            self.text = text
        }
    }

    /// The JSON schema version (``StatusReport/currentSchemaVersion``).
    public var schemaVersion = StatusReport.currentSchemaVersion
    /// The document's id.
    public var document: String
    /// The translation's language.
    public var language: LanguageCode
    /// The unit asked about.
    public var unit: UnitID
    /// The unit's state in that translation.
    public var state: UnitState
    /// The translation file or page the unit is in.
    public var translationFile: String
    /// The unit's line in the translation, when it is a local file.
    public var translationLine: Int?
    /// The English source file or page.
    public var sourceFile: String
    /// The English unit's line today.
    public var sourceLine: Int
    /// The fingerprint the translation records (its `src=`), if any.
    public var recorded: String?
    /// Today's English fingerprint, which a current unit records.
    public var expected: String
    /// Today's English text of the unit.
    public var now: String
    /// The English the unit was translated from, when found.
    public var then: Then?
    /// Whether and how the old English was looked for.
    public var history: History
    /// Why the old English could not be found, in words.
    public var historyNote: String?
    /// The word diff from ``then`` to ``now``; empty without ``then``.
    public var changes: [Change]
    /// With --dump: where the translation was read (`local`, `meta`, `arwiki`).
    public var place: String?
    /// With --dump: how the state was decided.
    public var provenance: ProvenanceKind?
    /// With --dump: the translation revision where the unit's text last changed.
    public var translatedIn: RevisionRef?
    /// With --dump: the English revision read as today's.
    public var sourceRevision: RevisionRef?
    /// With --dump, on a translatable page: what decided the state (``TranslateSignal``).
    public var signal: TranslateSignal?

    package init(
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
