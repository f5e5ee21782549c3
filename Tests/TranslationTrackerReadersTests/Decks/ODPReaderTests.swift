import Foundation
import Testing
import TranslationTracker
import TranslationTrackerReaders

@Suite struct ODPReaderTests {
    typealias F = DeckFixtures

    static let english = [
        F.odpFrame("<text:h>Annual Plan <text:span text:style-name=\"T1\">2023–2024</text:span></text:h>")
            + F.odpFrame("<text:p>Our   budget\n   is <text:span>$177</text:span><text:s text:c=\"3\"/>million.</text:p><text:p/>")
            + "<presentation:notes>" + F.odpFrame("<text:p>Speaker: pause here.</text:p>") + "</presentation:notes>",
        F.odpFrame(
            "<text:p>Read <text:a xlink:type=\"simple\" xlink:href=\"https://meta.wikimedia.org/wiki/Plan\">the plan</text:a>"
                + "<text:tab/>now<text:line-break/>or later.</text:p>"
                + "<text:p><text:a xlink:href=\"#page1\">Back</text:a></text:p>"),
        F.odpFrame("<text:list><text:list-item><text:p>Equity</text:p></text:list-item>"
            + "<text:list-item><text:p>Safety</text:p></text:list-item></text:list>"),
    ]

    @Test func slidesParagraphsSpacesAndLinks() throws {
        let scratch = try Scratch()
        let path = scratch.path("slides.odp")
        try F.odp(Self.english, at: path)
        let deck = try DeckReader.read(path: path)
        #expect(deck.format == .odp)
        #expect(deck.pageCount == 3)
        let slides = try #require(deck.slides)
        #expect(slides.map(\.unit) == [UnitID("slide-1"), UnitID("slide-2"), UnitID("slide-3")])
        // Collapsed white space, text:s kept, the empty paragraph and the speaker notes dropped.
        #expect(slides[0].paragraphs == ["Annual Plan 2023–2024", "Our budget is $177   million."])
        #expect(slides[1].paragraphs == ["Read the plan\tnow\nor later.", "Back"])
        // The in-deck jump (#page1) is not a link target.
        #expect(slides[1].links == ["https://meta.wikimedia.org/wiki/Plan"])
        #expect(slides[2].paragraphs == ["Equity", "Safety"])
        #expect(slides[0].links.isEmpty)
        #expect(deck.sha1.count == 40)
    }

    @Test func theSameDeckGivesTheSameBytesAndSHA1() throws {
        let scratch = try Scratch()
        try F.odp(Self.english, at: scratch.path("a.odp"))
        try F.odp(Self.english, at: scratch.path("b.odp"))
        let a = try DeckReader.read(path: scratch.path("a.odp"))
        let b = try DeckReader.read(path: scratch.path("b.odp"))
        #expect(a.sha1 == b.sha1)
        #expect(a == b)
        try F.odp(Array(Self.english.dropLast()), at: scratch.path("c.odp"))
        #expect(try DeckReader.read(path: scratch.path("c.odp")).sha1 != a.sha1)
    }

    /// A translation that lost a slide: the reader reports what is there, slide by slide, so
    /// the comparison with the English can name the slide that is missing.
    @Test func aTranslationMissingASlide() throws {
        let scratch = try Scratch()
        try F.odp(Self.english, at: scratch.path("en.odp"))
        try F.odp(
            [F.odpFrame("<text:h>Plan annuel 2023–2024</text:h>"),
             F.odpFrame("<text:list><text:list-item><text:p>Équité</text:p></text:list-item></text:list>")],
            at: scratch.path("fr.odp"))
        let english = try DeckReader.read(path: scratch.path("en.odp"))
        let french = try DeckReader.read(path: scratch.path("fr.odp"))
        #expect(english.pageCount == 3)
        #expect(french.pageCount == 2)
        #expect(french.slides?.map(\.text) == ["Plan annuel 2023–2024", "Équité"])
        let englishUnits = Set(english.slides?.map(\.unit) ?? [])
        let frenchUnits = Set(french.slides?.map(\.unit) ?? [])
        #expect(englishUnits.subtracting(frenchUnits) == [UnitID("slide-3")])
    }

    @Test func anotherODFDocumentIsNotAPresentation() throws {
        let scratch = try Scratch()
        let path = scratch.path("text.odp")
        try F.odp(Self.english, at: path, mimetype: "application/vnd.oasis.opendocument.text")
        #expect(throws: DeckError.notAPresentation(path: path, found: "application/vnd.oasis.opendocument.text")) {
            try DeckReader.read(path: path)
        }
    }

    @Test func missingContentIsNamed() throws {
        let scratch = try Scratch()
        let path = scratch.path("empty.odp")
        try F.zip([("mimetype", "application/vnd.oasis.opendocument.presentation")], to: path)
        let error = try #require(throws: DeckError.self) { try DeckReader.read(path: path) }
        #expect(error == .missingPart(path: path, part: "content.xml"))
        #expect(error.description.contains("content.xml"))
        #expect(error.description.hasPrefix(path + ": error:"))
    }
}
