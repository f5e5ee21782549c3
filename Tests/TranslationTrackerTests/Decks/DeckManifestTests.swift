import Testing

@testable import TranslationTracker

/// The manifest's `local:` for a slide deck: deck extensions and `formats:`.
@Suite("Deck manifest")
struct DeckManifestTests {
    static func manifest(kind: String, local: String) -> String {
        """
        version: 1
        source: en
        languages:
          - { code: en, name: English }
          - { code: fr, name: French }
        documents:
          - id: slides
            kind: \(kind)
            local: \(local)

        """
    }

    func problems(_ yaml: String) -> [String] {
        do {
            _ = try ManifestLoader().load(yaml: yaml, file: "tracker.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("a deck with formats loads")
    func loads() throws {
        let loaded = try ManifestLoader().load(
            yaml: Self.manifest(kind: "file", local: "{ source: en/slides.odp, translation: \"{lang}/slides.odp\", formats: [odp, pptx, pdf] }"),
            file: "tracker.yaml")
        #expect(loaded.manifest.documents[0].local?.formats == [.odp, .pptx, .pdf])
    }

    @Test(
        "mistakes are reported at their line, with what to do",
        arguments: [
            ("file", "{ source: en/slides.key, translation: \"{lang}/slides.odp\" }", "tracker.yaml:9:22: error: the English deck 'en/slides.key' is not a slide deck"),
            ("file", "{ source: en/slides.odp, translation: \"{lang}/slides.txt\" }", "tracker.yaml:9:50: error: the translation pattern '{lang}/slides.txt' is not a slide deck"),
            ("file", "{ source: en/slides.odp, translation: \"{lang}/slides.odp\", formats: [odp, key] }", "tracker.yaml:9:86: error: 'documents[0].local.formats[1]' must be 'odp' or 'pptx' or 'pdf', not 'key'"),
            ("wikitext", "{ source: en/a.wiki, translation: \"{lang}/a.wiki\", formats: [odp] }", "'formats' lists deck formats, and 'slides' is wikitext"),
        ])
    func mistakes(kind: String, local: String, expected: String) {
        let found = problems(Self.manifest(kind: kind, local: local))
        #expect(found.count == 1)
        #expect(found.first?.contains(expected) == true, "\(found)")
    }
}
