import Testing

@testable import TranslationTracker

@Suite("Page furniture is not units in translations")
struct PageFurnitureTests {
    @Test(
        "furniture blocks are skipped in a file without <translate>",
        arguments: [
            "<languages/>",
            "<languages />",
            "{{Annual Plan navigation}}",
            "{{Annual Plan navigation|year=2025|{{Inner|x}}}}",
            "<references />",
            "[[Category:Annual Plan]]",
            "[[category:annual plan]]",
            "__NOTOC__",
            "<!-- kept in sync with the English page -->",
            "<languages/>\n{{Annual Plan navigation}}\n__NOTOC__",
            "<references />\n[[Category:Annual Plan]] [[Category:2025]]",
        ])
    func skipped(_ block: String) {
        let document = WikitextDocument("\(block)\n\n<!--T:1-->\nText.")
        #expect(document.units.map(\.id) == ["1"])
        #expect(document.units.first?.line == 3 + block.filter { $0 == "\n" }.count)
        #expect(document.problems.isEmpty)
    }

    @Test(
        "blocks with prose are units",
        arguments: [
            "{{Annual Plan navigation}} and some text",
            "[[Annual Plan]]",
            "<b>bold</b>",
            "__notoc__",
            "{{Unclosed template",
            "{| class=\"wikitable\"\n| cell\n|}",
            "[[Category:Annual Plan]]\nA sentence.",
        ])
    func kept(_ block: String) {
        let document = WikitextDocument("\(block)\n\n<!--T:1-->\nText.")
        #expect(document.units.count == 2)
        #expect(document.units.first?.text == block)
    }

    @Test func aLoneMarkerIsNotFurniture() {
        let document = WikitextDocument("<languages/>\n\n<!--T:1-->\n\n<!--T:2-->\nText.")
        #expect(document.units.map(\.id) == ["2"])
        #expect(document.problemSummary == ["emptyUnit 3:1"])
    }

    @Test func furnitureInsideTranslateIsTranslatable() {
        let document = WikitextDocument("<translate>\n<languages/>\n\n{{Annual Plan navigation}}\n</translate>")
        #expect(document.units.map(\.text) == ["<languages/>", "{{Annual Plan navigation}}"])
    }

    @Test func furnitureOutsideTranslateIsIgnoredAnyway() throws {
        let document = try Fixture.document("annual-plan/en.wiki")
        #expect(!document.units.contains { $0.text.contains("<languages/>") || $0.text.contains("[[Category:") })
    }

    @Test func translationFixtureSkipsItsFurniture() throws {
        let document = try Fixture.document("annual-plan/ar.wiki")
        #expect(!document.usesTranslateTags)
        #expect(document.units.map(\.id) == ["1", "2", "3", "4", "6", "7"])
        #expect(document.problems.isEmpty)
    }
}
