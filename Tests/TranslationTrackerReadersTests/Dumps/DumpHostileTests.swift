import Foundation
import Testing
import TranslationTrackerReaders
import XMLStream
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Hostile and broken dumps through ``DumpFile``, with one thread and with many: each is a clear
/// error with the byte offset (and line), in bounded memory. Memory is measured in a child
/// process (``ChildPeakMemory``), so no other suite disturbs the figures; serialized only so
/// that the 100 MB and 150 MB dumps are not on disk all at once.
@Suite("DumpFile on hostile input", .serialized)
struct DumpHostileTests {
    /// The error a read must raise.
    private func failure(_ path: String, threads: Int, blockSize: Int? = nil, pieceSize: Int = 1 << 20) -> DumpError? {
        do {
            _ = try DumpSupport.read(path, threads: threads, blockSize: blockSize, pieceSize: pieceSize)
            return nil
        } catch {
            return error
        }
    }

    private func malformed(_ error: DumpError?) -> XMLStreamError? {
        if case .malformed(_, let found, _) = error { return found }
        return nil
    }

    /// `pages` small pages, then `middle`, then as many small pages again.
    private func export(pages: Int, middle: String) -> [UInt8] {
        var text = SyntheticExport.header
        for id in 1...pages { text += SyntheticExport.page(id) }
        text += middle
        for id in (pages + 1)...(2 * pages) { text += SyntheticExport.page(id) }
        return Array((text + SyntheticExport.footer).utf8)
    }

