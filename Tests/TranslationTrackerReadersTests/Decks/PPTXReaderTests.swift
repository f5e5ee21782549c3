import Foundation
import Testing
import TranslationTracker
import TranslationTrackerReaders

@Suite struct PPTXReaderTests {
    typealias F = DeckFixtures

    /// Presentation order comes from `ppt/presentation.xml`, not from the slide parts' names:
    /// slide3.xml is shown first here.
    @Test func orderFromThePresentationAndLinksThroughRelationships() throws {
        let scratch = try Scratch()
        let path = scratch.path("slides.pptx")
        try F.pptx(
            order: [3, 1, 2],
            slides: [
                1: ["<a:p><a:r><a:t>Budget: </a:t></a:r><a:r><a:rPr><a:hlinkClick r:id=\"rIdLink1\"/></a:rPr><a:t>$177 million</a:t></a:r></a:p>"],
                2: ["<a:p><a:r><a:t>Line one</a:t></a:r><a:br/><a:r><a:t>line two</a:t></a:r></a:p>", "<a:p/>",
                    "<a:p><a:fld id=\"{1}\" type=\"slidenum\"><a:t>3</a:t></a:fld></a:p>"],
                3: ["<a:p><a:r><a:t>Annual Plan</a:t></a:r><a:r><a:t xml:space=\"preserve\"> 2023–2024</a:t></a:r></a:p>",
                    "<a:p><a:r><a:t>Wikimedia Foundation</a:t></a:r></a:p>"],
            ],
            links: [1: [("rIdLink1", "https://meta.wikimedia.org/wiki/Budget")], 3: []],
            at: path)
        let deck = try DeckReader.read(path: path)
        #expect(deck.format == .pptx)
        #expect(deck.pageCount == 3)
        let slides = try #require(deck.slides)
        #expect(slides.map(\.number) == [1, 2, 3])
        #expect(slides[0].paragraphs == ["Annual Plan 2023–2024", "Wikimedia Foundation"])
        #expect(slides[1].paragraphs == ["Budget: $177 million"])
        #expect(slides[1].links == ["https://meta.wikimedia.org/wiki/Budget"])
        #expect(slides[2].paragraphs == ["Line one\nline two", "3"])
        #expect(slides[0].links.isEmpty && slides[2].links.isEmpty)
    }

    /// A click that jumps to another slide is an internal relationship: not a link target.
    @Test func internalJumpsAreNotLinks() throws {
        let scratch = try Scratch()
        let path = scratch.path("jump.pptx")
        let presentation = "<p:presentation \(F.pptxNamespaces)><p:sldIdLst><p:sldId id=\"256\" r:id=\"s1\"/></p:sldIdLst></p:presentation>"
        try F.zip(
            [("ppt/presentation.xml", presentation),
             ("ppt/_rels/presentation.xml.rels", F.relationships([("s1", F.slideType, "slides/slide1.xml", false)])),
             ("ppt/slides/slide1.xml", F.pptxSlide([
                "<a:p><a:r><a:rPr><a:hlinkClick r:id=\"j\" action=\"ppaction://hlinksldjump\"/></a:rPr><a:t>Next</a:t></a:r></a:p>",
                "<a:p><a:r><a:rPr><a:hlinkClick r:id=\"\" action=\"ppaction://hlinkshowjump?jump=nextslide\"/></a:rPr><a:t>On</a:t></a:r>"
                    + "<a:r><a:rPr><a:hlinkClick r:id=\"w\"/></a:rPr><a:t>Wiki</a:t></a:r></a:p>"])),
             ("ppt/slides/_rels/slide1.xml.rels",
              F.relationships([("j", F.slideType, "slide2.xml", false), ("w", F.hyperlinkType, "https://www.wikimedia.org/", true)]))],
            to: path)
        let slide = try #require(try DeckReader.read(path: path).slides?.first)
        #expect(slide.paragraphs == ["Next", "OnWiki"])
        #expect(slide.links == ["https://www.wikimedia.org/"])
    }

    @Test func aSlideMissingFromThePackageIsNamed() throws {
        let scratch = try Scratch()
        let path = scratch.path("broken.pptx")
        try F.pptx(order: [1, 2], slides: [1: ["<a:p><a:r><a:t>One</a:t></a:r></a:p>"]], at: path)
        #expect(throws: DeckError.missingPart(path: path, part: "ppt/slides/slide2.xml")) {
            try DeckReader.read(path: path)
        }
    }

    @Test func partNamesResolveRelativeTargets() throws {
        let scratch = try Scratch()
        let path = scratch.path("absolute.pptx")
        // An absolute target (from the package root) and a `..` one reach the same parts.
        let presentation = "<p:presentation \(F.pptxNamespaces)><p:sldIdLst><p:sldId id=\"256\" r:id=\"a\"/><p:sldId id=\"257\" r:id=\"b\"/></p:sldIdLst></p:presentation>"
        try F.zip(
            [("ppt/presentation.xml", presentation),
             ("ppt/_rels/presentation.xml.rels",
              F.relationships([("a", F.slideType, "/ppt/slides/slide1.xml", false), ("b", F.slideType, "../ppt/slides/./slide2.xml", false)])),
             ("ppt/slides/slide1.xml", F.pptxSlide(["<a:p><a:r><a:t>First</a:t></a:r></a:p>"])),
             ("ppt/slides/slide2.xml", F.pptxSlide(["<a:p><a:r><a:t>Second</a:t></a:r></a:p>"]))],
            to: path)
        #expect(try DeckReader.read(path: path).slides?.map(\.text) == ["First", "Second"])
    }

    @Test func notAPresentation() throws {
        let scratch = try Scratch()
        let path = scratch.path("word.pptx")
        try F.zip([("word/document.xml", "<w:document xmlns:w=\"urn:w\"/>")], to: path)
        #expect(throws: DeckError.missingPart(path: path, part: "ppt/presentation.xml")) {
            try DeckReader.read(path: path)
        }
    }
}
