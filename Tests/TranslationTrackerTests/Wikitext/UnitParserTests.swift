import Testing

@testable import TranslationTracker

@Suite("Splitting wikitext into units")
struct UnitParserTests {
    // MARK: - Marker forms

    struct MarkerCase: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var dump: String
        var testDescription: String { name }
    }

    static let markerForms: [MarkerCase] = [
        MarkerCase(
            name: "marker on its own line before a paragraph",
            text: "<!--T:2-->\nWe plan a budget.\nMore lines follow.",
            dump: "2 marker paragraph line 1: We plan a budget.⏎More lines follow."),
        MarkerCase(
            name: "marker followed by a space",
            text: "<!--T:3--> Spaced text.",
            dump: "3 marker paragraph line 1: Spaced text."),
        MarkerCase(
            name: "marker at the end of a heading line",
            text: "== Goals == <!--T:1-->",
            dump: "1 marker heading(2) line 1: == Goals =="),
        MarkerCase(
            name: "marker at the end of a heading line without a space",
            text: "=== Goals ===<!--T:1-->",
            dump: "1 marker heading(3) line 1: === Goals ==="),
        MarkerCase(
            name: "marker on the line above a heading",
            text: "<!--T:7-->\n== Goals ==",
            dump: "7 marker heading(2) line 1: == Goals =="),
        MarkerCase(
            name: "marker with a recorded fingerprint",
            text: "<!--T:2 src=1a2b3c4d5e-->\nWe plan.\nMore.",
            dump: "2 marker paragraph line 1 src=1a2b3c4d5e: We plan.⏎More."),
        MarkerCase(
            name: "several units in Translate's layout",
            text: "== Goals == <!--T:1-->\n\n<!--T:2-->\nWe plan.\n\n<!--T:3--> Spaced.\n\n<!--T:4-->\n=== Sub ===",
            dump: """
                1 marker heading(2) line 1: == Goals ==
                2 marker paragraph line 3: We plan.
                3 marker paragraph line 6: Spaced.
                4 marker heading(3) line 8: === Sub ===
                """),
    ]

    @Test("marker forms", arguments: markerForms)
    func markerForm(_ example: MarkerCase) {
        let document = WikitextDocument(example.text)
        #expect(document.dump == example.dump)
        #expect(document.problems.isEmpty)
    }

    @Test func markerPlacementIsRecorded() throws {
        let document = WikitextDocument("<!--T:1-->\n== Goals ==\n\n== Means == <!--T:2-->\n\n<!--T:3--> Text.")
        let above = try #require(document.unit("1"))
        #expect(above.marker?.placement == .start)
        #expect(above.line == 1)
        #expect(above.contentLine == 2)
        #expect(document.unit("2")?.marker?.placement == .headingEnd)
        #expect(document.unit("3")?.marker?.placement == .start)
    }

    @Test func markerRangeCoversTheWholeComment() throws {
        let text = "Intro.\n\n<!--T:12 src=abcdef-->\nText."
        let document = WikitextDocument(text)
        let marker = try #require(document.unit("12")?.marker)
        let bytes = utf8(text)
        #expect(String(decoding: bytes[marker.range], as: UTF8.self) == "<!--T:12 src=abcdef-->")
    }

    // MARK: - Headings

    @Test func headingsNeedNoBlankLinesAroundThem() {
        let document = WikitextDocument("== Goals ==\nText under it.\n=== Sub ===\n* a list\n==Tight==\nLast line.")
        #expect(
            document.kindsAndTexts == [
                "heading(2): == Goals ==",
                "paragraph: Text under it.",
                "heading(3): === Sub ===",
                "list: * a list",
                "heading(2): ==Tight==",
                "paragraph: Last line.",
            ])
        #expect(document.units.map(\.line) == [1, 2, 3, 4, 5, 6])
    }

    @Test func markedHeadingsBetweenParagraphsWithoutBlankLines() {
        let document = WikitextDocument("<!--T:1-->\nFirst.\n== Goals == <!--T:2-->\n<!--T:3-->\nSecond.")
        #expect(
            document.dump == """
                1 marker paragraph line 1: First.
                2 marker heading(2) line 3: == Goals ==
                3 marker paragraph line 4: Second.
                """)
        #expect(document.problems.isEmpty)
    }

    @Test(
        "heading levels",
        arguments: [
            ("= Title =", UnitKind.heading(level: 1)),
            ("== Goals ==", .heading(level: 2)),
            ("====== Deep ======", .heading(level: 6)),
            ("======= Deeper =======", .heading(level: 6)),
            ("=== Uneven ==", .heading(level: 2)),
            ("== Goals ==   ", .heading(level: 2)),
            ("=Goals", .paragraph),
            ("Goals ==", .paragraph),
            ("====", .paragraph),
            ("a = b", .paragraph),
        ])
    func headingLevel(_ line: String, _ kind: UnitKind) throws {
        let document = WikitextDocument(line)
        let unit = try #require(document.units.first)
        #expect(document.units.count == 1)
        #expect(unit.kind == kind)
    }

    @Test func unclosedHeadingLineDoesNotSplitAParagraph() {
        // "=Goals" has no closing '=', so it is text and joins the next line.
        let document = WikitextDocument("=Goals\nmore text")
        #expect(document.kindsAndTexts == ["paragraph: =Goals\nmore text"])
    }

    // MARK: - <translate> sections

    @Test func onlyTextInsideTranslateIsUnits() {
        let text = """
            <languages/>
            Intro outside.
            <translate>
            == Goals == <!--T:1-->

            <!--T:2-->
            Text inside.
            </translate>
            Outside again.

            <translate nowrap><!--T:3--> Inline unit.</translate> trailing outside
            """
        let document = WikitextDocument(text)
        #expect(document.usesTranslateTags)
        #expect(
            document.dump == """
                1 marker heading(2) line 4: == Goals ==
                2 marker paragraph line 6: Text inside.
                3 marker paragraph line 11: Inline unit.
                """)
        #expect(document.problems.isEmpty)
    }

    @Test func translateNowrapSectionSplitsLikeAnyOther() {
        let document = WikitextDocument("<translate nowrap>\n<!--T:1-->\nOne.\n\n<!--T:2-->\nTwo.\n</translate>")
        #expect(document.usesTranslateTags)
        #expect(document.units.map(\.id) == ["1", "2"])
        #expect(document.units.map(\.text) == ["One.", "Two."])
    }

    @Test func fileWithoutTranslateTagsIsWhollyTranslatable() {
        let document = WikitextDocument("<!--T:1-->\nOne.\n\n<!--T:2-->\nTwo.")
        #expect(!document.usesTranslateTags)
        #expect(document.units.map(\.id) == ["1", "2"])
    }

    @Test(
        "translate tags in comments or nowiki do not count",
        arguments: [
            "<!-- wrap the text in <translate> later -->\nText to translate.",
            "Write <nowiki><translate></nowiki> to start a section.",
        ])
    func protectedTranslateTags(_ text: String) {
        let document = WikitextDocument(text)
        #expect(!document.usesTranslateTags)
        #expect(document.units.count == 1)
        #expect(document.problems.isEmpty)
    }

    @Test func unclosedStrayAndNestedTranslateTags() {
        let text = """
            <translate>
            abc
            </translate>
            </translate>
            <translate>
            x <translate> y
            </translate>
            <translate>
            last
            """
        let document = WikitextDocument(text)
        #expect(document.problemSummary == ["strayClosingTranslate 4:1", "nestedTranslate 6:3", "unclosedTranslate 8:1"])
        #expect(document.kindsAndTexts == ["paragraph: abc", "paragraph: x <translate> y", "paragraph: last"])
        #expect(document.problems[1].message.contains("opened at line 5"))
    }

    @Test func strayClosingTagColumnCountsCharactersNotBytes() {
        // "أ" is two UTF-8 bytes but one column.
        let document = WikitextDocument("<translate>\nأ</translate> </translate>")
        #expect(document.problemSummary == ["strayClosingTranslate 2:15"])
        #expect(document.units.map(\.text) == ["أ"])
    }

    @Test func strayClosingTagAloneLeavesTheFileTranslatable() {
        // No section was ever opened, so the whole file is still a translation's text.
        let document = WikitextDocument("<!--T:1-->\nText.\n</translate>\n\n<!--T:2-->\nMore.")
        #expect(!document.usesTranslateTags)
        #expect(document.units.map(\.id) == ["1", "2"])
        #expect(document.problemSummary == ["strayClosingTranslate 3:1"])
    }

    @Test func unclosedTranslateRunsToTheEndOfTheFile() {
        let document = WikitextDocument("Outside.\n<translate>\n<!--T:1-->\nOne.\n\n<!--T:2-->\nTwo.")
        #expect(document.units.map(\.id) == ["1", "2"])
        #expect(document.problemSummary == ["unclosedTranslate 2:1"])
    }

    // MARK: - nowiki and comments

    @Test func nowikiProtectsBlankLinesAndTags() {
        let document = WikitextDocument("a <nowiki>x\n\n<translate>y</nowiki> b\n\nc")
        #expect(!document.usesTranslateTags)
        #expect(document.units.map(\.text) == ["a <nowiki>x\n\n<translate>y</nowiki> b", "c"])
        #expect(document.problems.isEmpty)
    }

    @Test func nowikiProtectsHeadingLinesAndMarkers() {
        let document = WikitextDocument("<!--T:1-->\nExample:\n<nowiki>\n== Not a heading ==\n<!--T:9-->\n</nowiki>")
        #expect(document.units.count == 1)
        #expect(document.units.first?.id == "1")
        #expect(document.units.first?.kind == .paragraph)
        #expect(document.problems.isEmpty)
    }

    @Test func nowikiTagIsCaseInsensitive() {
        let document = WikitextDocument("<NOWIKI>one\n\ntwo</NoWiki>")
        #expect(document.units.count == 1)
    }

    @Test func unclosedNowikiAndCommentAreReported() {
        #expect(WikitextDocument("x <nowiki> open\n\nmore").problemSummary == ["unclosedNowiki 1:3"])
        #expect(WikitextDocument("x <!-- open\n\nmore").problemSummary == ["unclosedComment 1:3"])
    }

    @Test func ordinaryCommentsAreNotMarkers() {
        let document = WikitextDocument("<!--T:1-->\nText <!-- editor's note --> here.")
        #expect(document.units.map(\.text) == ["Text <!-- editor's note --> here."])
        #expect(document.problems.isEmpty)
    }

    // MARK: - Lists and tables

    @Test func listsAndTablesAreSingleUnits() {
        let text = """
            <!--T:1-->
            * one
            ** one and a half
            # two

            <!--T:2-->
            : indented

            <!--T:3-->
            ; term
            : definition

            <!--T:4-->
            {| class="wikitable"
            ! Area !! Share
            |-
            | Technology || 45%
            |}
            """
        let document = WikitextDocument(text)
        #expect(document.units.map(\.kind) == [.list, .list, .list, .table])
        #expect(document.units.map { $0.text.split(separator: "\n").count } == [3, 1, 2, 5])
        #expect(document.unit("4")?.endLine == 18)
        #expect(document.problems.isEmpty)
    }

    @Test func fixtureSourceSplitsIntoItsSixUnits() throws {
        let document = try Fixture.document("annual-plan/en.wiki")
        #expect(document.usesTranslateTags)
        #expect(
            document.units.map { "\($0.id) \($0.kind) \($0.line)-\($0.endLine)" } == [
                "1 heading(2) 4-4",
                "2 paragraph 6-8",
                "3 heading(3) 10-11",
                "4 list 13-16",
                "5 paragraph 18-19",
                "6 table 21-28",
            ])
        #expect(document.problems.isEmpty)
    }

    // MARK: - Line endings, byte order mark, right-to-left text

    @Test func crlfFilesGiveUnitTextWithoutCarriageReturns() throws {
        let text = "== Goals == <!--T:1-->\r\n\r\n<!--T:2-->\r\nLine one\r\nline two\r\n\r\n<!--T:3--> Last.\r\n"
        let document = WikitextDocument(text)
        #expect(document.source.usesCRLF)
        #expect(
            document.dump == """
                1 marker heading(2) line 1: == Goals ==
                2 marker paragraph line 3: Line one⏎line two
                3 marker paragraph line 7: Last.
                """)
        #expect(!document.units.contains { $0.text.contains("\r") })
        #expect(document.problems.isEmpty)
    }

    @Test func crlfProblemColumnsAreRight() {
        let document = WikitextDocument("<!--T:1-->\r\nSome text <!--T:9--> here.\r\n")
        #expect(document.problemSummary == ["misplacedMarker 2:11"])
    }

    @Test func byteOrderMarkIsNotText() throws {
        let document = WikitextDocument("\u{FEFF}<!--T:1-->\nIntro.\n\nPlain.")
        #expect(document.source.hasByteOrderMark)
        #expect(document.units.map(\.id).first == "1")
        #expect(document.units.map(\.text) == ["Intro.", "Plain."])
        #expect(document.problems.isEmpty)
    }

    @Test func byteOrderMarkDoesNotShiftColumns() {
        let withMark = WikitextDocument("\u{FEFF}Text <!--T:1--> here")
        let without = WikitextDocument("Text <!--T:1--> here")
        #expect(withMark.problemSummary == ["misplacedMarker 1:6"])
        #expect(without.problemSummary == withMark.problemSummary)
    }

    @Test func byteOrderMarkBeforeTranslateTag() {
        let document = WikitextDocument("\u{FEFF}<translate>\n== Goals == <!--T:1-->\n</translate> </translate>")
        #expect(document.units.map(\.id) == ["1"])
        #expect(document.problemSummary == ["strayClosingTranslate 3:14"])
    }

    @Test func arabicTextKeepsItsMarkersAndColumns() throws {
        let text = "== الملخص == <!--T:1-->\n\n<!--T:2-->\nتخطط المؤسسة لميزانية جديدة.\n\nنص عربي <!--T:3--> هنا"
        let document = WikitextDocument(text)
        #expect(document.unit("1")?.text == "== الملخص ==")
        #expect(document.unit("1")?.kind == .heading(level: 2))
        #expect(document.unit("2")?.text == "تخطط المؤسسة لميزانية جديدة.")
        // "نص عربي " is 8 characters (15 bytes): the marker starts at column 9.
        #expect(document.problemSummary == ["misplacedMarker 6:9"])
    }

    // MARK: - Problems

    @Test func duplicateIdsAreReportedAndBothUnitsKept() throws {
        let document = WikitextDocument("<!--T:1-->\nFirst.\n\n<!--T:1-->\nSecond.")
        #expect(document.units.map(\.text) == ["First.", "Second."])
        #expect(document.unit("1")?.text == "First.")
        #expect(document.problemSummary == ["duplicateUnit 4:1"])
        let problem = try #require(document.problems.first)
        #expect(problem.message.contains("first at line 1"))
    }

    @Test func duplicateHeadingMarkerIsReportedAtTheMarker() {
        let document = WikitextDocument("== One == <!--T:1-->\n\n== Two == <!--T:1-->")
        #expect(document.problemSummary == ["duplicateUnit 3:11"])
    }

    @Test func markerInTheMiddleOfAParagraphIsReportedAndIgnored() throws {
        let document = WikitextDocument("<!--T:1-->\nSome text <!--T:4--> more.")
        #expect(document.units.map(\.id) == ["1"])
        #expect(document.unit("1")?.text == "Some text <!--T:4--> more.")
        #expect(document.problemSummary == ["misplacedMarker 2:11"])
        #expect(document.unit("4") == nil)
    }

    @Test func markerInTheMiddleOfAHeadingIsReported() {
        let document = WikitextDocument("== A <!--T:1--> ==")
        #expect(document.units.count == 1)
        #expect(document.units.first?.idSource == .derived)
        #expect(document.problemSummary == ["misplacedMarker 1:6"])
    }

    @Test func markerStartingALineInsideABlockSplitsIt() {
        let document = WikitextDocument("<!--T:1-->\nfirst\n<!--T:2-->\nsecond\nand <!--T:3--> mid")
        #expect(
            document.dump == """
                1 marker paragraph line 1: first
                2 marker paragraph line 3: second⏎and <!--T:3--> mid
                problem multipleMarkers 3:1: unit marker starts a line inside another unit; add a blank line before it so the two units stay apart
                problem misplacedMarker 5:5: unit marker in an unsupported position; put it at the start of the paragraph or at the end of a heading line
                """)
    }

    @Test func markerStartingALineAfterUnmarkedTextSplitsIt() {
        let document = WikitextDocument("Unmarked text.\n<!--T:2-->\nMarked text.")
        #expect(document.units.map(\.text) == ["Unmarked text.", "Marked text."])
        #expect(document.units.map(\.idSource) == [.derived, .marker])
        #expect(document.problemSummary == ["multipleMarkers 2:1"])
    }

    @Test func furnitureRunningIntoAMarkerIsNotAUnitInATranslation() {
        // A translation page as posted: <languages /> on the first line, <references /> and a
        // comment just above the next marker, none followed by a blank line.
        let text = "<languages />\n<!--T:2 src=1a2b3c4d5e-->\nNous prévoyons.<ref>Note.</ref>\n\n<references />\n<!-- fin -->\n<!--T:3-->\nNous recrutons."
        let document = WikitextDocument(text)
        #expect(!document.usesTranslateTags)
        #expect(
            document.dump == """
                2 marker paragraph line 2 src=1a2b3c4d5e: Nous prévoyons.<ref>Note.</ref>
                3 marker paragraph line 7: Nous recrutons.
                """)
    }

    @Test func furnitureAboveTheMarkerOfAHeadingInATranslation() {
        let document = WikitextDocument("<languages />\n{{Annual Plan navigation}}\n<!--T:1-->\n== Objectifs ==\n\n<!--T:2-->\nTexte.")
        #expect(
            document.dump == """
                1 marker heading(2) line 3: == Objectifs ==
                2 marker paragraph line 6: Texte.
                """)
    }

    @Test func furnitureRunningIntoAMarkerInsideTranslateIsTranslatable() {
        let document = WikitextDocument("<translate>\n<languages />\n<!--T:2-->\nWe plan.\n</translate>")
        #expect(document.units.map(\.text) == ["<languages />", "We plan."])
        #expect(document.problemSummary == ["multipleMarkers 3:1"])
    }

    @Test func headingWithTwoMarkersKeepsTheFirst() {
        let document = WikitextDocument("<!--T:1-->\n== A == <!--T:2-->")
        #expect(document.units.map(\.id) == ["1"])
        #expect(document.problemSummary == ["multipleMarkers 2:9"])
    }

    @Test func markerWithoutTextIsAnEmptyUnit() {
        let document = WikitextDocument("<!--T:1-->\n\n<!--T:2-->\nText.")
        #expect(document.units.map(\.id) == ["2"])
        #expect(document.problemSummary == ["emptyUnit 1:1"])
        #expect(document.problems.first?.message.contains("unit 1") == true)
    }

    @Test func invalidSourceValueIsReportedAndTheIdKept() throws {
        let document = WikitextDocument("<!--T:2 src=xyz-->\nText.")
        let unit = try #require(document.unit("2"))
        #expect(unit.idSource == .marker)
        #expect(unit.recorded == nil)
        #expect(document.problemSummary == ["invalidMarker 1:1"])
        #expect(document.problems.first?.message.contains("src=xyz") == true)
    }

    @Test(
        "invalid ids are reported once and the text kept",
        arguments: [
            ("<!--T:a_b-->\nText.", "paragraph: Text."),
            ("<!--T:-->\nText.", "paragraph: Text."),
            ("<!--T:a/b-->\n== Goals ==", "heading(2): == Goals =="),
        ])
    func invalidID(_ text: String, _ unit: String) {
        let document = WikitextDocument(text)
        #expect(document.kindsAndTexts == [unit])
        #expect(document.units.first?.idSource == .derived)
        #expect(document.problemSummary == ["invalidMarker 1:1"])
    }

    @Test func invalidSourceOnAMarkerAboveAHeading() {
        let document = WikitextDocument("<!--T:1 src=zz-->\n== Goals ==")
        #expect(document.dump.hasPrefix("1 marker heading(2) line 1: == Goals =="))
        #expect(document.problemSummary == ["invalidMarker 1:1"])
    }

    @Test func otherMarkerAttributesAreKept() throws {
        let document = WikitextDocument("<!--T:1 src=ABCDEF12 by=bot-->\nText.")
        let marker = try #require(document.unit("1")?.marker)
        #expect(marker.recorded?.hex == "abcdef12")
        #expect(marker.otherAttributes == ["by=bot"])
    }

    @Test func problemsAreSortedByPosition() {
        let document = WikitextDocument("x <!--T:1--> y\n\n<!--T:2-->\n\n<!--T:3-->\nA.\n\n<!--T:3-->\nB.")
        let positions = document.problems.map { [$0.line, $0.column] }
        #expect(positions == positions.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(document.problemSummary == ["misplacedMarker 1:3", "emptyUnit 3:1", "duplicateUnit 8:1"])
    }

    @Test func blankLinesMayHoldSpacesAndTabs() {
        let document = WikitextDocument("a\n  \t \nb")
        #expect(document.units.map(\.text) == ["a", "b"])
    }

    @Test func emptyAndBlankFilesHaveNoUnits() {
        for text in ["", "\n\n  \n", "\u{FEFF}"] {
            let document = WikitextDocument(text)
            #expect(document.units.isEmpty)
            #expect(document.problems.isEmpty)
        }
    }

    @Test func headingFollowedByAPlainCommentIsStillAHeading() {
        let document = WikitextDocument("== Goals == <!-- keep it short -->\nText under it.\n\n== Budget == <!-- note --> <!--T:4-->\n")
        #expect(document.units.map(\.kind) == [.heading(level: 2), .paragraph, .heading(level: 2)])
        #expect(document.units[0].text == "== Goals == <!-- keep it short -->")
        #expect(document.units[2].id == "4")
        #expect(document.units[2].text == "== Budget == <!-- note -->")
    }
}
