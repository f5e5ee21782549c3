import Testing

@testable import TranslationTracker

@Suite("Wiki places: files by existence and time, several places per document")
struct WikiPlacesEvaluationTests {
    static let english = PageState(
        location: .wiki(id: "commons", title: "File:Slides.pdf"), exists: true, revision: RevisionRef(id: 5, timestamp: "2023-05-10T00:00:00Z"))

    static func file(_ revision: RevisionRef?) -> PageState {
        guard let revision else { return .absent(.wiki(id: "commons", title: "File:Slides (fr).pdf")) }
        return PageState(location: .wiki(id: "commons", title: "File:Slides (fr).pdf"), exists: true, revision: revision)
    }

    @Test("a file exists (complete), is older than the English (outdated, inferred) or is missing")
    func files() {
        let newer = StatusEvaluator.evaluateFile(page: Self.file(RevisionRef(id: 9, timestamp: "2023-05-20T00:00:00Z")), source: Self.english, document: "slides", language: "fr")
        #expect(newer.0.state == .complete)
        #expect(newer.0.units.map(\.provenance) == [.inferred])
        #expect(newer.0.revision?.id == 9)
        let older = StatusEvaluator.evaluateFile(page: Self.file(RevisionRef(id: 2, timestamp: "2023-04-12T00:00:00Z")), source: Self.english, document: "slides", language: "fr")
        #expect(older.0.state == .outdated)
        #expect(older.1.map(\.severity) == [.warning])
        let missing = StatusEvaluator.evaluateFile(page: Self.file(nil), source: Self.english, document: "slides", language: "fr")
        #expect(missing.0.state == .missing)
        #expect(missing.0.counts.missing == 1)
    }

    @Test("places combine into one document: languages in manifest order, each language's places in order")
    func combine() {
        let manifest = Manifest(
            source: "en", languages: [Language(code: "en", name: "English", autonym: "English"), Language(code: "ar", name: "Arabic", autonym: "العربية"), Language(code: "fr", name: "French", autonym: "français")],
            documents: [DocumentSpec(id: "plan", name: "Plan", kind: .wikitext)])
        let english = WikitextDocument("<!--T:1-->\nWe plan.\n")
        func snapshot(_ place: PageLocation, _ languages: [LanguageCode]) -> DocumentSnapshot {
            DocumentSnapshot(
                document: manifest.documents[0], source: PageState(location: place, exists: true, document: english),
                translations: Dictionary(uniqueKeysWithValues: languages.map { ($0, PageState.absent(place)) }))
        }
        let evaluator = StatusEvaluator()
        let combined = evaluator.combine(
            [
                evaluator.evaluate(snapshot(.file(path: "en.wiki"), ["fr", "ar"]), manifest: manifest),
                evaluator.evaluate(snapshot(.wiki(id: "meta", title: "Plan"), ["fr", "ar"]), manifest: manifest),
                evaluator.evaluate(snapshot(.wiki(id: "arwiki", title: "خطة"), ["ar"]), manifest: manifest),
            ], manifest: manifest)
        #expect(combined.status.translations.map { "\($0.language) \($0.location.place)" } == ["ar local", "ar meta", "ar arwiki", "fr local", "fr meta"])
        #expect(combined.status.sources?.map(\.location.place) == ["local", "meta", "arwiki"])
        #expect(combined.status.source.location.place == "local")
        #expect(combined.status.places == ["local", "meta", "arwiki"])
    }
}