    private func index(of needle: String, in bytes: [UInt8]) -> Int? {
        let needle = Array(needle.utf8)
        guard bytes.count >= needle.count else { return nil }
        return (0...(bytes.count - needle.count)).first { bytes[$0] == needle[0] && bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    private func line(at offset: Int, in bytes: [UInt8]) -> Int { bytes[..<offset].filter { $0 == 0x0A }.count + 1 }

    @Test("billion laughs: refused at the DOCTYPE", arguments: [1, 2])
    func billionLaughs(threads: Int) throws {
        var entities = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki [\(entities)]>\n"
            + SyntheticExport.header.replacingOccurrences(of: "<sitename>Meta</sitename>", with: "<sitename>&lol9;</sitename>")
            + SyntheticExport.page(1) + SyntheticExport.footer
        let scratch = try Scratch()
        try scratch.write("laughs.xml", xml)
        let error = failure(scratch.path("laughs.xml"), threads: threads, blockSize: 256)
        let text = "\(try #require(error))"
        #expect(text.hasPrefix(scratch.path("laughs.xml") + ": error: not a readable MediaWiki export: "))
        #expect(text.contains("a DOCTYPE declaration is not allowed"))
        // Where libxml2 reports it: past `<!DOCTYPE mediawiki `, on line 2.
        #expect(text.contains("(at byte 42, line 2, column 21)"))
        #expect(text.contains("never declare a DOCTYPE or entities"))
        let child = try ChildPeakMemory.measure(["dump", scratch.path("laughs.xml"), "--threads", "\(threads)", "--block-size", "256"])
        #expect(child.result == "error: " + text)
        #expect(child.kib < 16 << 10, "peak RSS grew by \(child.kib) KiB")
    }

    @Test("an external entity naming a local file: nothing is opened, nothing of it appears", arguments: [1, 2])
    func externalEntity(threads: Int) throws {
        let scratch = try Scratch()
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        try scratch.write("secret.txt", secret)
        let fifo = scratch.path("secret.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        // A reader that opened the FIFO would block for ever without a writer: one waits on the
        // other end until the test releases it.
        let writerDone = DispatchSemaphore(value: 0)
        Thread {
            let fd = open(fifo, O_WRONLY)
            if fd >= 0 { close(fd) }
            writerDone.signal()
        }.start()
        let watch = try OpenWatch([scratch.path("secret.txt"), fifo])
        for target in [scratch.path("secret.txt"), "file://" + scratch.path("secret.txt"), fifo] {
            let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki [<!ENTITY secret SYSTEM \"\(target)\">]>\n"
                + SyntheticExport.header + SyntheticExport.page(1, title: "&secret;", text: "&secret;") + SyntheticExport.footer
            try scratch.write("entity.xml", xml)
            let error = try #require(failure(scratch.path("entity.xml"), threads: threads, blockSize: 128, pieceSize: 64))
            #expect(!"\(error)".contains(secret))
            #expect("\(error)".contains("a DOCTYPE declaration is not allowed"))
            #expect(malformed(error)?.offset == 42 && malformed(error)?.line == 2)
        }
        // Without a DOCTYPE, in a page far into the dump (a block of its own): undefined, not looked up.
        let bytes = export(pages: 60, middle: SyntheticExport.page(999, title: "Leak", text: "x").replacingOccurrences(of: ">x<", with: ">&secret;<"))
        try scratch.write("undeclared.xml", bytes)
        let at = try #require(index(of: "&secret;", in: bytes))
        for (blockSize, pieceSize) in [(1 << 20, 1 << 20), (2048, 500)] {
            let error = try #require(failure(scratch.path("undeclared.xml"), threads: threads, blockSize: blockSize, pieceSize: pieceSize))
            #expect("\(error)".contains("Entity 'secret' not defined"))
            #expect(!"\(error)".contains(secret))
            #expect(malformed(error)?.offset == at + "&secret;".utf8.count)
            #expect(malformed(error)?.line == line(at: at, in: bytes))
        }
        #expect(watch.opens == 0, "something opened the entity's file")
        // Release the writer: open the FIFO ourselves and keep it open until the writer is done
        // (it may not even have reached its open yet).
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        writerDone.wait()
        close(reader)
    }

    @Test("10,000 nested elements in a page far into the dump", arguments: [1, 2])
    func deepNesting(threads: Int) throws {
        let nested = String(repeating: "<div>", count: 10_000) + String(repeating: "</div>", count: 10_000)
        let bytes = export(pages: 80, middle: "  <page><title>Deep</title><ns>0</ns><id>9999</id>\(nested)</page>\n")
        let scratch = try Scratch()
        try scratch.write("deep.xml", bytes)
        let start = try #require(index(of: "<div>", in: bytes))
        let error = failure(scratch.path("deep.xml"), threads: threads, blockSize: 4096, pieceSize: 1000)
        let found = try #require(malformed(error))
        #expect(found.message.contains("nested more than 256 levels"))
        // The 256th <div> is the 258th element (mediawiki, page); the error comes as it opens.
        #expect(found.offset >= start + 253 * 5 && found.offset <= start + 256 * 5, "\(found)")
        #expect(found.line == line(at: start, in: bytes))
        #expect("\(try #require(error))".contains("(at byte \(found.offset), line \(found.line)"))
        let child = try ChildPeakMemory.measure([
            "dump", scratch.path("deep.xml"), "--threads", "\(threads)", "--block-size", "4096", "--piece-size", "1000",
        ])
        #expect(child.result == "error: \(try #require(error))")
        #expect(child.kib < 16 << 10, "peak RSS grew by \(child.kib) KiB")
    }

    @Test("a truncated dump: the error says so, at its last byte", arguments: [1, 2])
    func truncated(threads: Int) throws {
        let whole = SyntheticExport.document(pages: 300)
        let cut = Array(whole.prefix(whole.count * 7 / 10))
        let scratch = try Scratch()
        try scratch.write("cut.xml", cut)
        let error = try #require(failure(scratch.path("cut.xml"), threads: threads, blockSize: 8192, pieceSize: 3000))
        let found = try #require(malformed(error))
        #expect(found.message.hasPrefix("the document is truncated: it ends inside <"))
        #expect(found.offset == cut.count)
        #expect(found.line == line(at: cut.count, in: cut))
        #expect("\(error)".contains("the file is incomplete: export or download it again"))
        try scratch.write("empty.xml", [UInt8]())
        #expect("\(try #require(failure(scratch.path("empty.xml"), threads: threads)))".contains("the document is empty"))
    }

    @Test("invalid UTF-8 in a page far into the dump: the offset of the bad byte", arguments: [1, 2])
    func invalidUTF8(threads: Int) throws {
        var bytes = export(pages: 150, middle: SyntheticExport.page(777, title: "Bad bytes", text: "Caf\u{E9}!"))
        let at = try #require(index(of: "Caf\u{E9}!", in: bytes)) + 3
        bytes[at] = 0xFF
        let scratch = try Scratch()
        try scratch.write("bad.xml", bytes)
        for (blockSize, pieceSize) in [(1 << 20, 1 << 20), (4096, 1000), (600, 77)] {
            let error = failure(scratch.path("bad.xml"), threads: threads, blockSize: blockSize, pieceSize: pieceSize)
            let found = try #require(malformed(error))
            #expect(found.message.contains("Input is not proper UTF-8"))
            #expect(found.offset == at)
            #expect(found.line == line(at: at, in: bytes))
        }
    }

    /// An export with a page whose text is 100 MB, written in pieces (never whole in memory).
    private func hugeExport(_ scratch: Scratch) throws -> (path: String, textStart: Int) {
        let path = scratch.path("huge.xml")
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var head = SyntheticExport.header
        for id in 1...20 { head += SyntheticExport.page(id) }
        head += "  <page>\n    <title>Huge</title>\n    <ns>0</ns>\n    <id>5000</id>\n    <revision>\n      <id>5001</id>\n"
            + "      <timestamp>2023-04-03T09:12:44Z</timestamp>\n      <contributor><ip>192.0.2.7</ip></contributor>\n"
            + "      <model>wikitext</model>\n      <format>text/x-wiki</format>\n      <text bytes=\"100000000\" xml:space=\"preserve\">"
        try handle.write(contentsOf: Data(head.utf8))
        let line = Data((String(repeating: "All work and no play. ", count: 45) + "\n").utf8)
        var written = 0
        var chunk = Data()
        while written < 100_000_000 {
            chunk.removeAll(keepingCapacity: true)
            while chunk.count < 1 << 20, written + chunk.count < 100_000_000 { chunk += line }
            try handle.write(contentsOf: chunk)
            written += chunk.count
        }
        var tail = "</text>\n      <sha1>0</sha1>\n    </revision>\n  </page>\n"
        for id in 21...40 { tail += SyntheticExport.page(id) }
        try handle.write(contentsOf: Data((tail + SyntheticExport.footer).utf8))
        return (path, head.utf8.count)
    }

    @Test("a 100 MB text node in a page nobody wants streams by in bounded memory", arguments: [1, 2])
    func hugeUnwanted(threads: Int) throws {
        let scratch = try Scratch()
        let (path, _) = try hugeExport(scratch)
        let child = try ChildPeakMemory.measure(["dump", path, "--threads", "\(threads)", "--want-prefix", "Page "])
        #expect(child.result == "ok pages_kept=40 pages_seen=41 last=Page 40")
        #expect(child.kib < 64 << 10, "peak RSS grew by \(child.kib) KiB")
        print("100 MB unwanted text node, \(threads) thread(s): peak RSS grew by \(child.kib / 1024) MiB")
    }

    @Test("a 100 MB text node in a wanted page stops at libxml2's text limit", arguments: [1, 2])
    func hugeWanted(threads: Int) throws {
        let scratch = try Scratch()
        let (path, textStart) = try hugeExport(scratch)
        let child = try ChildPeakMemory.measure(["dump", path, "--threads", "\(threads)"])
        #expect(child.result.hasPrefix("error: \(path): error: not a readable MediaWiki export: "), "\(child.result)")
        #expect(child.result.contains("the text of page \"Huge\" is longer than 10000000 bytes"))
        #expect(child.result.contains("without XML_PARSE_HUGE"))
        #expect(child.result.contains("no real MediaWiki export comes near this limit"))
        // Where: about 10 MB into the page's text, far down the file.
        let at = try #require(child.result.firstRange(of: "(at byte ").map { child.result[$0.upperBound...].prefix { $0.isNumber } }.flatMap { Int($0) })
        #expect(abs(at - (textStart + 10_000_000)) < 2 << 20, "\(child.result)")
        #expect(child.kib < 64 << 10, "peak RSS grew by \(child.kib) KiB")
        print("100 MB wanted text node, \(threads) thread(s): \(child.result); peak RSS grew by \(child.kib / 1024) MiB")
    }

    @Test("a 150 MB dump with three wanted pages: memory stays bounded on every core")
    func boundedMemory() throws {
        let scratch = try Scratch()
        let path = scratch.path("big.xml")
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.write(contentsOf: Data(SyntheticExport.header.utf8))
        var pages = ""
        for id in 1...400 { pages += SyntheticExport.page(id) }
        let chunk = Data(pages.utf8)
        var written = 0
        while written < 150_000_000 {
            try handle.write(contentsOf: chunk)
            written += chunk.count
        }
        try handle.write(contentsOf: Data(SyntheticExport.footer.utf8))
        try handle.close()
        let child = try ChildPeakMemory.measure(["dump", path, "--threads", "2", "--want-titles", "Page 37,Page 74,Page 111", "--latest"])
        let copies = written / chunk.count
        #expect(copies == 167)
        #expect(child.result == "ok pages_kept=501 pages_seen=66800 last=Page 111")
        #expect(child.kib < 64 << 10, "peak RSS grew by \(child.kib) KiB")
        print("\(written / 1_000_000) MB dump, \(child.result): peak RSS grew by \(child.kib / 1024) MiB")
    }
}
