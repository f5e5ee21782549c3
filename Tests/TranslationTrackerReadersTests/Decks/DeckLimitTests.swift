import Foundation
import Testing
import TranslationTracker
import TranslationTrackerReaders
import ZIPFoundation

/// The deck limits other than the bombs' (DeckHostileTests): the bytes of all parts together,
/// the size of a PDF, and what a PDF's object streams may inflate to, each shown with a limit
/// small enough to reach on a small deck, and the same deck read under the next limit up.
@Suite struct DeckLimitTests {
    typealias F = DeckFixtures

    @Test("the parts together inflate past maxTotalBytes: refused at the part that crosses it")
    func totalBytes() throws {
        let scratch = try Scratch()
        let path = scratch.path("parts.odp")
        // Stored, so the ratio check plays no part: content.xml alone holds more than 2,500 bytes.
        let frames = (1...40).map { F.odpFrame("<text:p>Paragraph \($0) of the deck, long enough to count.</text:p>") }
        try F.zip([("mimetype", F.odpMimetype), ("content.xml", F.odpContent(frames))], to: path, method: .none)
        #expect(throws: DeckError.limitExceeded(path: path, part: "content.xml", limit: .totalBytes, value: 2_500)) {
            try DeckReader.read(path: path, limits: DeckLimits(maxTotalBytes: 2_500))
        }
        #expect(try DeckReader.read(path: path, limits: DeckLimits(maxTotalBytes: 64_000)).pageCount == 40)
    }

    @Test("a PDF larger than maxPDFBytes is refused before it is read; one byte more allowed reads it")
    func pdfBytes() throws {
        let scratch = try Scratch()
        let bytes = F.pdf(pages: 3)
        try scratch.write("slides.pdf", bytes)
        let path = scratch.path("slides.pdf")
        let size = bytes.count
        #expect(throws: DeckError.limitExceeded(path: path, part: nil, limit: .pdfBytes, value: size - 1)) {
            try DeckReader.read(path: path, limits: DeckLimits(maxPDFBytes: size - 1))
        }
        #expect(try DeckReader.read(path: path, limits: DeckLimits(maxPDFBytes: size)).pageCount == 3)
    }

    /// The page tree in a Flate object stream that inflates to 90 bytes.
    static func objectStreamPDF() throws -> [UInt8] {
        let objects = "1 0 2 40 << /Type /Catalog /Pages 2 0 R >> << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>"
        #expect(objects.utf8.count == 90)
        let compressed = try [0x78, 0x9C] + PDFPageCountTests.deflate(Array(objects.utf8)) + [0, 0, 0, 0]
        var bytes = Array("%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 2 /First 8 /Filter /FlateDecode /Length \(compressed.count) >>\nstream\n".utf8)
        bytes += compressed
        bytes += Array("\nendstream\nendobj\n%%EOF\n".utf8)
        return bytes
    }

    @Test(
        "a PDF object stream is inflated only up to the part limit, and all of them up to the total",
        arguments: [
            (DeckLimits(maxPartBytes: 64), false), (DeckLimits(maxTotalBytes: 64), false),
            (DeckLimits(maxPartBytes: 4096, maxTotalBytes: 4096), true),
        ])
    func pdfInflate(_ limits: DeckLimits, _ readable: Bool) throws {
        let scratch = try Scratch()
        try scratch.write("slides.pdf", try Self.objectStreamPDF())
        let path = scratch.path("slides.pdf")
        if readable {
            #expect(try DeckReader.read(path: path, limits: limits).pageCount == 2)
        } else {
            #expect(throws: DeckError.pageCountUnknown(path: path, reason: "its page tree is in object streams transtrack cannot inflate")) {
                try DeckReader.read(path: path, limits: limits)
            }
        }
    }
}
