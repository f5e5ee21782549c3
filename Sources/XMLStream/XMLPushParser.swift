import CXMLShim

/// Receives the events of a streamed XML document. Names and text are spans valid only during
/// the call: copy what you keep (most of a dump is skipped, so nothing is copied by default).
package protocol XMLEventHandler: AnyObject {
    func startElement(_ name: Span<UInt8>, attributes: [XMLAttribute])
    func endElement(_ name: Span<UInt8>)
    func characters(_ text: Span<UInt8>)
}

/// One attribute of an element; exports have few, so they are copied.
package struct XMLAttribute: Sendable, Hashable {
    package var name: String
    package var value: String
}

/// Why a document could not be read, with where: byte offset (of the whole stream), line and
/// column as libxml2 counts them.
public struct XMLStreamError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var offset: Int
    public var line: Int
    public var column: Int

    public var description: String {
        var place = "byte \(offset)"
        if line > 0 { place += ", line \(line)" + (column > 0 ? ", column \(column)" : "") }
        return "\(message) (at \(place))"
    }
}

/// A SAX2 push parser over libxml2, hardened for untrusted input: a DOCTYPE is refused (so no
/// entity expansion, no external entities), nothing is loaded from the network or disk, and
/// libxml2's depth and text-size limits stay on (no `XML_PARSE_HUGE`).
///
/// The only type that touches C. It owns its libxml2 context and frees it on deinit. Not
/// `Sendable`: one parser per thread; parse chunks of a dump in parallel with one parser each.
package final class XMLPushParser {
    private var parser: OpaquePointer?
    private let box: HandlerBox
    /// Bytes fed so far, so error offsets are of the whole stream.
    private var fed = 0
    private var failure: XMLStreamError?

    package init(handler: any XMLEventHandler) {
        box = HandlerBox(handler)
        var handlers = xs_handlers()
        handlers.context = Unmanaged.passUnretained(box).toOpaque()
        handlers.start = { context, name, nameLength, count, names, nameLengths, values, valueLengths in
            let box = Unmanaged<HandlerBox>.fromOpaque(context!).takeUnretainedValue()
            var attributes: [XMLAttribute] = []
            if count > 0, let names, let nameLengths, let values, let valueLengths {
                attributes.reserveCapacity(Int(count))
                for i in 0..<Int(count) {
                    let key = String(decoding: UnsafeBufferPointer(start: names[i], count: Int(nameLengths[i])), as: UTF8.self)
                    let value = String(decoding: UnsafeBufferPointer(start: values[i], count: Int(valueLengths[i])), as: UTF8.self)
                    attributes.append(XMLAttribute(name: key, value: XMLPushParser.unescape(value)))
                }
            }
            let buffer = UnsafeBufferPointer(start: name, count: Int(nameLength))
            box.handler.startElement(buffer.span, attributes: attributes)
        }
        // The parser owns the box for as long as libxml2 can call back, so the hottest callbacks
        // borrow it instead of retaining and releasing it (and its handler) on every event: text
        // arrives in pieces of about 300 bytes when it is not ASCII.
        handlers.end = { context, name, nameLength in
            Unmanaged<HandlerBox>.fromOpaque(context!)._withUnsafeGuaranteedRef {
                $0.handler.endElement(UnsafeBufferPointer(start: name, count: Int(nameLength)).span)
            }
        }
        handlers.text = { context, bytes, length in
            Unmanaged<HandlerBox>.fromOpaque(context!)._withUnsafeGuaranteedRef {
                $0.handler.characters(UnsafeBufferPointer(start: bytes, count: Int(length)).span)
            }
        }
        parser = xs_create(&handlers)
    }

    deinit { xs_free(parser) }

    /// Feeds the next bytes of the document; `final` on the last call (an empty one is fine).
    package func feed(_ bytes: [UInt8], final: Bool = false) throws(XMLStreamError) {
        try feed(bytes[...], final: final)
    }

    /// Large inputs are passed to libxml2 in pieces of at most ``pieceSize`` bytes: it copies
    /// what it is given into its own buffer, so this bounds that buffer whatever the caller feeds.
    package func feed(_ bytes: ArraySlice<UInt8>, final: Bool = false) throws(XMLStreamError) {
        if let failure { throw failure }
        guard let parser else { throw XMLStreamError(message: "libxml2 could not create a parser", offset: 0, line: 0, column: 0) }
        var start = bytes.startIndex
        repeat {
            let end = min(start + Self.pieceSize, bytes.endIndex)
            let last = final && end == bytes.endIndex
            let status = bytes[start..<end].withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    xs_feed(parser, chars.baseAddress, Int32(chars.count), last ? 1 : 0)
                }
            }
            let before = fed
            fed += end - start
            if status != 0 {
                let offset = xs_error_offset(parser)
                let error = XMLStreamError(
                    message: String(cString: xs_error_message(parser)), offset: offset >= 0 ? Int(offset) : before,
                    line: Int(xs_error_line(parser)), column: Int(xs_error_column(parser)))
                failure = error
                throw error
            }
            start = end
        } while start < bytes.endIndex
    }

    /// The largest piece handed to libxml2 at once.
    package static let pieceSize = 1 << 20

    /// libxml2's longest text node without `XML_PARSE_HUGE` (10,000,000 bytes). Its push parser
    /// streams character data to SAX handlers without applying this limit, so a handler that
    /// keeps text applies it (and calls ``stop(_:)``): the parser never holds a text node itself.
    package static let maxTextLength = Int(xs_max_text_length())

    /// libxml2's deepest nesting without `XML_PARSE_HUGE` (256 levels); deeper documents fail.
    package static let maxDepth = Int(xs_max_depth())

    /// Bytes fed so far.
    package var bytesFed: Int { fed }

    /// Stops parsing from inside a handler: the current `feed` throws with this message.
    package func stop(_ message: String) {
        guard let parser else { return }
        message.withCString { xs_stop(parser, $0) }
    }

    /// From inside a handler: the rest of the element open now is parsed (and checked) but not
    /// reported; the next event is its end. A dump reader calls this once a page's title says
    /// nobody wants the page, so the page's revisions cost libxml2's parsing and nothing more.
    package func skipCurrentElement() {
        guard let parser else { return }
        xs_skip_element(parser)
    }

    /// Attribute values arrive with entities unexpanded in SAX2 when they contain `&`.
    static func unescape(_ value: String) -> String {
        // A byte search: `contains("&")` here would be Foundation's, through CFString, on every attribute.
        guard value.utf8.contains(UInt8(ascii: "&")) else { return value }
        return value.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&#039;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Keeps the handler alive for the C callbacks, which get it back from an opaque pointer.
private final class HandlerBox {
    let handler: any XMLEventHandler
    init(_ handler: any XMLEventHandler) { self.handler = handler }
}

import Foundation
