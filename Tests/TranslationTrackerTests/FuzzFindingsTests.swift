import Testing

@testable import TranslationTracker

/// What `scripts/fuzz` found, each pinned as a plain example. The inputs that found them stay in
/// the fuzz corpora (`Tests/TranslationTrackerFuzzingTests/Corpus/*/crash-*`) too.
@Suite("Fuzzer findings")
struct FuzzFindingsTests {
    @Test("An unclosed marker after a heading is no marker and cuts no unit (was: a trap on a reversed range)")
    func unclosedMarkerAfterHeading() {
        let document = WikitextDocument("== Goals == <!--T:1-->\n\n<!--T:2 src=1a2c are read\n* two\n")
        #expect(document.units.map(\.id) == ["1", "hf88d7619"])
        #expect(document.units.map(\.text) == ["== Goals ==", "<!--T:2 src=1a2c are read\n* two"])
        #expect(document.problems.map(\.kind) == [.unclosedComment])
    }

    @Test("A file that is only an unclosed marker opener parses (was: a trap cutting the marker's body)")
    func unclosedMarkerAtEnd() {
        let document = WikitextDocument("<!--T:")
        #expect(document.units.map(\.text) == ["<!--T:"])
        #expect(document.problems.map(\.kind) == [.unclosedComment])
    }

    @Test("A derived id never takes an id a marker holds, so stamping one of two equal paragraphs keeps the other's id")
    func derivedIDAvoidsMarkerIDs() {
        let translation = WikitextDocument("-\n\n-")
        #expect(translation.units.map(\.id) == ["h3973e022", "h3973e022-2"])
        let result = Stamper().stamp(translation: translation, source: WikitextDocument("-"))
        #expect(String(decoding: result.bytes, as: UTF8.self) == "<!--T:h3973e022 src=3973e022e9-->\n-\n\n-")
        let stamped = WikitextDocument(bytes: result.bytes)
        #expect(stamped.units.map(\.id) == ["h3973e022", "h3973e022-2"])
        #expect(stamped.problems.isEmpty)
        let again = Stamper().stamp(translation: stamped, source: WikitextDocument("-"))
        #expect(again.stamped.isEmpty)
        #expect(again.bytes == result.bytes)
    }

    @Test("Stamping nothing leaves the bytes alone, even in a file matched by position (was: bare markers written)")
    func nothingStampedNothingWritten() {
        let english = WikitextDocument("== Goals ==\n\nWe plan.\n")
        let translation = WikitextDocument("== Objectifs ==\n\nNous planifions.\n")
        let result = Stamper().stamp(translation: translation, source: english, units: ["h00000000"])
        #expect(result.stamped.isEmpty)
        #expect(result.bytes == translation.source.bytes)
        #expect(result.skipped.map(\.1) == ["no unit h00000000 in the English source"])
    }

    @Test("A unit inside a comment gets no marker from stamp or mark (was: the marker written into the comment)")
    func noMarkerInsideComment() {
        // MediaWiki hides both: a comment across a blank line, and one never closed.
        for text in ["<!--\n\n-->", "<!--\n\nT"] {
            let document = WikitextDocument(text)
            let second = document.units[1]
            let stamp = Stamper().stamp(translation: document, source: document, units: [second.id])
            #expect(stamp.stamped.isEmpty)
            #expect(stamp.bytes == document.source.bytes)
            #expect(
                stamp.skipped.map(\.1) == [
                    "unit \(second.id) lies inside the comment '<!--' opened on line 1; a marker there would be part of the comment, so close the comment before the unit"
                ])
            let mark = SourceMarker().mark(document)
            #expect(mark.assigned.map(\.1) == ["1"])
            #expect(mark.skipped.map(\.0) == [second.id])
            #expect(String(decoding: mark.bytes, as: UTF8.self) == "<!--T:1-->\n" + text)
        }
    }

    @Test("Equally close suggestions are chosen alphabetically, not by set order (was: 'frwiki' or 'ruwiki' from run to run)")
    func suggestionTies() {
        for _ in 0..<20 {
            let wikis = Set((0..<50).map { "wiki\($0)" } + ["frwiki", "ruwiki"])
            #expect(Suggestion.closest(to: "rwaiki", in: wikis) == "frwiki")
        }
        #expect(Suggestion.closest(to: "rwaiki", in: ["ruwiki", "frwiki"]) == "frwiki")
    }

    @Test("A unit that does not start its line gets no new marker (was: a misplaced marker and a lost id)")
    func newMarkerMustStartOrEndItsLine() {
        let afterInvalidMarker = WikitextDocument("<!--T:-->e")
        let unit = afterInvalidMarker.units[0]
        let stamp = Stamper().stamp(translation: afterInvalidMarker, source: afterInvalidMarker, units: [unit.id])
        #expect(stamp.bytes == afterInvalidMarker.source.bytes)
        #expect(
            stamp.skipped.map(\.1) == [
                "unit \(unit.id) on line 1 does not start its line; a marker must start the line, so put the unit's text on a line of its own"
            ])
        // A heading's trailing comment is part of its line: the marker goes after it, and reads back.
        let headingWithNote = WikitextDocument("== Goals == <!-- keep short -->\n\nText.\n")
        let mark = SourceMarker().mark(headingWithNote)
        #expect(mark.skipped.isEmpty)
        #expect(String(decoding: mark.bytes, as: UTF8.self) == "== Goals == <!-- keep short --> <!--T:1-->\n\n<!--T:2-->\nText.\n")
        #expect(WikitextDocument(bytes: mark.bytes).units.map(\.id) == ["1", "2"])
    }

    @Test("A heading that runs into an unclosed comment gets no marker at the end of the file (was: the marker became comment)")
    func noMarkerAtTheEndOfAnUnclosedComment() {
        let document = WikitextDocument("=<!--=")
        let heading = document.units[0]
        let stamp = Stamper().stamp(translation: document, source: document, units: [heading.id])
        #expect(stamp.bytes == document.source.bytes)
        #expect(
            stamp.skipped.map(\.1) == [
                "unit \(heading.id) lies inside the comment '<!--' opened on line 1; a marker there would be part of the comment, so close the comment before the unit"
            ])
    }

    @Test("A '<!--' inside a heading's trailing comment does not decide where the comment begins (was: a heading that stamping turned into a paragraph)")
    func commentInsideTrailingComment() {
        let document = WikitextDocument("=<!--T:= <!---->")
        #expect(document.units.map(\.kind) == [.paragraph])
        let stamp = Stamper().stamp(translation: document, source: document)
        let stamped = WikitextDocument(bytes: stamp.bytes)
        #expect(stamped.units.map(\.kind) == [.paragraph])
        #expect(stamped.units.map(\.text) == document.units.map(\.text))
    }
}
