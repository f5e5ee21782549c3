import Testing
import XMLStream

/// Skips the rest of every `<page>` whose `<title>` is not "Keep", as the dump reader does.
final class SkippingRecorder: XMLEventHandler {
    let recorder = Recorder()
    weak var parser: XMLPushParser?
    private var inTitle = false
    private var title: [UInt8] = []

    func startElement(_ name: Span<UInt8>, attributes: [XMLAttribute]) {
        recorder.startElement(name, attributes: attributes)
        inTitle = name.string == "title"
        title = []
    }

    func endElement(_ name: Span<UInt8>) {
        recorder.endElement(name)
        if name.string == "title" {
            inTitle = false
            if String(decoding: title, as: UTF8.self) != "Keep" { parser?.skipCurrentElement() }
        }
    }

    func characters(_ text: Span<UInt8>) {
        recorder.characters(text)
        if inTitle { title.append(text) }
    }
}

@Suite("XMLPushParser.skipCurrentElement")
struct SkipElementTests {
    static let xml = Array(
        """
        <mediawiki><page><title>Drop</title><revision><text>gone <b/> text</text></revision></page>\
        <page><title>Keep</title><revision><text>kept</text></revision></page></mediawiki>
        """.utf8)

    @Test("after a skip only the skipped element's end arrives; the next element is reported again")
    func skipsToTheEnd() throws {
        let handler = SkippingRecorder()
        let parser = XMLPushParser(handler: handler)
        handler.parser = parser
        try parser.feed(Self.xml, final: true)
        handler.recorder.flush()
        #expect(handler.recorder.events == [
            "start mediawiki", "start page", "start title", "text Drop", "end title", "end page",
            "start page", "start title", "text Keep", "end title", "start revision", "start text", "text kept", "end text", "end revision",
            "end page", "end mediawiki",
        ])
    }

    @Test("a skipped element is still parsed: malformed XML inside it is an error")
    func stillChecked() {
        let handler = SkippingRecorder()
        let parser = XMLPushParser(handler: handler)
        handler.parser = parser
        let broken = Array("<mediawiki><page><title>Drop</title><revision><text>a</txt></revision></page></mediawiki>".utf8)
        #expect(throws: XMLStreamError.self) { try parser.feed(broken, final: true) }
    }
}
