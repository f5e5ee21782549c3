import Testing

@testable import TranslationTracker

@Suite("Documents: derived ids, lookup, dump")
struct WikitextDocumentTests {
    static let threeParagraphs = "Our budget grows.\n\nWe hire engineers.\n\nQuestions welcome."

    @Test func derivedIDIsHPlusTheFingerprintPrefix() throws {
        let document = WikitextDocument("We hire engineers.")
        let unit = try #require(document.units.first)
        let expected = "h" + String(Fingerprint(unitText: "We hire engineers.").digest.prefix(8))
        #expect(unit.id.rawValue == expected)
        #expect(unit.idSource == .derived)
        #expect(!document.hasMarkers)
    }

    @Test func derivedIDsStayWhenAnotherParagraphIsEdited() {
        let before = WikitextDocument(Self.threeParagraphs)
        let after = WikitextDocument("Our budget grows.\n\nWe hire many engineers.\n\nQuestions welcome.")
        #expect(before.units[0].id == after.units[0].id)
        #expect(before.units[1].id != after.units[1].id)
        #expect(before.units[2].id == after.units[2].id)
    }

    @Test func derivedIDsStayWhenAParagraphIsInserted() {
        let before = WikitextDocument(Self.threeParagraphs)
        let after = WikitextDocument("A new opening line.\n\nOur budget grows.\n\nWe hire engineers.\n\n== New heading ==\nQuestions welcome.")
        #expect(after.units.count == 5)
        let afterIDs = Set(after.units.map(\.id))
        for unit in before.units { #expect(afterIDs.contains(unit.id), "\(unit.text) changed id") }
    }

    @Test func derivedIDsIgnoreRewrapping() {
        let narrow = WikitextDocument("Our budget\ngrows.")
        let wide = WikitextDocument("Our budget grows.")
        #expect(narrow.units.map(\.id) == wide.units.map(\.id))
    }

    @Test func identicalTextsGetNumberedSuffixes() throws {
        let document = WikitextDocument("Same.\n\nOther.\n\nSame.\n\nSame.")
        let base = try #require(document.units.first?.id.rawValue)
        #expect(document.units.map(\.id.rawValue) == [base, document.units[1].id.rawValue, base + "-2", base + "-3"])
        #expect(document.units[1].id.rawValue != base)
        // Suffixed ids are not duplicates.
        #expect(document.problems.isEmpty)
    }

    @Test func markedAndUnmarkedUnitsMix() {
        let document = WikitextDocument("<!--T:1-->\nMarked.\n\nUnmarked.")
        #expect(document.units.map(\.idSource) == [.marker, .derived])
        #expect(document.hasMarkers)
    }

    @Test func lookupByIDFindsTheFirstUnit() {
        let document = WikitextDocument("<!--T:3-->\nThree.\n\n<!--T:10-->\nTen.")
        #expect(document.unit("10")?.text == "Ten.")
        #expect(document.unit("3")?.text == "Three.")
        #expect(document.unit("4") == nil)
    }

    @Test func parsingBytesEqualsParsingText() {
        let text = "== Goals == <!--T:1-->\n\n<!--T:2-->\nنص."
        #expect(WikitextDocument(bytes: utf8(text)).dump == WikitextDocument(text).dump)
    }

    @Test func dumpShowsProblemsAfterUnits() {
        let document = WikitextDocument("<!--T:1 src=1a2b3c4d5e-->\nWe plan.\n\n<!--T:1-->\nAgain.")
        #expect(
            document.dump == """
                1 marker paragraph line 1 src=1a2b3c4d5e: We plan.
                1 marker paragraph line 4: Again.
                problem duplicateUnit 4:1: unit id 1 is used twice (first at line 1); give this unit a new id or merge the two
                """)
    }

    @Test func unitTextAndTranslatableText() throws {
        let document = WikitextDocument("<!--T:5-->\nWrite to <tvar name=mail>planning@example.org</tvar> now.")
        let unit = try #require(document.unit("5"))
        #expect(unit.text == "Write to <tvar name=mail>planning@example.org</tvar> now.")
        #expect(unit.translatableText == "Write to $mail now.")
        #expect(unit.variables == [TranslationVariable(name: "mail", value: "planning@example.org")])
        #expect(unit.fingerprint == Fingerprint(unitText: "Write to $mail now."))
    }
}
