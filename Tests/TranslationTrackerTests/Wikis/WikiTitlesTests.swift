import Testing

@testable import TranslationTracker

@Suite("Wiki titles to read, from the manifest")
struct WikiTitlesTests {
    static let manifest = try! ManifestLoader().load(
        yaml: """
            version: 1
            source: en
            languages:
              - { code: en, name: English }
              - { code: ar, name: Arabic, direction: rtl }
              - { code: fr, name: French }
            wikis:
              - { id: meta, name: Meta-Wiki, api: "https://meta.wikimedia.org/w/api.php" }
              - { id: commons, name: Wikimedia Commons, api: "https://commons.wikimedia.org/w/api.php" }
              - { id: arwiki, name: Arabic Wikipedia, language: ar, api: "https://ar.wikipedia.org/w/api.php" }
            documents:
              - id: summary
                local: { source: en.wiki, translation: "{lang}.wiki" }
                pages:
                  - { wiki: meta, source: "Annual_Plan/Summary", translation: "Annual Plan/Summary/{lang}", translatable: true }
                copies:
                  ar: { wiki: arwiki, title: "ويكيبيديا:الخطة السنوية/ملخص" }
              - id: slides
                kind: file
                pages:
                  - { wiki: commons, source: "File:Slides.pdf", translation: "File:Slides ({lang}).pdf" }

            """, file: "tracker.yaml"
    ).manifest

    @Test("pages: source and each language's page; copies on their own wiki; wikis in manifest order")
    func titles() {
        let titles = WikiTitles(manifest: Self.manifest)
        #expect(titles.wikis == ["meta", "commons", "arwiki"])
        #expect(titles.titles(on: "meta") == ["Annual Plan/Summary", "Annual Plan/Summary/ar", "Annual Plan/Summary/fr"])
        #expect(titles.titles(on: "commons") == ["File:Slides.pdf", "File:Slides (ar).pdf", "File:Slides (fr).pdf"])
        #expect(titles.titles(on: "arwiki") == ["ويكيبيديا:الخطة السنوية/ملخص"])
        #expect(titles.entries(for: "Annual_Plan/Summary/fr", on: "meta") == [WikiTitles.Entry(document: "summary", role: .translation("fr"), title: "Annual Plan/Summary/{lang}".replacingOccurrences(of: "{lang}", with: "fr"))])
        #expect(titles.entries(for: "ويكيبيديا:الخطة السنوية/ملخص", on: "arwiki").map(\.role) == [.copy("ar")])
        #expect(titles.unitPages(on: "meta").map(\.prefix) == ["Translations:Annual Plan/Summary/"])
        #expect(titles.unitPages(on: "commons").isEmpty, "files are not translatable pages")
    }

    @Test(
        "the filter: exact titles (normalized) and the unit pages of target languages",
        arguments: [
            ("meta", "Annual Plan/Summary", true),
            ("meta", "annual_Plan/Summary/fr", true),
            ("meta", "Annual Plan/Summary/de", false),
            ("meta", "Annual Plan/Summary/en", false),
            ("meta", "Translations:Annual Plan/Summary/7/ar", true),
            ("meta", "Translations:Annual_Plan/Summary/Page display title/fr", true),
            ("meta", "Translations:Annual Plan/Summary/7/de", false),
            ("meta", "Translations:Annual Plan/Summary/7", false),
            ("meta", "Translations:Annual Plan/Other/7/fr", false),
            ("meta", "Main Page", false),
            ("arwiki", "ويكيبيديا:الخطة_السنوية/ملخص", true),
            ("arwiki", "Annual Plan/Summary", false),
            ("commons", "File:Slides (fr).pdf", true),
            ("frwiki", "Annual Plan/Summary", false),
        ])
    func filter(_ wiki: String, _ title: String, _ wanted: Bool) {
        #expect(WikiTitles(manifest: Self.manifest).filter(for: wiki)(title) == wanted)
    }

    @Test("documents and languages chosen: only their pages")
    func selection() {
        let titles = WikiTitles(manifest: Self.manifest, documents: ["summary"], languages: ["fr"])
        #expect(titles.wikis == ["meta"])
        #expect(titles.titles(on: "meta") == ["Annual Plan/Summary", "Annual Plan/Summary/fr"])
        #expect(!titles.wants("Translations:Annual Plan/Summary/7/ar", on: "meta"))
        #expect(titles.wants("Translations:Annual Plan/Summary/7/fr", on: "meta"))
    }

    @Test("titles compare as MediaWiki compares them", arguments: [
        ("Annual_Plan/Summary", "Annual Plan/Summary"), ("  file:Slides__(fr).pdf ", "File:Slides (fr).pdf"), ("ملخص_الخطة", "ملخص الخطة"),
    ])
    func normalized(_ title: String, _ expected: String) {
        #expect(WikiTitle.normalized(title) == expected)
    }
}
