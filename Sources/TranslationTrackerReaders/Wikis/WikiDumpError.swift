import TranslationTracker

/// Dumps that cannot be used: the CLI exits 2 with this message.
public enum WikiDumpError: Error, Sendable, CustomStringConvertible {
    /// `--dump nowiki=…` for a wiki the manifest does not declare.
    case unknownWiki(WikiDump, known: [String], suggestion: String?, manifest: String)
    /// Two dumps for one wiki.
    case duplicate(String)
    /// The dump file cannot be read or is not an export.
    case dump(DumpError)
    /// A local file the comparison needs cannot be read.
    case local(ReaderError)

    public var description: String {
        switch self {
        case .unknownWiki(let dump, let known, let suggestion, let manifest):
            let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
            return "error: --dump \(dump.wiki)=\(dump.path): '\(dump.wiki)' is not a wiki in \(manifest)\(hint) (the manifest has: \(known.joined(separator: ", ")))"
        case .duplicate(let wiki):
            return "error: --dump names wiki '\(wiki)' twice; give one dump per wiki"
        case .dump(let error):
            return error.description
        case .local(let error):
            return error.description
        }
    }
}
