import Testing

@testable import TranslationTrackerReports

@Suite("Replacing the marked block of a wiki page")
struct WikitextBlockTests {
    static let block = "\(WikitextBlock.begin)\n{| class=\"wikitable\"\n| new\n|}\n\(WikitextBlock.end)\n"
    static let old = "\(WikitextBlock.begin)\n{| class=\"wikitable\"\n| old\n|}\n\(WikitextBlock.end)"

    @Test("only the marked part changes; text before and after is kept byte for byte")
    func replacesBetweenMarkers() throws {
        let page = "Intro with ''wikitext'' and {{Template}}.\n\n\(Self.old)\n\n[[Category:Annual Plan]]\n"
        let updated = try WikitextBlock.replace(in: page, with: Self.block)
        #expect(updated == "Intro with ''wikitext'' and {{Template}}.\n\n\(WikitextBlock.begin)\n{| class=\"wikitable\"\n| new\n|}\n\(WikitextBlock.end)\n\n[[Category:Annual Plan]]\n")
    }

    @Test("markers in the middle of a line keep the rest of the line")
    func inlineMarkers() throws {
        let page = "before \(WikitextBlock.begin)x\(WikitextBlock.end) after"
        #expect(try WikitextBlock.replace(in: page, with: "\(WikitextBlock.begin)y\(WikitextBlock.end)\n") == "before \(WikitextBlock.begin)y\(WikitextBlock.end) after")
    }

    @Test("replacing twice gives what replacing once gives")
    func idempotent() throws {
        for page in ["", "Intro", "Intro\n", "Intro\n\(Self.old)\nOutro", "\r\nCRLF page\r\n\(Self.old)\r\n"] {
            let once = try WikitextBlock.replace(in: page, with: Self.block)
            #expect(try WikitextBlock.replace(in: once, with: Self.block) == once, "\(page)")
        }
    }

    @Test("a page without markers gets the block appended on a line of its own")
    func appends() throws {
        #expect(try WikitextBlock.replace(in: "", with: Self.block) == Self.block)
        #expect(try WikitextBlock.replace(in: "Intro", with: Self.block) == "Intro\n" + Self.block)
        #expect(try WikitextBlock.replace(in: "Intro\n", with: Self.block) == "Intro\n" + Self.block)
    }

    @Test("CRLF line endings around the block are kept")
    func crlf() throws {
        let page = "Intro\r\n\(Self.old)\r\nOutro\r\n"
        let updated = try WikitextBlock.replace(in: page, with: Self.block)
        #expect(updated.hasPrefix("Intro\r\n\(WikitextBlock.begin)\n"))
        #expect(updated.hasSuffix("\(WikitextBlock.end)\r\nOutro\r\n"))
    }

    @Test(arguments: [
        ("a\n\(WikitextBlock.begin)\nb\n", WikitextBlock.Problem.missingEnd(beginLine: 2)),
        ("a\nb\n\(WikitextBlock.end)\n", .missingBegin(endLine: 3)),
        ("\(WikitextBlock.end)\nx\n\(WikitextBlock.begin)\n", .endBeforeBegin(beginLine: 3, endLine: 1)),
        ("\(WikitextBlock.begin)\n\(WikitextBlock.begin)\n\(WikitextBlock.end)\n", .duplicateMarker(marker: WikitextBlock.begin, lines: [1, 2])),
        (
            "\(WikitextBlock.begin)\n\(WikitextBlock.end)\n\(WikitextBlock.begin)\n\(WikitextBlock.end)\n",
            .duplicateMarker(marker: WikitextBlock.begin, lines: [1, 3])
        ),
        ("\(WikitextBlock.begin)\n\(WikitextBlock.end)\n\(WikitextBlock.end)\n", .duplicateMarker(marker: WikitextBlock.end, lines: [2, 3])),
    ])
    func unsafePages(_ page: String, _ problem: WikitextBlock.Problem) {
        #expect(throws: problem) { try WikitextBlock.replace(in: page, with: Self.block) }
    }

    @Test("a block that is not one marked block is refused, so a bad render never reaches a page")
    func invalidBlocks() {
        for block in ["no markers", WikitextBlock.begin + "\nx\n", "\(WikitextBlock.end)\n\(WikitextBlock.begin)\n", Self.block + Self.block] {
            #expect(throws: WikitextBlock.Problem.self) { try WikitextBlock.replace(in: "page", with: block) }
        }
    }

    @Test("problems say where and what to do")
    func messages() {
        #expect(WikitextBlock.Problem.missingEnd(beginLine: 4).description.contains("line 4"))
        #expect(WikitextBlock.Problem.duplicateMarker(marker: WikitextBlock.end, lines: [2, 9]).description.contains("lines 2, 9"))
        #expect(WikitextBlock.Problem.endBeforeBegin(beginLine: 3, endLine: 1).description.contains("put the begin marker first"))
    }
}
