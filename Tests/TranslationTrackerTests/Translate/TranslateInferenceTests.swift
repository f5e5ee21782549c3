import Testing

@testable import TranslationTracker

/// ``TranslateInference`` on the sequences of revisions the real Translate extension (REL1_39)
/// writes; the revision ids are those one scenario produced on a test wiki (the agreement suite
/// in TranslationTrackerLiveTests proves the same against the extension itself).
@Suite("Translate's fuzzy state inferred from an export")
struct TranslateInferenceTests {
    static func revision(_ id: Int) -> RevisionRef { RevisionRef(id: id, timestamp: "2026-12-04T15:46:\(String(format: "%02d", id % 60))Z") }

    /// A unit page whose revisions are `ids`, each with `text` (the English page keeps its texts).
    static func unitPage(_ unit: String, _ revisions: [(Int, String)], complete: Bool = true) -> TranslateUnitPage {
        let history = PageHistory(revisions: revisions.map { WikiRevision(id: $0.0, timestamp: revision($0.0).timestamp, text: $0.1) }, complete: complete)
        return TranslateUnitPage(unit: unit, text: revisions.last?.1 ?? "", revision: history.latest?.ref, history: history)
    }

    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var translation: TranslateUnitPage
        var english: TranslateUnitPage?
        var rendered: RenderedTranslationPage.Rendering?
        var renderedRevision: Int?
        var state: UnitState
        var signal: TranslateSignal
    }

    static let english = unitPage("2", [(6, "The budget is 177 million dollars."), (18, "The budget is 180 million dollars.")])
    static let translated = unitPage("2", [(10, "Le budget est de 177 millions.")])

    static let cases: [Case] = [
        Case(
            description: "re-marked: FuzzyBot re-rendered the page with the unit wrapped",
            translation: translated, english: english, rendered: .fuzzy, renderedRevision: 21, state: .stale, signal: .renderedPage),
        Case(
            description: "re-marked with 'do not invalidate': the render changed nothing, so no new revision, and the old one shows it plain",
            translation: translated, english: english, rendered: .translated, renderedRevision: 12, state: .current, signal: .renderedPage),
        Case(
            description: "a change inside a <tvar> only: the English unit page is unchanged, the render wraps the unit",
            translation: translated, english: unitPage("2", [(6, "The budget is $b.")]), rendered: .fuzzy, renderedRevision: 21,
            state: .stale, signal: .renderedPage),
        Case(
            description: "no rendered page: the English unit changed after the translation",
            translation: translated, english: english, rendered: nil, renderedRevision: nil, state: .stale, signal: .englishHistory),
        Case(
            description: "re-translated after the change, its render job not run yet: the rendered page is older than the translation",
            translation: unitPage("2", [(10, "Le budget est de 177 millions."), (25, "Le budget est de 180 millions.")]), english: english,
            rendered: .fuzzy, renderedRevision: 21, state: .current, signal: .englishHistory),
        Case(
            description: "saved with a typed !!FUZZY!!, whatever the rest says",
            translation: unitPage("2", [(30, "!!FUZZY!!Le budget est de 180 millions.")]), english: english, rendered: .translated,
            renderedRevision: 31, state: .stale, signal: .fuzzyMarker),
        Case(
            description: "a current-only dump: the English unit page's one revision is its last change",
            translation: translated, english: unitPage("2", [(18, "The budget is 180 million dollars.")], complete: false), rendered: nil,
            renderedRevision: nil, state: .stale, signal: .englishHistory),
        Case(
            description: "the rendered page shows the unit in English although a translation exists: not trusted",
            translation: unitPage("2", [(20, "Le budget est de 180 millions.")]), english: english, rendered: .untranslated, renderedRevision: 21,
            state: .current, signal: .englishHistory),
        Case(
            description: "no English unit page at all: nothing says it changed",
            translation: translated, english: nil, rendered: nil, renderedRevision: nil, state: .current, signal: .englishHistory),
    ]

    @Test("each signal, strongest first", arguments: cases)
    func decide(_ example: Case) {
        let decision = TranslateInference.decide(
            translation: example.translation, english: example.english, rendered: example.rendered,
            renderedRevision: example.renderedRevision.map(Self.revision))
        #expect(decision.state == example.state)
        #expect(decision.evidence.signal == example.signal)
        #expect(decision.evidence.translation == example.translation.revision)
    }

    @Test("the English unit page's last change is the revision where its text changed, not a later identical save")
    func lastChange() {
        let page = Self.unitPage("2", [(6, "Old."), (18, "New."), (40, "New.")])
        #expect(TranslateInference.lastChange(page)?.id == 18)
        #expect(TranslateInference.lastChange(Self.unitPage("2", [(18, "New.")], complete: false))?.id == 18)
    }
}
