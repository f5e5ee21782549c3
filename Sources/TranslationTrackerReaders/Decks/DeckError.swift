import TranslationTracker
import XMLStream

/// Why a deck could not be read. Every message names the file (and the part inside a
/// container) and says what to do; the CLI prints it and exits 2.
///
/// Decks come from translators' machines and from Commons, so a broken or hostile file is
/// expected input: it becomes one of these errors, never a crash, a hang or an exhausted memory.
package enum DeckError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file does not exist or cannot be read.
    case unreadable(path: String, reason: String)
    /// The extension is not `.odp`, `.pptx` or `.pdf`.
    case unsupportedExtension(path: String)
    /// The first bytes are not those of the format the extension promises.
    case wrongMagic(path: String, format: DeckFormat, found: String)
    /// The ZIP container cannot be read: truncated, corrupt, or not a ZIP at all.
    case corruptContainer(path: String, reason: String)
    /// One part inside the container is damaged (bad deflate data, checksum mismatch, truncated).
    case corruptPart(path: String, part: String, reason: String)
    /// The ODP `mimetype` part is missing or names another kind of document.
    case notAPresentation(path: String, found: String)
    /// A part the format requires (`content.xml`, `ppt/presentation.xml`, a slide) is missing.
    case missingPart(path: String, part: String)
    /// A part refers to something that is not there (a slide id without a relationship).
    case brokenReference(path: String, part: String, reason: String)
    /// A safety limit was reached while reading; the kind of limit says which.
    case limitExceeded(path: String, part: String?, limit: DeckLimitKind, value: Int)
    /// A part's XML is not well-formed, or is refused (a DOCTYPE, entities).
    case badXML(path: String, part: String, error: XMLStreamError)
    /// A PDF whose page count cannot be found.
    case pageCountUnknown(path: String, reason: String)

    package var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): error: cannot read the deck: \(reason)"
        case .unsupportedExtension(let path):
            "\(path): error: not a deck format transtrack reads; save the deck as .odp, .pptx or .pdf"
        case .wrongMagic(let path, let format, let found):
            "\(path): error: the file is named .\(format.rawValue) but does not start like one "
                + "(\(format == .pdf ? "expected %PDF-" : "expected a ZIP container, PK\\x03\\x04"), found \(found)); "
                + "export the deck again as .\(format.rawValue), or give it the extension of what it is"
        case .corruptContainer(let path, let reason):
            "\(path): error: the deck is not a readable ZIP container (\(reason)); it is truncated or corrupt: "
                + "download or export it again"
        case .corruptPart(let path, let part, let reason):
            "\(path): error: the part '\(part)' inside the deck is damaged (\(reason)); export the deck again"
        case .notAPresentation(let path, let found):
            "\(path): error: the deck's mimetype is '\(found)', not application/vnd.oasis.opendocument.presentation; "
                + "save it from Impress as an OpenDocument presentation (.odp)"
        case .missingPart(let path, let part):
            "\(path): error: the deck has no '\(part)'; it is incomplete or not a presentation: export it again"
        case .brokenReference(let path, let part, let reason):
            "\(path): error: in '\(part)': \(reason); the deck is damaged: export it again"
        case .limitExceeded(let path, let part, let limit, let value):
            "\(path): error: \(part.map { "the part '\($0)' " } ?? "the deck ")\(limit.explanation(value)); "
                + "transtrack stops here because the file may be a decompression bomb. If the deck is genuine, "
                + "remove large embedded media or raise the limit in DeckLimits"
        case .badXML(let path, let part, let error):
            "\(path): error: the part '\(part)' is not XML transtrack accepts: \(error); export the deck again"
        case .pageCountUnknown(let path, let reason):
            "\(path): error: cannot find the PDF's page count (\(reason)); export the PDF again "
                + "(without object-stream compression), or track the deck as .odp or .pptx"
        }
    }
}
