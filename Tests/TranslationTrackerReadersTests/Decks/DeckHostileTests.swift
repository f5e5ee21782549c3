import Foundation
import Testing
import TranslationTracker
import TranslationTrackerReaders
import ZIPFoundation
import TestSupport

/// Broken and hostile decks: each is a clear ``DeckError`` naming the file (and the part), in
/// bounded time and memory. The bomb tests measure peak memory in a child process
/// (``ChildPeakMemory``), where no other suite disturbs the figure; serialized only so that the
/// bombs are not built all at once.
@Suite(.serialized) struct DeckHostileTests {
    typealias F = DeckFixtures

    static let slide = F.odpFrame("<text:p>Hello</text:p>")

    @Test func truncatedZip() throws {
        let scratch = try Scratch()
        try F.odp([Self.slide, Self.slide], at: scratch.path("whole.odp"))
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: scratch.path("whole.odp"))))
        let path = scratch.path("cut.odp")
        try scratch.write("cut.odp", Array(bytes.prefix(bytes.count / 2)))
        let error = try #require(throws: DeckError.self) { try DeckReader.read(path: path) }
        guard case .corruptContainer(let at, _) = error else { Issue.record("unexpected \(error)"); return }
        #expect(at == path)
        #expect(error.description.contains("truncated or corrupt"))
        print(error)
    }

    /// A byte changed inside a stored `content.xml`: the XML still parses, the CRC-32 does not match.
    @Test func corruptPartFailsItsChecksum() throws {
        let scratch = try Scratch()
        let path = scratch.path("flipped.odp")
        try F.zip(
            [("mimetype", F.odpMimetype), ("content.xml", F.odpContent([F.odpFrame("<text:p>Hello world</text:p>")]))],
            to: path, method: .none)
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let at = try #require(Self.index(of: Array("Hello".utf8), in: bytes))
        bytes[at] = UInt8(ascii: "J")
        try scratch.write("flipped.odp", bytes)
        #expect(throws: DeckError.corruptPart(path: path, part: "content.xml", reason: "its CRC-32 does not match")) {
            try DeckReader.read(path: path)
        }
    }

    @Test func garbageInsteadOfTheCentralDirectory() throws {
        let scratch = try Scratch()
        try F.odp([Self.slide], at: scratch.path("whole.odp"))
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: scratch.path("whole.odp"))))
        let directory = try #require(Self.index(of: [0x50, 0x4B, 0x01, 0x02], in: bytes))
        for i in directory..<(bytes.count - 22) { bytes[i] = 0xA5 }
        let path = scratch.path("garbage.odp")
        try scratch.write("garbage.odp", bytes)
        let error = try #require(throws: DeckError.self) { try DeckReader.read(path: path) }
        #expect(error.description.hasPrefix(path + ": error:"))
        print(error)
    }

    /// The central directory says `content.xml` is 12 compressed bytes; its deflate stream goes
    /// on. ZIPFoundation alone would read past them (and, at the end of the file, forever).
    @Test func deflateDataPastItsCompressedSizeEnds() throws {
        let scratch = try Scratch()
        let path = scratch.path("short.odp")
        try F.odp([Self.slide, Self.slide, Self.slide], at: path)
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        var from = 0
        while let header = Self.index(of: [0x50, 0x4B, 0x01, 0x02], in: bytes, from: from) {
            from = header + 4
            let nameLength = Int(bytes[header + 28]) | Int(bytes[header + 29]) << 8
            guard String(decoding: bytes[(header + 46)..<(header + 46 + nameLength)], as: UTF8.self) == "content.xml" else { continue }
            bytes.replaceSubrange((header + 20)..<(header + 24), with: [12, 0, 0, 0])
        }
        try scratch.write("short.odp", bytes)
        let error = try #require(throws: DeckError.self) { try DeckReader.read(path: path) }
        guard case .corruptPart(let at, let part, _) = error else { Issue.record("unexpected \(error)"); return }
        #expect(at == path && part == "content.xml")
        print(error)
    }

    @Test(arguments: [
        ("zip.pdf", Array("PK\u{3}\u{4}rest".utf8), "\"PK\\x03\\x04rest\""),
        ("pdf.odp", Array("%PDF-1.7\n".utf8), "\"%PDF-1.7\""),
        ("text.pptx", Array("hello".utf8), "\"hello\""),
        ("empty.odp", [], "an empty file"),
    ])
    func wrongMagic(name: String, bytes: [UInt8], found: String) throws {
        let scratch = try Scratch()
        try scratch.write(name, bytes)
        let path = scratch.path(name)
        let format = try #require(DeckReader.format(of: name))
        #expect(throws: DeckError.wrongMagic(path: path, format: format, found: found)) { try DeckReader.read(path: path) }
    }

    @Test func unsupportedAndMissingFiles() throws {
        let scratch = try Scratch()
        #expect(throws: DeckError.unsupportedExtension(path: scratch.path("slides.key"))) {
            try DeckReader.read(path: scratch.path("slides.key"))
        }
        let error = try #require(throws: DeckError.self) { try DeckReader.read(path: scratch.path("none.odp")) }
        #expect(error == .unreadable(path: scratch.path("none.odp"), reason: "no such file"))
        #expect(DeckReader.format(of: "a/B.PPTX") == .pptx)
    }

    @Test func doctypeInContentIsRefused() throws {
        let scratch = try Scratch()
        let path = scratch.path("entities.odp")
        try F.odp(
            [F.odpFrame("<text:p>&boom;</text:p>")], at: path,
            prolog: "<!DOCTYPE office:document-content [<!ENTITY boom \"a lot\">]>\n")
        let error = try #require(throws: DeckError.self) { try DeckReader.read(path: path) }
        guard case .badXML(let at, let part, _) = error else { Issue.record("unexpected \(error)"); return }
        #expect(at == path && part == "content.xml")
        print(error)
    }

    @Test func tooManyEntries() throws {
        let scratch = try Scratch()
        let path = scratch.path("many.odp")
        try F.zip(
            [("mimetype", F.odpMimetype), ("content.xml", F.odpContent([Self.slide]))]
                + (1...5).map { ("Pictures/\($0).txt", "x") },
            to: path)
        #expect(throws: DeckError.limitExceeded(path: path, part: nil, limit: .entries, value: 4)) {
            try DeckReader.read(path: path, limits: DeckLimits(maxEntries: 4))
        }
        #expect(try DeckReader.read(path: path).pageCount == 1)
    }

    /// The limits leave honest decks alone: 6,000 slides of templated text (about 1.5 MiB of XML,
    /// past the ratio check's grace) are read whole.
    @Test func aLargeHonestDeckIsRead() throws {
        let scratch = try Scratch()
        let path = scratch.path("large.odp")
        let pages = (1...6_000).map { n in
            F.odpFrame("<text:h>Slide \(n)</text:h><text:p>In \(2000 + n % 30) we spent $\(n * 37 % 1000) million on "
                + "<text:a xlink:href=\"https://meta.wikimedia.org/wiki/Item_\(n)\">item \(n)</text:a>.</text:p>")
        }
        try F.odp(pages, at: path)
        let deck = try DeckReader.read(path: path)
        #expect(deck.pageCount == 6_000)
        #expect(deck.slides?.last?.links == ["https://meta.wikimedia.org/wiki/Item_6000"])
    }

    // MARK: Zip bombs

    /// `content.xml` is an XML start followed by 1 GiB of spaces (well-formed all the way, so only
    /// the limits can stop it), deflated to about a megabyte. Built streaming: the test never
    /// holds more than one chunk.
    static func bomb(at path: String, size: Int64 = 1 << 30) throws {
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        let mime = Data(F.odpMimetype.utf8)
        try archive.addEntry(
            with: "mimetype", type: .file, uncompressedSize: Int64(mime.count), modificationDate: F.date,
            provider: { _, _ in mime })
        let head = Data("<?xml version=\"1.0\"?><office:document-content \(F.odpNamespaces)>".utf8)
        let chunk = Data(repeating: UInt8(ascii: " "), count: 1 << 20)
        try archive.addEntry(
            with: "content.xml", type: .file, uncompressedSize: size, modificationDate: F.date, compressionMethod: .deflate,
            bufferSize: 1 << 20,
            provider: { position, count in
                guard position == 0 else { return chunk.prefix(count) }
                return head + chunk.prefix(count - head.count)
            })
    }

    /// The deck read by `transtrack-bench peak deck` in a process of its own: what the read came
    /// to (`ok …` or `error: ` and the error) and how far it raised that process's peak memory.
    static func measure(_ name: String, path: String, maxCompressionRatio: Int? = nil) throws -> ChildPeakMemory.Measurement {
        let child = try ChildPeakMemory.measure(["deck", path] + (maxCompressionRatio.map { ["--max-compression-ratio", "\($0)"] } ?? []))
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print("deck bomb \(name): file \(size) bytes, peak memory +\(child.kib) KiB: \(child.result)")
        return child
    }

    @Test func bombStopsAtTheCompressionRatio() throws {
        let scratch = try Scratch()
        let path = scratch.path("bomb.odp")
        let built = ContinuousClock.now
        try Self.bomb(at: path)
        print("deck bomb: built 1 GiB entry in \(ContinuousClock.now - built)")
        let child = try Self.measure("ratio", path: path)
        #expect(child.result == "error: \(DeckError.limitExceeded(path: path, part: "content.xml", limit: .compressionRatio, value: 200))")
        #expect(child.kib < 64 << 10)
        #expect(child.result.contains("content.xml"))
    }

    /// With the ratio check off, the part size limit stops the same bomb at 64 MiB inflated.
    @Test func bombStopsAtThePartSize() throws {
        let scratch = try Scratch()
        let path = scratch.path("bomb.odp")
        try Self.bomb(at: path, size: 96 << 20)
        let child = try Self.measure("part size", path: path, maxCompressionRatio: .max)
        #expect(child.result == "error: \(DeckError.limitExceeded(path: path, part: "content.xml", limit: .partBytes, value: 64 << 20))")
        #expect(child.kib < 64 << 10)
    }

    /// 64 MiB of zeros in the `mimetype` part, which should hold 46 bytes: refused after a kilobyte.
    @Test func bombInTheMimetype() throws {
        let scratch = try Scratch()
        let path = scratch.path("mimebomb.odp")
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        let chunk = Data(count: 1 << 20)
        try archive.addEntry(
            with: "mimetype", type: .file, uncompressedSize: Int64(64 << 20), modificationDate: F.date, compressionMethod: .deflate,
            bufferSize: 1 << 20, provider: { _, count in chunk.prefix(count) })
        let child = try Self.measure("mimetype", path: path)
        #expect(child.result == "error: \(DeckError.limitExceeded(path: path, part: "mimetype", limit: .partBytes, value: 1024))")
        #expect(child.kib < 64 << 10)
    }

    static func index(of needle: [UInt8], in bytes: [UInt8], from: Int = 0) -> Int? {
        guard bytes.count >= needle.count, from <= bytes.count - needle.count else { return nil }
        return (from...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
