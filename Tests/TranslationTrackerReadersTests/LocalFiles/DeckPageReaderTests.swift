import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerReaders

/// Local decks with their stamp records, read from the embedded dataset's generated decks.
@Suite("DeckPageReader")
struct DeckPageReaderTests {
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("cannot find the repository root from \(#filePath)")
    }()

    static func copy(_ relative: String, to scratch: Scratch, as target: String? = nil) throws {
        try scratch.write(target ?? relative, Array(try Data(contentsOf: URL(fileURLWithPath: repository + "/" + relative))))
    }

    static func reader(_ scratch: Scratch) -> DeckPageReader {
        let root = scratch.root
        return DeckPageReader(absolute: { root + "/" + $0 })
    }

    @Test("the first candidate that exists is read, with its stamp record")
    func candidatesAndRecord() throws {
        let scratch = try Scratch()
        try Self.copy("locales/ar/slides.pptx", to: scratch)
        try Self.copy("locales/ar/slides.pptx.transtrack.json", to: scratch)
        let page = try Self.reader(scratch).read(
            candidates: ["locales/ar/slides.odp", "locales/ar/slides.pptx", "locales/ar/slides.pdf"], document: "slides", language: "ar")
        #expect(page.exists)
        #expect(page.location == .file(path: "locales/ar/slides.pptx"))
        #expect(page.deck?.format == .pptx)
        #expect(page.deck?.slides?.count == 8)
        #expect(page.deckStamp?.slides.count == 8)
        #expect(page.findings.isEmpty)
    }

    @Test("no candidate: absent at the pattern's own path")
    func absent() throws {
        let page = try Self.reader(try Scratch()).read(candidates: ["fr/slides.odp", "fr/slides.pdf"], document: "slides", language: "fr")
        #expect(!page.exists)
        #expect(page.location == .file(path: "fr/slides.odp"))
    }

    @Test("a record that is not one is an error finding on the record; the deck is still read")
    func brokenRecord() throws {
        let scratch = try Scratch()
        try Self.copy("locales/fr/slides.odp", to: scratch, as: "fr/slides.odp")
        try scratch.write("fr/slides.odp.transtrack.json", "[]")
        let page = try Self.reader(scratch).read(candidates: ["fr/slides.odp"], document: "slides", language: "fr")
        #expect(page.deck?.slides?.count == 8)
        #expect(page.deckStamp == nil)
        #expect(page.findings.count == 1)
        #expect(page.findings.first?.file == "fr/slides.odp.transtrack.json")
        #expect(page.findings.first?.message.contains("transtrack stamp fr --document slides") == true)
    }

    @Test("a deck that cannot be read is an error finding naming the file once")
    func brokenDeck() throws {
        let scratch = try Scratch()
        try scratch.write("fr/slides.pptx", "not a zip")
        let page = try Self.reader(scratch).read(candidates: ["fr/slides.pptx"], document: "slides", language: "fr")
        #expect(page.exists && page.deck == nil)
        #expect(page.findings.first?.severity == .error)
        #expect(page.findings.first?.file == "fr/slides.pptx")
        #expect(page.findings.first?.message.contains(scratch.root) == false, "the message does not repeat the absolute path")
    }
}
