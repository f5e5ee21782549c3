import TranslationTracker

/// A dump named on the command line as `WIKI=FILE`: which wiki of the manifest it is a dump
/// of, and where it is (`-` for standard input).
public struct WikiDump: Sendable, Hashable {
    /// The manifest's id of the wiki the dump is of.
    public var wiki: String
    /// The dump file: XML, compressed or not.
    public var path: String
    /// The index of a multistream `.bz2` dump (`--index`), so that only the streams holding
    /// wanted pages are read; nil looks for it beside the dump by Wikimedia's naming
    /// (`X-multistream.xml.bz2` → `X-multistream-index.txt.bz2` or `.txt`), and reads the whole
    /// dump when there is none.
    public var index: String?

    /// A dump of `wiki` at `path`, with its multistream index if one is given.
    public init(wiki: String, path: String, index: String? = nil) {
        self.wiki = wiki
        self.path = path
        self.index = index
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
