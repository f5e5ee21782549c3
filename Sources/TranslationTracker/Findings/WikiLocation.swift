/// Where on a wiki a finding points, with links a reader can follow: the translation page and
/// the revision that was read and, for a stale unit, the English change it has not followed.
///
/// A finding about a local file has `file` and `line`; one about a wiki page has this instead,
/// printed as `meta:Annual Plan/Summary/fr#3` (wiki id, title, unit).
///
/// ```swift
/// WikiLocation(wiki: "meta", title: "Plan/fr", revision: 5012, url: "https://meta.wikimedia.org/w/index.php?title=Plan/fr&oldid=5012")
/// ```
public struct WikiLocation: Sendable, Codable, Hashable {
    /// The wiki id of the manifest.
    public var wiki: String
    /// The page the finding is about (for a Translate unit, the translation page `PAGE/LANG`).
    public var title: String
    /// The revision read.
    public var revision: Int?
    /// The revision's permanent URL (`index.php?title=…&oldid=REV`), when the wiki's URL is known.
    public var url: String?
    /// For a stale unit: the English diff from the revision it was translated from to today's
    /// (`index.php?diff=NEW&oldid=OLD`, on the wiki that holds the English).
    public var englishDiff: String?
    /// For a stale unit: English revisions saved since the one it was translated from.
    public var englishEditsBehind: Int?

    package init(
        wiki: String, title: String, revision: Int? = nil, url: String? = nil, englishDiff: String? = nil, englishEditsBehind: Int? = nil
    ) {
        self.wiki = wiki
        self.title = title
        self.revision = revision
        self.url = url
        self.englishDiff = englishDiff
        self.englishEditsBehind = englishEditsBehind
    }
}
