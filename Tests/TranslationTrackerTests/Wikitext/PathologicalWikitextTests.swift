import Testing

@testable import TranslationTracker

/// Shapes of wikitext that once took time quadratic in their size (every problem's column counted
/// from the start of one long line; every unclosed tag searched for its close to the end of the
/// file). At 256 KiB (quadratic, that took seconds) they must parse to the right problems; the
/// speed is measured by `transtrack-bench parse-shapes` from 1 to 64 MiB, never here. The size is
/// kept small because other suites in the same process measure their peak memory.
@Suite("Wikitext: pathological shapes at 256 KiB")
struct PathologicalWikitextTests {
    static let size = 1 << 18

    @Test("256 KiB of <translate> on one line: one unclosed section, every other tag nested, at its column")
    func repeatedTranslate() {
        let tag = "<translate>"
        let count = Self.size / tag.utf8.count
        let document = WikitextDocument(String(repeating: tag, count: count))
        #expect(count == 23_831)
        #expect(document.problems.count == count)
        #expect(document.problems.first?.kind == .unclosedTranslate)
        #expect(document.problems.first.map { [$0.line, $0.column] } == [1, 1])
        #expect(document.problems.filter { $0.kind == .nestedTranslate }.count == count - 1)
        #expect(document.problems[1].column == 12)
        #expect(document.problems.last.map { [$0.line, $0.column] } == [1, 11 * (count - 1) + 1])
        #expect(document.problems.last?.message == "<translate> inside another <translate> (opened at line 1); close the first one before opening another")
        #expect(document.units.count == 1)
    }

    @Test("256 KiB of unclosed <tvar name=x> on one line: each one reported at its column")
    func unclosedVariables() {
        let tag = "<tvar name=x>"
        let count = Self.size / tag.utf8.count
        let document = WikitextDocument("<translate>\n<!--T:1-->\n" + String(repeating: tag, count: count) + "\n</translate>\n")
        #expect(count == 20_164)
        #expect(document.units.map(\.id) == ["1"])
        #expect(document.problems.count == count)
        #expect(document.problems.allSatisfy { $0.kind == .unclosedVariable && $0.line == 3 })
        #expect(document.problems.first?.column == 1)
        #expect(document.problems.last?.column == 13 * (count - 1) + 1)
        #expect(document.problems.last?.message == "<tvar> in unit 1 is not closed or has no name; write <tvar name=x>…</tvar>")
    }

    @Test("unclosed <tvar> tags then one close: only the last one before it is a variable")
    func unclosedThenClosed() {
        let scan = TranslationVariable.scan("<tvar name=a>1 <tvar name=b>2</tvar> <tvar name=c>3 <tvar|d>4</> <tvar|e>5")
        #expect(scan.variables == [TranslationVariable(name: "a", value: "1 <tvar name=b>2"), TranslationVariable(name: "d", value: "4")])
        #expect(scan.unclosed == [37, 65])
        #expect(scan.placeholderText == "$a <tvar name=c>3 $d <tvar|e>5")
    }

    @Test("256 KiB of unclosed <nowiki> on one line: each one reported at its column")
    func unclosedNowiki() {
        let tag = "<nowiki>"
        let count = Self.size / tag.utf8.count
        let document = WikitextDocument(String(repeating: tag, count: count))
        #expect(document.problems.count == count)
        #expect(document.problems.allSatisfy { $0.kind == .unclosedNowiki && $0.line == 1 })
        #expect(document.problems.last?.column == 8 * (count - 1) + 1)
    }

    @Test("positions counted on from a hint match positions counted from the line start")
    func positionHints() {
        let source = WikitextSource("\u{FEFF}ab\ncé<x>d<y>\n\n<z>")
        var hint: WikitextSource.PositionHint?
        let offsets = [0, 3, 4, 6, 7, 9, 12, 13, 17, 18, 19, 4]
        let hinted = offsets.map { offset -> [Int] in
            let position = source.position(of: offset, hint: &hint)
            return [position.line, position.column]
        }
        #expect(hinted == offsets.map { [source.position(of: $0).line, source.position(of: $0).column] })
        #expect(hinted == [[1, 1], [1, 1], [1, 2], [2, 1], [2, 2], [2, 3], [2, 6], [2, 7], [3, 1], [4, 1], [4, 2], [1, 2]])
    }
}
