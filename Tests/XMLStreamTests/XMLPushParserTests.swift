import Testing
import XMLStream

/// Records events as text lines, for comparing.
final class Recorder: XMLEventHandler {
    var events: [String] = []
    var text: [UInt8] = []

    func startElement(_ name: Span<UInt8>, attributes: [XMLAttribute]) {
        flush()
        events.append("start \(name.string)" + attributes.map { " \($0.name)=\($0.value)" }.joined())
    }

    func endElement(_ name: Span<UInt8>) {
        flush()
        events.append("end \(name.string)")
    }

    func characters(_ text: Span<UInt8>) { self.text.append(text) }

    func flush() {
        guard !text.isEmpty else { return }
        let value = String(decoding: text, as: UTF8.self)
        if !value.allSatisfy(\.isWhitespace) { events.append("text \(value)") }
        text = []
    }
}

@Suite("XMLPushParser")
struct XMLPushParserTests {
    @Test("elements, attributes, text and predefined entities, fed in pieces")
    func events() throws {
        let recorder = Recorder()
        let parser = XMLPushParser(handler: recorder)
        let xml = Array(#"<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11"><page><title>A &amp; B</title><text bytes="5" xml:space="preserve">x &lt;y&gt; é</text></page></mediawiki>"#.utf8)
        for chunk in stride(from: 0, to: xml.count, by: 7) {
            try parser.feed(xml[chunk..<min(chunk + 7, xml.count)])
        }
        try parser.feed([], final: true)
        #expect(recorder.events == [
            "start mediawiki version=0.11", "start page", "start title", "text A & B", "end title",
            "start text bytes=5 space=preserve", "text x <y> é", "end text", "end page", "end mediawiki",
        ])
    }

    @Test("a DOCTYPE is refused before any entity is declared")
    func doctype() {
        let parser = XMLPushParser(handler: Recorder())
        let xml = Array("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">]>\n<lolz>&lol;</lolz>".utf8)
        #expect {
            try parser.feed(xml, final: true)
        } throws: { error in
            (error as? XMLStreamError)?.message.contains("DOCTYPE declaration is not allowed") == true
        }
    }

    @Test("malformed input gives the byte offset and line")
    func malformed() throws {
        let parser = XMLPushParser(handler: Recorder())
        let error = try #require(throws: XMLStreamError.self) { try parser.feed(Array("<a>\n<b></a>".utf8), final: true) }
        #expect(error.line == 2)
        #expect(error.offset == 11)
        #expect(error.description == "Opening and ending tag mismatch: b line 2 and a (at byte 11, line 2, column 8)")
    }
}
