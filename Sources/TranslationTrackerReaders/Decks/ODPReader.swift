import Foundation
import TranslationTracker

/// The slides of an OpenDocument presentation: its `mimetype` must say so, then `content.xml`
/// is streamed through ``ODPContentHandler``.
enum ODPReader {
    static let mimetype = "application/vnd.oasis.opendocument.presentation"

    static func slides(in archive: DeckArchive) throws(DeckError) -> [DeckSlide] {
        guard archive.contains("mimetype") else { throw .missingPart(path: archive.path, part: "mimetype") }
        let found = String(decoding: try archive.bytes("mimetype", maxBytes: 1024), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard found == mimetype else { throw .notAPresentation(path: archive.path, found: found) }
        let handler = ODPContentHandler()
        try archive.parse("content.xml", handler: handler)
        return handler.slides
    }
}
