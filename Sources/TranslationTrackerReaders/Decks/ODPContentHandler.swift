import Foundation
import TranslationTracker
import XMLStream

/// Reads the slides of an ODP's `content.xml`: each `draw:page` is a slide, in document order;
/// its paragraphs are the `text:p` and `text:h` elements (with the text of their spans), its
/// links the `xlink:href` of `text:a` (and `draw:a`). Speaker notes (`presentation:notes`) are
/// skipped: they are not what the audience reads, and translators often leave them out.
///
/// White space follows ODF 1.2 §6.1.2: in character data, runs of spaces, tabs and line ends
/// become one space and leading and trailing space of a paragraph is dropped; the explicit
/// `text:s` (with `text:c` spaces), `text:tab` (a tab) and `text:line-break` (a line end, like
/// PPTX's `a:br`) are kept. Empty paragraphs are dropped. A link that is only a fragment (`#Slide 3`)
/// jumps inside the deck and is not a link target.
///
/// Element names arrive without their prefix (XMLStream reports local names); no other
/// namespace of `content.xml` uses these local names inside a page.
final class ODPContentHandler: DeckXMLHandler {
    weak var parser: XMLPushParser?
    private(set) var slides: [DeckSlide] = []

    private var inPage = false
    private var paragraphs: [String] = []
    private var links: [String] = []
    /// Text of the open paragraphs, innermost last (a note's paragraph can sit inside a paragraph).
    private var open: [Paragraph] = []

    private struct Paragraph {
        var bytes: [UInt8] = []
        /// The last byte kept is white space, so white space in character data is dropped.
        var afterSpace = true
    }

    func startElement(_ name: Span<UInt8>, attributes: [XMLAttribute]) {
        if !inPage {
            if name.equals(Name.page) {
                inPage = true
                paragraphs = []
                links = []
                open = []
            }
            return
        }
        if name.equals(Name.notes) {
            parser?.skipCurrentElement()
        } else if name.equals(Name.p) || name.equals(Name.h) {
            open.append(Paragraph())
        } else if name.equals(Name.a) {
            if let href = attributes.first(where: { $0.name == "href" })?.value, !href.isEmpty, !href.hasPrefix("#") {
                links.append(href)
            }
        } else if !open.isEmpty {
            if name.equals(Name.s) {
                let count = attributes.first(where: { $0.name == "c" }).flatMap { Int($0.value) } ?? 1
                append(Array(repeating: UInt8(ascii: " "), count: min(max(count, 1), 1_000)))
            } else if name.equals(Name.tab) {
                append([UInt8(ascii: "\t")])
            } else if name.equals(Name.lineBreak) {
                append([UInt8(ascii: "\n")])
            }
        }
    }

    func endElement(_ name: Span<UInt8>) {
        guard inPage else { return }
        if name.equals(Name.page) {
            inPage = false
            slides.append(DeckSlide(number: slides.count + 1, paragraphs: paragraphs, links: links))
        } else if name.equals(Name.p) || name.equals(Name.h), let paragraph = open.popLast() {
            let text = String(decoding: paragraph.bytes, as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { paragraphs.append(text) }
        }
    }

    func characters(_ text: Span<UInt8>) {
        guard inPage, !open.isEmpty else { return }
        var paragraph = open.removeLast()
        for i in text.indices {
            let byte = text[i]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if !paragraph.afterSpace { paragraph.bytes.append(0x20) }
                paragraph.afterSpace = true
            } else {
                paragraph.bytes.append(byte)
                paragraph.afterSpace = false
            }
        }
        open.append(paragraph)
    }

    private func append(_ bytes: [UInt8]) {
        guard !open.isEmpty else { return }
        open[open.count - 1].bytes += bytes
        open[open.count - 1].afterSpace = true
    }

    private enum Name {
        static let page = Array("page".utf8)
        static let notes = Array("notes".utf8)
        static let p = Array("p".utf8)
        static let h = Array("h".utf8)
        static let a = Array("a".utf8)
        static let s = Array("s".utf8)
        static let tab = Array("tab".utf8)
        static let lineBreak = Array("line-break".utf8)
    }
}
