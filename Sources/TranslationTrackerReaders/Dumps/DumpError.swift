import XMLStream

/// A dump that cannot be read; the CLI exits 2 with this message. Every message names the file,
/// says where (the byte offset in the decompressed stream, and the line when known) and what to do.
public enum DumpError: Error, Sendable, CustomStringConvertible {
    /// The file cannot be opened or read (missing, a folder, permissions, an I/O error).
    case unreadable(path: String, reason: String)
    /// The bytes are not a well-formed export. The error's offset and line are of the whole
    /// (decompressed) stream; `decompressed` says the offset is after decompression.
    case malformed(path: String, error: XMLStreamError, decompressed: Bool = false)
    /// The file is compressed and none of the programs that decompress it is installed.
    case decompressorMissing(path: String, compression: DumpCompression, tried: [String])
    /// The decompressor stopped with an error (a damaged or incomplete file).
    case decompressorFailed(path: String, command: String, status: Int32, message: String)
    /// A format read only by extracting it first (7z).
    case unsupportedCompression(path: String, compression: DumpCompression)
    /// A multistream index that does not match its dump (another dump's, or out of date): what
    /// is wrong, at which line of the index. `given` says whether `--index` named it (else it
    /// was found beside the dump by name), which changes the advice.
    case staleIndex(index: String, line: Int?, dump: String?, problem: String, given: Bool)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): error: cannot read the dump: \(reason)"
        case .malformed(let path, let error, let decompressed):
            var place = "byte \(error.offset)" + (decompressed ? " of the decompressed stream" : "")
            if error.line > 0 { place += ", line \(error.line)" + (error.column > 0 ? ", column \(error.column)" : "") }
            if Self.isNotXML(error.message) {
                return "\(path): error: not a MediaWiki export: the file is not XML (its first characters are not an XML tag, at \(place)); "
                    + "it may be another kind of file saved under this name (an image, an archive, an HTML error page): "
                    + "export the pages again (Special:Export) or download the dump again"
            }
            return "\(path): error: not a readable MediaWiki export: \(error.message) (at \(place)); \(Self.advice(for: error.message))"
        case .decompressorMissing(let path, let compression, let tried):
            let names = tried.joined(separator: " or ")
            return "\(path): error: the file is \(compression.rawValue)-compressed and \(names) is not installed; \(compression.installAdvice)"
        case .decompressorFailed(let path, let command, let status, let message):
            let said = message.isEmpty ? "" : ": \(message)"
            return "\(path): error: \(command) failed (exit status \(status))\(said); the file is damaged or incomplete: "
                + "download it again and check its checksum (dumps list md5 and sha1 sums)"
        case .unsupportedCompression(let path, let compression):
            return "\(path): error: \(compression.rawValue) archives are not read directly; \(compression.installAdvice)"
        case .staleIndex(let index, let line, let dump, let problem, let given):
            let place = line.map { "\(index):\($0)" } ?? index
            let of = dump.map { " of \($0)" } ?? ""
            let advice =
                given
                ? "regenerate the index or drop --index to read the whole dump"
                : "this index was found beside the dump by its name: regenerate it, or move it away to read the whole dump"
            return "\(place): error: the multistream index\(of) does not match the dump: \(problem); \(advice)"
        }
    }

    /// libxml2's words for input whose first characters are not markup (a binary file, plain
    /// text): "Document is empty" in older versions, "Start tag expected" in newer ones. Our own
    /// "the document is empty: …" (no bytes at all) is a different case: an incomplete file.
    private static func isNotXML(_ message: String) -> Bool {
        message.hasPrefix("Document is empty") || message.hasPrefix("Start tag expected")
    }

    private static func advice(for message: String) -> String {
        if message.contains("truncated") || message.contains("empty") {
            return "the file is incomplete: export or download it again"
        }
        if message.contains("DOCTYPE") || message.contains("entit") || message.contains("external") {
            return "MediaWiki exports never declare a DOCTYPE or entities, so this file is not one (or was tampered with)"
        }
        if message.contains("XML_PARSE_HUGE") {
            return "no real MediaWiki export comes near this limit, so the file is damaged or hostile"
        }
        return "export the pages again (Special:Export) or download the dump again; "
            + "`xmllint --stream --noout FILE` shows the same problem"
    }
}
