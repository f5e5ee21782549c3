import TranslationTrackerReaders

/// Why a library operation could not do what it was asked: a local file, a dump or a wiki that
/// cannot be read, input that does not hold what was asked for, or a request that makes no sense
/// (`usage`). Each description says which file or wiki and what to do; the CLI exits 2 for all
/// but `usage` (64).
public enum TrackerError: Error, Sendable, CustomStringConvertible {
    /// A local file or the manifest could not be read.
    case files(ReaderError)
    /// A dump could not be read, or names a wiki the manifest does not have.
    case dumps(WikiDumpError)
    /// A wiki or the cache could not be read.
    case wikis(LiveError)
    /// The input lacks what was asked for (`file: error: …`).
    case input(String)
    /// The request itself is wrong: an unknown document, an option that needs another.
    case usage(String)

    public var description: String {
        switch self {
        case .files(let error): error.description
        case .dumps(let error): error.description
        case .wikis(let error): error.description
        case .input(let message): message
        case .usage(let message): message
        }
    }
}
