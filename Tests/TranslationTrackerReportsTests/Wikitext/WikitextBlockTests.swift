import Testing

@testable import TranslationTrackerReports

@Suite("Replacing the marked block of a page before publishing")
struct WikitextBlockTests {
    static let begin = WikitextBlock.begin, end = WikitextBlock.end
    static let block = "\(begin)\n{| class=\"wikitable\"\n| new\n|}\n\(end)\n"
    static let newBlock = "\(begin)\n{| class=\"wikitable\"\n| new\n|}\n\(end)"

    @Test("only the marked part changes; text before and after, trailing text included, is kept byte for byte")
    func keepsEverythingElse() throws {
        let page = "Intro with ''wikitext'', {{Template}} and émojis 🎉.\n\n\(Self.begin)\nold\n\(Self.end)\n\n[[Category:Annual Plan]]\ntrailing  "
        #expect(
            try WikitextBlock.replace(in: page, with: Self.block)
                == "Intro with ''wikitext'', {{Template}} and émojis 🎉.\n\n\(Self.newBlock)\n\n[[Category:Annual Plan]]\ntrailing  ")
    }

    @Test("text on the marker lines themselves stays")
    func inlineMarkers() throws {
        let page = "before \(Self.begin)x\(Self.end) after"
        #expect(try WikitextBlock.replace(in: page, with: Self.block) == "before \(Self.newBlock) after")
    }

    @Test("replacing again with the same block changes nothing")
    func idempotent() throws {
        for page in ["\(Self.begin)\(Self.end)", "Intro\n\(Self.begin)\nold\n\(Self.end)\nOutro", "\r\nCRLF\r\n\(Self.begin)\r\nold\r\n\(Self.end)\r\n"] {
            let once = try WikitextBlock.replace(in: page, with: Self.block)
            #expect(try WikitextBlock.replace(in: once, with: Self.block) == once, "\(page)")
        }
    }

    @Test("on a CRLF page, the block's line breaks become CRLF and the rest stays")
    func crlf() throws {
        let page = "\u{FEFF}Intro\r\n\(Self.begin)\r\nold\r\n\(Self.end)\r\nOutro\r\n"
        let updated = try WikitextBlock.replace(in: page, with: Self.block)
        #expect(Array(updated.utf8) == Array("\u{FEFF}Intro\r\n\(Self.begin)\r\n{| class=\"wikitable\"\r\n| new\r\n|}\r\n\(Self.end)\r\nOutro\r\n".utf8))
    }

    @Test(
        "unsafe pages are refused, naming the lines",
        arguments: [
            ("Intro\n\nNo markers here.\n", WikitextBlock.Problem.noMarkers),
            ("", .noMarkers),
            ("a\n\(begin)\nb\n", .missingEnd(beginLine: 2)),
            ("a\nb\n\(end)\n", .missingBegin(endLine: 3)),
            ("\(end)\nx\n\(begin)\n", .endBeforeBegin(beginLine: 3, endLine: 1)),
            ("\(begin)\n\(begin)\n\(end)\n", .duplicateMarker(marker: begin, lines: [1, 2])),
            ("\(begin)\n\(end)\n\(begin)\n\(end)\n", .duplicateMarker(marker: begin, lines: [1, 3])),
            ("\(begin)\n\(end)\nx\r\n\(end)\n", .duplicateMarker(marker: end, lines: [2, 4])),
        ])
    func unsafePages(_ page: String, _ problem: WikitextBlock.Problem) {
        #expect(throws: problem) { try WikitextBlock.replace(in: page, with: Self.block) }
    }

    @Test("the messages say what to do")
    func messages() {
        #expect(WikitextBlock.Problem.noMarkers.description.contains("add both"))
        #expect(WikitextBlock.Problem.endBeforeBegin(beginLine: 3, endLine: 1).description.contains("line 1"))
        #expect(WikitextBlock.Problem.duplicateMarker(marker: Self.begin, lines: [1, 3]).description.contains("lines 1, 3"))
    }

    @Test("a block that is not one marked block is refused", arguments: ["no markers", "\(end)\n\(begin)", "\(begin)\(begin)\(end)", "x\(begin)\(end)"])
    func invalidBlocks(_ block: String) {
        #expect(throws: WikitextBlock.Problem.invalidBlock) { try WikitextBlock.replace(in: "\(Self.begin)\(Self.end)", with: block) }
        #expect(throws: WikitextBlock.Problem.invalidBlock) { try WikitextBlock.newPage(block) }
    }

    @Test("a new page holds just the block, without the trailing line break MediaWiki would trim")
    func newPage() throws {
        #expect(try WikitextBlock.newPage(Self.block) == Self.newBlock)
    }
}
