import Testing

@testable import TranslationTracker

@Suite("Marking an English source")
struct SourceMarkerTests {
    @Test func newIDsContinueAfterTheLargestAndExistingMarkersStay() {
        let text = """
            <translate>
            <!--T:4-->
            == Goals ==

            We plan a budget.

            <!--T:2--> Already marked.

            === Means ===
            * Hire engineers.
            </translate>
            """
        let document = WikitextDocument(text)
        let result = SourceMarker().mark(document)
        let expected = """
            <translate>
            <!--T:4-->
            == Goals ==

            <!--T:5-->
            We plan a budget.

            <!--T:2--> Already marked.

            === Means === <!--T:6-->
            <!--T:7-->
            * Hire engineers.
            </translate>
            """
        #expect(result.bytes == utf8(expected))
        let derived = document.units.filter { $0.idSource == .derived }.map(\.id)
        #expect(result.assigned.map(\.0) == derived)
        #expect(result.assigned.map(\.1) == ["5", "6", "7"])
    }

    @Test func markingKeepsTheTextAndLeavesNoProblems() {
        let text = "== Goals ==\nWe plan.\n\nMore text\non two lines.\n\n{|\n| a\n|}"
        let before = WikitextDocument(text)
        let after = WikitextDocument(bytes: SourceMarker().mark(before).bytes)
        #expect(after.units.map(\.text) == before.units.map(\.text))
        #expect(after.units.map(\.id) == ["1", "2", "3", "4"])
        #expect(after.units.allSatisfy { $0.idSource == .marker })
        #expect(after.units.map(\.fingerprint) == before.units.map(\.fingerprint))
        #expect(after.problems.isEmpty)
    }

    @Test func nonNumericIDsDoNotCountForTheNextNumber() {
        let result = SourceMarker().mark(WikitextDocument("<!--T:intro-->\nIntro.\n\nBody."))
        #expect(result.bytes == utf8("<!--T:intro-->\nIntro.\n\n<!--T:1-->\nBody."))
        #expect(result.assigned.map(\.1) == ["1"])
    }

    @Test func fullyMarkedSourceIsUnchanged() throws {
        let bytes = try Fixture.bytes("annual-plan/en.wiki")
        let result = SourceMarker().mark(WikitextDocument(bytes: bytes))
        #expect(result.bytes == bytes)
        #expect(result.assigned.isEmpty)
    }

    @Test func crlfAndByteOrderMarkAreKept() {
        let result = SourceMarker().mark(WikitextDocument("\u{FEFF}== Goals ==\r\n\r\nWe plan.\r\n"))
        #expect(result.bytes == utf8("\u{FEFF}== Goals == <!--T:1-->\r\n\r\n<!--T:2-->\r\nWe plan.\r\n"))
    }
}
