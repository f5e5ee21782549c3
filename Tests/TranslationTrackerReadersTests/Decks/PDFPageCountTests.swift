import Foundation
import Testing
import TranslationTracker
import TranslationTrackerReaders
import ZIPFoundation

@Suite struct PDFPageCountTests {
    typealias F = DeckFixtures

    @Test(arguments: [(1, true), (7, true), (4, false), (12, false)])
    func pageCount(pages: Int, withCount: Bool) throws {
        let scratch = try Scratch()
        let path = scratch.path("slides.pdf")
        try scratch.write("slides.pdf", F.pdf(pages: pages, withCount: withCount))
        let deck = try DeckReader.read(path: path)
        #expect(deck.format == .pdf)
        #expect(deck.pageCount == pages)
        #expect(deck.slides == nil)
        #expect(deck.sha1.count == 40)
    }

    /// The root's `/Count` wins over the pages found (which may include pages of an older revision).
    @Test func theRootCountWins() throws {
        let scratch = try Scratch()
        var bytes = F.pdf(pages: 3)
        bytes += Array("5 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\n".utf8)
        try scratch.write("slides.pdf", bytes)
        #expect(try DeckReader.read(path: scratch.path("slides.pdf")).pageCount == 3)
    }

    /// PDF 1.5 object streams: the page tree is inside a Flate-compressed `/Type /ObjStm`.
    @Test func pageTreeInAnObjectStream() throws {
        let objects = "1 0 2 40 << /Type /Catalog /Pages 2 0 R >> << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>"
        let compressed = try [0x78, 0x9C] + Self.deflate(Array(objects.utf8)) + [0, 0, 0, 0]
        var bytes = Array("%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 2 /First 8 /Filter /FlateDecode /Length \(compressed.count) >>\nstream\n".utf8)
        bytes += compressed
        bytes += Array("\nendstream\nendobj\n%%EOF\n".utf8)
        let scratch = try Scratch()
        try scratch.write("slides.pdf", bytes)
        #expect(try DeckReader.read(path: scratch.path("slides.pdf")).pageCount == 2)
    }

    @Test func noPageTree() throws {
        let scratch = try Scratch()
        let path = scratch.path("odd.pdf")
        try scratch.write("odd.pdf", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n")
        let error = try #require(throws: DeckError.self) { try DeckReader.read(path: path) }
        guard case .pageCountUnknown(let at, _) = error else { Issue.record("unexpected \(error)"); return }
        #expect(at == path)
        print(error)
    }

    static func deflate(_ bytes: [UInt8]) throws -> [UInt8] {
        var output: [UInt8] = []
        let data = Data(bytes)
        _ = try Data.compress(
            size: Int64(data.count), bufferSize: 4096,
            provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) },
            consumer: { output += $0 })
        return output
    }
}
