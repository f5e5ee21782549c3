import TranslationTracker

/// A place that cannot be read: the run stops and the CLI exits 2 with this message.
public enum ReaderError: Error, Sendable, CustomStringConvertible {
    /// No `locales/tracker.yaml` in the folder or any folder above it.
    case manifestNotFound(searchedFrom: String)
    /// A file that exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// The manifest has problems (each with file:line:column).
    case manifest(ManifestError)
    /// A file the manifest promises (a document's English source) is not there.
    case missingSource(ManifestDiagnostic)
    /// Writing a file failed; nothing was changed.
    case unwritable(path: String, reason: String)
    /// A file that is not text where text is needed.
    case notText(path: String, line: Int, column: Int, offset: Int)

    public var description: String {
        switch self {
        case .manifestNotFound(let folder):
            "error: no locales/tracker.yaml in \(folder) or any folder above it; run transtrack inside a project, or pass --manifest PATH"
        case .unreadable(let path, let reason):
            "\(path): error: cannot read: \(reason)"
        case .manifest(let error):
            error.description
        case .missingSource(let diagnostic):
            diagnostic.description
        case .unwritable(let path, let reason):
            "\(path): error: cannot write: \(reason); the file was left as it was"
        case .notText(let path, let line, let column, let offset):
            "\(path):\(line):\(column): error: not valid UTF-8 (byte offset \(offset)); save the file as UTF-8"
        }
    }
}
