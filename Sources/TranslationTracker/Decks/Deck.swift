/// A slide deck as the tracker sees it: the text of each slide, in order, and enough about the
/// file to tell one version from another. Readers build it from ODP, PPTX or PDF files (see
/// `DeckReader` in the readers module); the core never opens a file.
///
/// Each slide is a translation unit (`slide-1`, `slide-2`, …): it is what a translator
/// translates and what a reviewer compares, and the English deck's slide fingerprints are what
/// a translated deck's stamp records. A PDF carries no slide structure we can trust, so only its
/// page count is known (`slides` is nil).
package struct Deck: Sendable, Hashable {
    package var format: DeckFormat
    /// The slides in presentation order; nil when the format gives only a page count (PDF).
    package var slides: [DeckSlide]?
    /// Slides (ODP, PPTX) or pages (PDF).
    package var pageCount: Int
    /// SHA-1 of the file's bytes, hex, to tell which English deck a translation follows.
    package var sha1: String

    package init(format: DeckFormat, slides: [DeckSlide]?, pageCount: Int, sha1: String) {
        self.format = format
        self.slides = slides
        self.pageCount = pageCount
        self.sha1 = sha1
    }
}

/// The file formats a deck can have, by extension.
public enum DeckFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// OpenDocument Presentation (LibreOffice Impress): slides with their text.
    case odp
    /// Office Open XML (PowerPoint): slides with their text.
    case pptx
    /// PDF: a page count only, no text.
    case pdf
}

/// One slide: its number (1-based, in presentation order) and its text, paragraph by paragraph
/// (title first), with the link targets it carries.
package struct DeckSlide: Sendable, Hashable {
    package var number: Int
    package var paragraphs: [String]
    /// Hyperlink targets on the slide (URLs), in order of appearance.
    package var links: [String]

    package init(number: Int, paragraphs: [String], links: [String] = []) {
        self.number = number
        self.paragraphs = paragraphs
        self.links = links
    }

    /// The slide's unit id.
    package var unit: UnitID { UnitID("slide-\(number)") }

    /// The slide's text as one unit: paragraphs on lines of their own.
    package var text: String { paragraphs.joined(separator: "\n") }

    /// What the content checks read for this slide: its text, then each link target as an
    /// external link (`[https://…]`) on a line of its own. A slide's hyperlinks are not in its
    /// visible text, and this is how the `links` check, which reads wikitext, sees them.
    package var checkText: String {
        links.isEmpty ? text : text + "\n" + links.map { "[\($0)]" }.joined(separator: "\n")
    }
}
