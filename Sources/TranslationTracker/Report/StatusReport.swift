/// The whole answer to "where do our translations stand?": the model every renderer and the
/// CI gate read, and the `--format json` output (schema in `schemas/status.schema.json`).
///
/// Bump ``currentSchemaVersion`` on any change that removes or renames a field.
public struct StatusReport: Sendable, Codable, Hashable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var project: String?
    public var sourceLanguage: LanguageCode
    /// Target languages in manifest order.
    public var languages: [Language]
    public var documents: [DocumentStatus]
    public var untracked: [UntrackedDocument]
    public var findings: [Finding]
    public var totals: Totals

    public init(
        project: String?, sourceLanguage: LanguageCode, languages: [Language], documents: [DocumentStatus],
        untracked: [UntrackedDocument], findings: [Finding]
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.project = project
        self.sourceLanguage = sourceLanguage
        self.languages = languages
        self.documents = documents
        self.untracked = untracked
        self.findings = findings
        self.totals = Totals(documents.flatMap(\.translations))
    }

    public func language(_ code: LanguageCode) -> Language? { languages.first { $0.code == code } }

    /// Every translation status across documents, in report order.
    public var translations: [TranslationStatus] { documents.flatMap(\.translations) }
}

/// One document's source and translations.
public struct DocumentStatus: Sendable, Codable, Hashable {
    public var id: String
    public var name: String
    public var kind: DocumentKind
    public var source: SourceStatus
    /// Translations in manifest language order; a language read at several places (local files,
    /// Meta-Wiki, its own Wikipedia) has one status per place, in the order the places were read.
    public var translations: [TranslationStatus]
    /// The English at every place read, when there is more than one (`source` is the first).
    public var sources: [SourceStatus]?

    public init(
        id: String, name: String, kind: DocumentKind, source: SourceStatus, translations: [TranslationStatus], sources: [SourceStatus]? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.source = source
        self.translations = translations
        self.sources = sources
    }

    /// The places this document was read at, in order: `local`, then wiki ids.
    public var places: [String] {
        var seen = Set<String>()
        return ((sources ?? [source]).map(\.location.place) + translations.map(\.location.place)).filter { seen.insert($0).inserted }
    }
}

/// The English source of a document at one location.
public struct SourceStatus: Sendable, Codable, Hashable {
    public var location: PageLocation
    public var exists: Bool
    public var units: Int
    /// The revision read, for a wiki page.
    public var revision: RevisionRef?

    public init(location: PageLocation, exists: Bool, units: Int, revision: RevisionRef? = nil) {
        self.location = location
        self.exists = exists
        self.units = units
        self.revision = revision
    }
}

/// Counts over all translations, for summaries and badges.
public struct Totals: Sendable, Codable, Hashable {
    public var translations = 0
    public var complete = 0
    public var outdated = 0
    public var incomplete = 0
    public var missing = 0
    public var units = UnitCounts()
    /// Current units over all English units of all translations, rounded down to one decimal.
    public var coverage: Double = 100

    public init(_ statuses: [TranslationStatus]) {
        for status in statuses {
            translations += 1
            switch status.state {
            case .complete: complete += 1
            case .outdated: outdated += 1
            case .incomplete: incomplete += 1
            case .missing: missing += 1
            }
            units = units + status.counts
        }
        coverage = units.coverage
    }
}
