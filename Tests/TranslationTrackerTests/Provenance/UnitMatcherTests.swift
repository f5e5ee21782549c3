import Testing

@testable import TranslationTracker

@Suite("Matching translation units to English ones")
struct UnitMatcherTests {
    static let english = WikitextDocument("== Goals == <!--T:1-->\n\n<!--T:2-->\nWe plan.\n\n<!--T:3-->\nWe hire.")

    @Test func translationWithMarkersIsMatchedByID() {
        let translation = WikitextDocument("<!--T:3-->\nNous recrutons.\n\n<!--T:1-->\n== Objectifs ==")
        let matched = UnitMatcher.match(source: Self.english, translation: translation)
        #expect(!matched.byPosition)
        #expect(matched.units.map(\.id) == ["3", "1"])
        #expect(matched.units.map(\.idSource) == [.marker, .marker])
    }

    @Test func translationWithoutMarkersIsMatchedByPosition() {
        let translation = WikitextDocument("== Objectifs ==\n\nNous prévoyons.\n\nNous recrutons.\n\nEn trop.")
        let matched = UnitMatcher.match(source: Self.english, translation: translation)
        #expect(matched.byPosition)
        #expect(matched.units.map(\.id) == ["1", "2", "3", translation.units[3].id])
        #expect(matched.units.map(\.idSource) == [.position, .position, .position, .derived])
        #expect(matched.units.map(\.text) == translation.units.map(\.text))
    }

    @Test func oneMarkerIsEnoughToMatchByID() {
        let translation = WikitextDocument("== Objectifs ==\n\n<!--T:2-->\nNous prévoyons.")
        let matched = UnitMatcher.match(source: Self.english, translation: translation)
        #expect(!matched.byPosition)
        #expect(matched.units.map(\.idSource) == [.derived, .marker])
    }

    @Test func emptyTranslationIsNotMatchedByPosition() {
        let matched = UnitMatcher.match(source: Self.english, translation: WikitextDocument("<languages/>\n"))
        #expect(!matched.byPosition)
        #expect(matched.units.isEmpty)
    }
}
