/// The whole answer to "where do our translations stand?": the model every renderer and the
/// CI gate read, and the `--format json` output (schema in `schemas/status.schema.json`).
///
/// Bump ``currentSchemaVersion`` on any change that removes or renames a field.
public struct StatusReport: Sendable, Codable, Hashable {
    /// The JSON schema version this code writes.
    public static let currentSchemaVersion = 1

    /// The schema version the report was written with.
    public var schemaVersion: Int
    /// The manifest's project name.
    public var project: String?
    /// The language translations are made from.
    public var sourceLanguage: LanguageCode
    /// Target languages in manifest order.
    public var languages: [Language]
    /// Every tracked document read, in manifest order.
    public var documents: [DocumentStatus]
    /// Documents of the manifest that have nothing to read, and why.
    public var untracked: [UntrackedDocument]
    /// Every finding, sorted by place and position.
    public var findings: [Finding]
    /// Counts over every translation.
    public var totals: Totals

    package init(
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

    /// The language with this code, or nil.
    public func language(_ code: LanguageCode) -> Language? { languages.first { $0.code == code } }

    /// Every translation status across documents, in report order.
    public var translations: [TranslationStatus] { documents.flatMap(\.translations) }
}

/// One document's source and translations.
public struct DocumentStatus: Sendable, Codable, Hashable {
    /// The document's id.
    public var id: String
    /// The document's name.
    public var name: String
    /// Wikitext or a file.
    public var kind: DocumentKind
    /// The English at the first place read.
    public var source: SourceStatus
    /// Translations in manifest language order; a language read at several places (local files,
    /// Meta-Wiki, its own Wikipedia) has one status per place, in the order the places were read.
    public var translations: [TranslationStatus]
    /// The English at every place read, when there is more than one (`source` is the first).
    public var sources: [SourceStatus]?

    package init(
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
    /// Where it was read.
    public var location: PageLocation
    /// Whether it was found there.
    public var exists: Bool
    /// Its number of units (slides for a deck).
    public var units: Int
    /// The revision read, for a wiki page.
    public var revision: RevisionRef?

    package init(location: PageLocation, exists: Bool, units: Int, revision: RevisionRef? = nil) {
        self.location = location
        self.exists = exists
        self.units = units
        self.revision = revision
    }
}

/// Counts over all translations, for summaries and badges.
public struct Totals: Sendable, Codable, Hashable {
    /// Translations counted, missing ones included.
    public var translations = 0
    /// Translations with every unit current.
    public var complete = 0
    /// Translations with a stale unit.
    public var outdated = 0
    /// Translations that lack units, with none stale.
    public var incomplete = 0
    /// Translations that do not exist.
    public var missing = 0
    /// Units in each state, over every translation.
    public var units = UnitCounts()
    /// Current units over all English units of all translations, rounded down to one decimal.
    public var coverage: Double = 100

    package init(_ statuses: [TranslationStatus]) {
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
