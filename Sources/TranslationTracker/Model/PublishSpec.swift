/// Where `transtrack publish` puts the coverage table and the translators' worklists, from the
/// manifest's `publish:` section:
///
/// ```yaml
/// publish:
///   wiki: meta
///   table: Wikimedia Foundation Annual Plan/2023-2024/Translation status
///   worklists: Wikimedia Foundation Annual Plan/2023-2024/Translation status/{lang}
/// ```
///
/// Kept in the manifest so that the table's "to do" links and the pages the watcher keeps
/// current are one decision, made once, not repeated on every command line.
public struct PublishSpec: Sendable, Codable, Hashable {
    /// The wiki both the table and the worklists are published on.
    public var wiki: String
    /// The title of the page holding the table.
    public var table: String
    /// One worklist page per language; nil publishes the table alone.
    public var worklists: PathPattern?

    /// A publishing place.
    public init(wiki: String, table: String, worklists: PathPattern? = nil) {
        self.wiki = wiki
        self.table = table
        self.worklists = worklists
    }

    /// The worklist pattern a table at `table` gets when the manifest names none: `TABLE/{lang}`.
    public static func defaultWorklists(table: String) -> PathPattern { PathPattern(table + "/" + PathPattern.placeholder) }
}
