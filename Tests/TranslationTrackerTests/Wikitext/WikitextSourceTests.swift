import Testing

@testable import TranslationTracker

@Suite("Source bytes: lines, columns, line endings")
struct WikitextSourceTests {
    @Test func linesOfOffsets() {
        let source = WikitextSource("ab\ncd\n\nef")
        #expect([0, 2, 3, 5, 6, 7, 9].map(source.line(of:)) == [1, 1, 2, 2, 3, 4, 4])
    }

    @Test func columnsCountCharactersNotBytes() {
        let source = WikitextSource("ab\nعربي x")
        // "عربي " is 5 characters and 9 bytes: "x" is at byte 3 + 9.
        #expect(source.position(of: 12) == (line: 2, column: 6))
        #expect(source.position(of: 3) == (line: 2, column: 1))
    }

    @Test func byteOrderMarkIsNotAColumn() {
        let source = WikitextSource("\u{FEFF}abc\nd")
        #expect(source.hasByteOrderMark)
        #expect(source.position(of: 3) == (line: 1, column: 1))
        #expect(source.position(of: 5) == (line: 1, column: 3))
        #expect(source.position(of: 7) == (line: 2, column: 1))
        #expect(!WikitextSource("abc").hasByteOrderMark)
    }

    @Test(
        "line endings judged by the first line break",
        arguments: [("a\r\nb\r\n", true), ("a\nb\r\n", false), ("a\r\nb\n", true), ("one line", false), ("\r\n", true)])
    func lineEndings(_ text: String, _ crlf: Bool) {
        #expect(WikitextSource(text).usesCRLF == crlf)
    }

    @Test func textFoldsCRLFButKeepsLoneCarriageReturns() {
        let source = WikitextSource("a\r\nb\rc\r\n")
        #expect(source.text(0..<source.bytes.count) == "a\nb\rc\n")
        #expect(source.text(0..<1) == "a")
    }
}
