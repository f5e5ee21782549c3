import TranslationTracker

/// A dump named on the command line as `WIKI=FILE`: which wiki of the manifest it is a dump
/// of, and where it is (`-` for standard input).
public struct WikiDump: Sendable, Hashable {
    /// The manifest's id of the wiki the dump is of.
    public var wiki: String
    /// The dump file: XML, compressed or not.
    public var path: String

    /// A dump of `wiki` at `path`.
    public init(wiki: String, path: String) {
        self.wiki = wiki
        self.path = path
    }

    /// Parses `meta=dumps/metawiki.xml`; nil when there is no `=`, or nothing on either side.
    package static func parse(_ argument: String) -> WikiDump? {
        guard let equals = argument.firstIndex(of: "=") else { return nil }
        let wiki = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
        let path = String(argument[argument.index(after: equals)...])
        guard !wiki.isEmpty, !path.isEmpty else { return nil }
        return WikiDump(wiki: wiki, path: path)
    }

    /// Checks the dumps against the manifest: every wiki declared, none named twice.
    package static func validate(_ dumps: [WikiDump], manifest: Manifest, manifestFile: String) throws(WikiDumpError) {
        let known = manifest.wikis.map(\.id)
        var seen = Set<String>()
        for dump in dumps {
            guard known.contains(dump.wiki) else {
                throw .unknownWiki(dump, known: known, suggestion: Suggestion.closest(to: dump.wiki, in: known), manifest: manifestFile)
            }
            guard seen.insert(dump.wiki).inserted else { throw .duplicate(dump.wiki) }
        }
    }
}
