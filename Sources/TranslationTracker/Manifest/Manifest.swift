/// The tracker's configuration: languages, wikis and documents, as read from `locales/tracker.yaml`.
///
/// Versioned so that a newer manifest is refused with a clear message instead of being half-read.
/// Use ``ManifestLoader`` to read one; it validates everything and remembers where each value
/// came from, so later errors (a missing source file, say) can point at the right line.
public struct Manifest: Sendable, Codable, Hashable {
    /// The only manifest version this build reads.
    public static let currentVersion = 1

    /// The manifest format's version (``currentVersion``), so a newer format is refused, not misread.
    public var version: Int
    /// Folder that local paths are relative to, relative to the manifest's own folder.
    public var root: String
    /// The project's name and contact, for reports and the User-Agent sent to wikis.
    public var project: Project?
    /// The language translations are made from.
    public var source: LanguageCode
    /// Every language, the source included, in the order reports list them.
    public var languages: [Language]
    /// The wikis documents live on, by id.
    public var wikis: [Wiki]
    /// The tracked documents and every place each lives.
    public var documents: [DocumentSpec]
    /// Which content checks run and how severe their findings are.
    public var checks: CheckConfiguration
    /// Where `publish` puts the coverage table and the worklists, when the manifest says.
    public var publish: PublishSpec?

    /// A manifest built in code; ``ManifestLoader`` builds one from YAML with positions for its errors.
    public init(
        version: Int = Manifest.currentVersion, root: String = ".", project: Project? = nil,
        source: LanguageCode, languages: [Language], wikis: [Wiki] = [], documents: [DocumentSpec],
        checks: CheckConfiguration = CheckConfiguration(), publish: PublishSpec? = nil
    ) {
        self.checks = checks
        self.publish = publish
        self.version = version
        self.root = root
        self.project = project
        self.source = source
        self.languages = languages
        self.wikis = wikis
        self.documents = documents
    }

    enum CodingKeys: String, CodingKey { case version, root, project, source, languages, wikis, documents, checks, publish }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(Int.self, forKey: .version)
        root = try c.decodeIfPresent(String.self, forKey: .root) ?? "."
        project = try c.decodeIfPresent(Project.self, forKey: .project)
        source = try c.decode(LanguageCode.self, forKey: .source)
        languages = try c.decode([Language].self, forKey: .languages)
        wikis = try c.decodeIfPresent([Wiki].self, forKey: .wikis) ?? []
        documents = try c.decode([DocumentSpec].self, forKey: .documents)
        checks = try c.decodeIfPresent(CheckConfiguration.self, forKey: .checks) ?? CheckConfiguration()
        publish = try c.decodeIfPresent(PublishSpec.self, forKey: .publish)
    }

    /// The languages translated into: every declared language but the source, in manifest order.
    public var targets: [Language] { languages.filter { $0.code != source } }

    /// The language with this code, or nil.
    public func language(_ code: LanguageCode) -> Language? { languages.first { $0.code == code } }

    /// The document with this id, or nil.
    public func document(_ id: String) -> DocumentSpec? { documents.first { $0.id == id } }

    /// The wiki with this id, or nil.
    public func wiki(_ id: String) -> Wiki? { wikis.first { $0.id == id } }

    /// Whether `id` may name a wiki or a document: a lowercase ASCII letter or digit, then letters,
    /// digits, `-` and `_`, e.g. `meta`, `frwiki`, `summary-2024`.
    ///
    /// Ids become folder and file names (the cache keeps `.transtrack-cache/WIKI/`), so an id can
    /// never be `..`, contain `/`, or differ from another only in case.
    package static func isSafeID(_ id: String) -> Bool {
        guard let first = id.utf8.first, isLowercaseLetterOrDigit(first) else { return false }
        return id.utf8.allSatisfy { isLowercaseLetterOrDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    private static func isLowercaseLetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
