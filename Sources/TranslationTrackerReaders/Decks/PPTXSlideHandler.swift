import Foundation
import TranslationTracker
import XMLStream

/// Reads one slide part of a PPTX (`ppt/slides/slideN.xml`): each DrawingML paragraph (`a:p`)
/// is a paragraph, its text the `a:t` runs (fields included) in order; an `a:br` is a line end
/// inside the paragraph, as `text:line-break` is in ODP. Hyperlinks are `a:hlinkClick` whose
/// `r:id` names an external relationship; internal jumps (to another slide, "next slide"
/// actions) are not link targets. Empty paragraphs are dropped.
///
/// `mc:Fallback` content is skipped: it repeats what the `mc:Choice` next to it says for older
/// readers, and reading both would double the text.
final class PPTXSlideHandler: DeckXMLHandler {
    weak var parser: XMLPushParser?
    private(set) var paragraphs: [String] = []
    /// Relationship ids of hyperlinks, in order of appearance.
    private(set) var linkIDs: [String] = []
    private var paragraph: [UInt8]?
    private var inText = false

    func startElement(_ name: Span<UInt8>, attributes: [XMLAttribute]) {
        if name.equals(Name.p) {
            paragraph = []
        } else if name.equals(Name.t) {
            inText = paragraph != nil
        } else if name.equals(Name.br) {
            paragraph?.append(UInt8(ascii: "\n"))
        } else if name.equals(Name.hlinkClick) {
            if let id = attributes.first(where: { $0.name == "id" })?.value, !id.isEmpty { linkIDs.append(id) }
        } else if name.equals(Name.fallback) {
            parser?.skipCurrentElement()
        }
    }

    func endElement(_ name: Span<UInt8>) {
        if name.equals(Name.t) {
            inText = false
        } else if name.equals(Name.p), let bytes = paragraph {
            let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { paragraphs.append(text) }
            paragraph = nil
        }
    }

    func characters(_ text: Span<UInt8>) {
        guard inText else { return }
        paragraph?.append(text)
    }

    private enum Name {
        static let p = Array("p".utf8)
        static let t = Array("t".utf8)
        static let br = Array("br".utf8)
        static let hlinkClick = Array("hlinkClick".utf8)
        static let fallback = Array("Fallback".utf8)
    }
}
