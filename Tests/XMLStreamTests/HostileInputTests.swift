import Foundation
import Testing
import XMLStream

#if canImport(Glibc)
    import Glibc
#endif

/// Counts events and text without keeping any text, like a reader skipping unwanted pages.
final class Counter: XMLEventHandler {
    var elements = 0
    var textBytes = 0
    var kept: [UInt8] = []
    var keep = false

    func startElement(_ name: Span<UInt8>, attributes: [XMLAttribute]) { elements += 1 }
    func endElement(_ name: Span<UInt8>) {}
    func characters(_ text: Span<UInt8>) {
        textBytes += text.count
        if keep { kept.append(text) }
    }
}

/// Parses `xml` in pieces and returns the error it must raise.
private func failure(_ xml: [UInt8], piece: Int = 4096, handler: XMLEventHandler = Counter()) -> XMLStreamError? {
    let parser = XMLPushParser(handler: handler)
    do throws(XMLStreamError) {
        var start = 0
        repeat {
            let end = min(start + piece, xml.count)
            try parser.feed(xml[start..<end], final: end == xml.count)
            start = end
        } while start < xml.count
        return nil
    } catch {
        return error
    }
}

@Suite("XMLPushParser on hostile input", .serialized)
struct HostileInputTests {
    @Test("billion laughs: the DOCTYPE is refused before any entity is expanded")
    func billionLaughs() throws {
        var dtd = "<!ENTITY lol \"lol\">\n"
        var previous = "lol"
        for level in 1...9 {
            let name = "lol\(level)"
            dtd += "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
            previous = name
        }
        let xml = Array("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n\(dtd)]>\n<lolz>&\(previous);</lolz>\n".utf8)
        let counter = Counter()
        let (error, kib) = PeakMemory.growth { failure(xml, handler: counter) }
        let found = try #require(error)
        #expect(found.message.contains("DOCTYPE declaration is not allowed"))
        #expect(found.offset > 0 && found.offset <= 40, "the error is at the DOCTYPE: \(found)")
        #expect(found.line == 2)
        #expect(counter.textBytes == 0 && counter.elements == 0)
        #expect(kib < 16 << 10, "peak RSS grew by \(kib) KiB")
    }

    @Test("an external entity is never resolved: nothing is opened, nothing of the file appears")
    func externalEntity() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xmlstream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        let secretFile = folder.appendingPathComponent("secret.txt").path
        try secret.write(toFile: secretFile, atomically: true, encoding: .utf8)
        // A FIFO shows whether anything opens the file: opening it for reading would wake the writer.
        let fifo = folder.appendingPathComponent("secret.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let opened = OpenedFlag()
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            if fd >= 0 {
                opened.set()
                close(fd)
            }
        }
        writer.start()
        let counter = Counter()
        counter.keep = true
        for target in [secretFile, fifo, "file://" + secretFile] {
            let xml = Array(
                """
                <?xml version="1.0"?>
                <!DOCTYPE page [<!ENTITY secret SYSTEM "\(target)">]>
                <page><text>&secret;</text></page>
                """.utf8)
            let error = try #require(failure(xml, handler: counter))
            #expect(error.message.contains("DOCTYPE declaration is not allowed"))
            #expect(!error.description.contains(secret))
            #expect(error.offset > 0 && error.line == 2)
        }
        // No DOCTYPE at all: an undeclared entity is an error, not a lookup.
        let bare = try #require(failure(Array("<page><text>&secret;</text></page>".utf8), handler: counter))
        #expect(bare.message.contains("Entity 'secret' not defined"))
        #expect(bare.offset == 20)
        #expect(!String(decoding: counter.kept, as: UTF8.self).contains(secret))
        #expect(counter.kept.isEmpty)
        // Release the writer: open the FIFO ourselves, after checking nobody else did.
        Thread.sleep(forTimeInterval: 0.05)
        #expect(!opened.value, "the parser opened the entity's file")
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        if reader >= 0 { close(reader) }
    }

    @Test("10,000 nested elements stop at libxml2's depth limit")
    func deepNesting() throws {
        let xml = Array((String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)).utf8)
        let counter = Counter()
        let (error, kib) = PeakMemory.growth { failure(xml, handler: counter) }
        let found = try #require(error)
        #expect(found.message.contains("nested more than \(XMLPushParser.maxDepth) levels"))
        #expect(XMLPushParser.maxDepth == 256)
        #expect(found.offset >= 256 * 3 && found.offset <= 258 * 3, "\(found)")
        #expect(counter.elements == XMLPushParser.maxDepth)
        #expect(kib < 16 << 10, "peak RSS grew by \(kib) KiB")
    }

    @Test("a truncated document says so, at its end")
    func truncated() throws {
        let xml = Array("<mediawiki>\n  <page>\n    <title>Summary</title>\n    <revision><text>half a sent".utf8)
        let found = try #require(failure(xml, piece: 7))
        #expect(found.message == "the document is truncated: it ends inside <text> with 4 elements still open")
        #expect(found.offset == xml.count)
        #expect(found.line == 4)
        let empty = try #require(failure([]))
        #expect(empty.message.contains("the document is empty"))
        #expect(empty.offset == 0)
    }

    @Test("invalid UTF-8 is an error at the bad byte")
    func invalidUTF8() throws {
        let xml = Array("<page>\n<title>Caf".utf8) + [0xC3, 0x28] + Array("</title></page>".utf8)
        let found = try #require(failure(xml))
        #expect(found.message.contains("not proper UTF-8"))
        #expect(found.offset == 17)
        #expect(found.line == 2)
        // An overlong encoding of "<" and a lone continuation byte.
        #expect(failure(Array("<a>".utf8) + [0xC0, 0xBC] + Array("</a>".utf8))?.offset == 3)
        #expect(failure(Array("<a>x".utf8) + [0x80] + Array("</a>".utf8))?.offset == 4)
    }

    @Test("a 100 MB text node streams through in pieces: libxml2 never holds it")
    func hugeTextNode() throws {
        let counter = Counter()
        let size = 100_000_000
        let piece = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        let (error, kib) = PeakMemory.growth { () -> XMLStreamError? in
            let parser = XMLPushParser(handler: counter)
            do throws(XMLStreamError) {
                try parser.feed(Array("<page><text>".utf8))
                var sent = 0
                while sent < size {
                    let count = min(piece.count, size - sent)
                    try parser.feed(piece[..<count])
                    sent += count
                }
                try parser.feed(Array("</text></page>".utf8), final: true)
                return nil
            } catch {
                return error
            }
        }
        #expect(error == nil)
        #expect(counter.textBytes == size)
        #expect(kib < 32 << 10, "peak RSS grew by \(kib) KiB")
    }

    @Test("entities in text: the predefined five and character references, nothing else")
    func predefinedEntities() throws {
        let counter = Counter()
        counter.keep = true
        #expect(failure(Array("<t>&lt;translate&gt; R&amp;D &quot;&apos; &#x41;&#66;</t>".utf8), handler: counter) == nil)
        #expect(String(decoding: counter.kept, as: UTF8.self) == "<translate> R&D \"' AB")
    }
}

/// Set by the FIFO writer thread when something opened the FIFO.
final class OpenedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var opened = false
    func set() { lock.withLock { opened = true } }
    var value: Bool { lock.withLock { opened } }
}
