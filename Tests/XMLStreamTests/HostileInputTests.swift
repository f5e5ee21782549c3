import Foundation
import Testing
import XMLStream
import TestSupport

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

/// Memory is measured in a child process (``ChildPeakMemory``), so these tests need not run
/// alone and other suites cannot disturb the figures.
@Suite("XMLPushParser on hostile input")
struct HostileInputTests {
    /// `xml` parsed by `transtrack-bench peak xml` in pieces of `piece` bytes.
    static func measured(_ xml: [UInt8], piece: Int) throws -> ChildPeakMemory.Measurement {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xmlstream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("input.xml")
        try Data(xml).write(to: file)
        return try ChildPeakMemory.measure(["xml", file.path, "--piece", String(piece)])
    }

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
        let found = try #require(failure(xml, handler: counter))
        #expect(found.message.contains("DOCTYPE declaration is not allowed"))
        // Past `<?xml version="1.0"?>\n<!DOCTYPE lolz `, where libxml2 meets the DOCTYPE's body.
        #expect(found.offset == 37, "the error is at the DOCTYPE: \(found)")
        #expect(found.line == 2)
        #expect(counter.textBytes == 0 && counter.elements == 0)
        let child = try Self.measured(xml, piece: 4096)
        #expect(child.result == "error: \(found)")
        #expect(child.kib < 16 << 10, "peak RSS grew by \(child.kib) KiB")
    }

    @Test("an external entity is never resolved: nothing is opened, nothing of the file appears")
    func externalEntity() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xmlstream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        let secretFile = folder.appendingPathComponent("secret.txt").path
        try secret.write(toFile: secretFile, atomically: true, encoding: .utf8)
        // A FIFO as well: a parser that opened it for reading would block for ever without a writer,
        // so one waits on the other end until the test releases it.
        let fifo = folder.appendingPathComponent("secret.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writerDone = DispatchSemaphore(value: 0)
        Thread {
            let fd = open(fifo, O_WRONLY)
            if fd >= 0 { close(fd) }
            writerDone.signal()
        }.start()
        let watch = try OpenWatch([secretFile, fifo])
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
            #expect(error.offset == 37)
            #expect(error.line == 2)
        }
        // No DOCTYPE at all: an undeclared entity is an error, not a lookup.
        let bare = try #require(failure(Array("<page><text>&secret;</text></page>".utf8), handler: counter))
        #expect(bare.message.contains("Entity 'secret' not defined"))
        #expect(bare.offset == 20)
        #expect(!String(decoding: counter.kept, as: UTF8.self).contains(secret))
        #expect(counter.kept.isEmpty)
        #expect(watch.opens == 0, "the parser opened the entity's file")
        // Release the writer: open the FIFO ourselves and keep it open until the writer is done
        // (it may not even have reached its open yet).
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        writerDone.wait()
        close(reader)
    }

    @Test("10,000 nested elements stop at libxml2's depth limit")
    func deepNesting() throws {
        let xml = Array((String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)).utf8)
        let counter = Counter()
        let found = try #require(failure(xml, handler: counter))
        #expect(found.message.contains("nested more than 256 levels"))
        #expect(XMLPushParser.maxDepth == 256)
        #expect(found.offset >= 256 * 3 && found.offset <= 258 * 3, "\(found)")
        #expect(counter.elements == 256)
        let child = try Self.measured(xml, piece: 4096)
        #expect(child.result == "error: \(found)")
        #expect(child.kib < 16 << 10, "peak RSS grew by \(child.kib) KiB")
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
        let size = 100_000_000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xmlstream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.xml").path
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.write(contentsOf: Data("<page><text>".utf8))
        let piece = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        var written = 0
        while written < size {
            let count = min(piece.count, size - written)
            try handle.write(contentsOf: piece.prefix(count))
            written += count
        }
        try handle.write(contentsOf: Data("</text></page>".utf8))
        try handle.close()
        let child = try ChildPeakMemory.measure(["xml", path, "--piece", String(1 << 20)])
        #expect(child.result == "ok elements=2 text_bytes=100000000")
        #expect(child.kib < 32 << 10, "peak RSS grew by \(child.kib) KiB")
    }

    @Test("entities in text: the predefined five and character references, nothing else")
    func predefinedEntities() throws {
        let counter = Counter()
        counter.keep = true
        #expect(failure(Array("<t>&lt;translate&gt; R&amp;D &quot;&apos; &#x41;&#66;</t>".utf8), handler: counter) == nil)
        #expect(String(decoding: counter.kept, as: UTF8.self) == "<translate> R&D \"' AB")
    }
}
