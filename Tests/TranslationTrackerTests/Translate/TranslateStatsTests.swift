import Testing

@testable import TranslationTracker

@Suite("Translate-managed pages: unit pages, rendered pages and Translate's statistics")
struct TranslateStatsTests {
    static let source = "<languages/>\n<translate>\n== Budget == <!--T:1-->\n\n<!--T:2-->\nThe budget is $177 million.\n\n<!--T:3-->\nGrants reach $25 million.\n</translate>\n"
    static let english = FingerprintedSource(WikitextDocument(source))
    static let location = PageLocation.wiki(id: "meta", title: "Plan/fr")

    static func unitPages(_ texts: [String: String]) -> [String: TranslateUnitPage] {
        texts.reduce(into: [:]) { $0[$1.key] = TranslateUnitPage(unit: $1.key, text: $1.value) }
    }

    @Test("stats count the page title as a unit; fuzzy translations are not translated")
    func statsFromUnitPages() {
        let pages = Self.unitPages([
            "1": "== Budget ==", "2": "!!FUZZY!!Le budget est de 175 millions.", "Page display title": "Plan", "9": "Unité supprimée",
        ])
        let stats = TranslateStats.fromUnitPages(english: ["1", "2", "3"], pages: pages)
        #expect(stats == TranslateStats(total: 4, translated: 2, fuzzy: 1, basis: .unitPages, includesTitle: true))
        #expect(stats.percent == 50)
        let noTitle = TranslateStats.fromUnitPages(english: ["1", "2", "3"], pages: pages, includesTitle: false)
        #expect(noTitle.total == 3 && noTitle.translated == 1 && noTitle.fuzzy == 1)
    }

    @Test("unit pages: current, stale when !!FUZZY!!, missing without a page; provenance translate")
    func evaluateUnitPages() {
        var page = PageState.absent(Self.location)
        page.translateUnits = Self.unitPages(["1": "== Le budget ==", "2": "!!FUZZY!!Le budget est de 175 millions.", "Page display title": "Plan"])
        let (status, findings) = StatusEvaluator.evaluateTranslate(page: page, source: Self.english, document: "plan", language: "fr", sourceLanguage: "en")
        #expect(status.units.map(\.state) == [.current, .stale, .missing])
        #expect(status.units.map(\.provenance) == [.translate, .translate, .none])
        #expect(status.state == .outdated)
        #expect(status.translate == TranslateStats(total: 4, translated: 2, fuzzy: 1, basis: .unitPages, includesTitle: true))
        #expect(Set(findings.map(\.check)) == [StatusCheck.stale, StatusCheck.missingUnit])
        #expect(findings.map(\.unit) == ["2", "3"])
    }

    @Test("no unit pages and no rendered page: missing, Translate counts nothing translated")
    func evaluateNothing() {
        var page = PageState.absent(Self.location)
        page.translateUnits = [:]
        let (status, findings) = StatusEvaluator.evaluateTranslate(page: page, source: Self.english, document: "plan", language: "fr", sourceLanguage: "en")
        #expect(status.state == .missing)
        #expect(status.translate?.translated == 0 && status.translate?.total == 4)
        #expect(findings.map(\.check) == [StatusCheck.missingTranslation])
    }

    static let rendered = """
        <languages/>
        <span id="Budget"></span>
        == Le budget ==

        <div class="mw-translate-fuzzy">
        Le budget est de 175 millions.
        </div>

        <div lang="en" dir="ltr" class="mw-content-ltr">
        Grants reach $25 million.
        </div>

        """

    @Test("a rendered page: wrappers counted, anchors dropped, units lined up with the English")
    func renderedPage() throws {
        let page = RenderedTranslationPage(Self.rendered, sourceLanguage: "en")
        #expect(page.fuzzyWrappers == 1)
        #expect(page.untranslatedWrappers == 1)
        #expect(page.units.map(\.rendering) == [.translated, .fuzzy, .untranslated])
        #expect(page.units.map(\.text) == ["== Le budget ==", "Le budget est de 175 millions.", "Grants reach $25 million."])
        let aligned = try #require(page.aligned(with: ["1", "2", "3"]))
        #expect(aligned.map(\.id) == ["1", "2", "3"])
        #expect(page.aligned(with: ["1", "2"]) == nil)
        let stats = TranslateStats.fromRenderedPage(englishUnits: 3, page: page)
        #expect(stats == TranslateStats(total: 3, translated: 1, fuzzy: 1, basis: .renderedPage, includesTitle: false))
    }

    @Test(
        "wrappers: headings inside, inline spans, nested divs, other languages and plain divs",
        arguments: [
            ("<div class=\"mw-translate-fuzzy\">\n== Titre ==\n</div>\n", 1, 0, [RenderedTranslationPage.Rendering.fuzzy]),
            ("Intro <span class=\"mw-translate-fuzzy\">vieux</span> fin.\n", 1, 0, [.translated]),
            ("<div class=\"mw-translate-fuzzy\">\nA <div class=\"note\">b</div> c\n</div>\n\nSuite.\n", 1, 0, [.fuzzy, .translated]),
            ("<div lang=\"de\" dir=\"ltr\" class=\"mw-content-ltr\">\nDeutsch\n</div>\n", 0, 0, [.translated]),
            ("<div class=\"note\">\nTexte\n</div>\n", 0, 0, [.translated]),
            ("<DIV LANG=\"EN\" DIR=\"ltr\" CLASS=\"mw-content-ltr\">\nEnglish\n</DIV>\n", 0, 1, [.untranslated]),
        ])
    func wrappers(_ text: String, _ fuzzy: Int, _ untranslated: Int, _ renderings: [RenderedTranslationPage.Rendering]) {
        let page = RenderedTranslationPage(text, sourceLanguage: "en")
        #expect(page.fuzzyWrappers == fuzzy)
        #expect(page.untranslatedWrappers == untranslated)
        #expect(page.units.map(\.rendering) == renderings)
    }

    @Test("rendered page only: per-unit states by position, provenance translate; counts from wrappers when units do not line up")
    func evaluateRendered() {
        let page = PageState(location: Self.location, exists: true, document: WikitextDocument(Self.rendered), translateUnits: [:])
        let (status, _) = StatusEvaluator.evaluateTranslate(page: page, source: Self.english, document: "plan", language: "fr", sourceLanguage: "en")
        #expect(status.units.map(\.state) == [.current, .stale, .missing])
        #expect(status.units.map(\.provenance) == [.translate, .translate, .none])
        #expect(status.counts.current == 1 && status.counts.stale == 1 && status.counts.missing == 1)
        #expect(status.translate?.basis == .renderedPage)

        let extra = PageState(
            location: Self.location, exists: true, document: WikitextDocument(Self.rendered + "\nUn paragraphe hors unités.\n"), translateUnits: [:])
        let (counted, findings) = StatusEvaluator.evaluateTranslate(page: extra, source: Self.english, document: "plan", language: "fr", sourceLanguage: "en")
        #expect(counted.units.isEmpty)
        #expect(counted.counts.current == 1 && counted.counts.stale == 1 && counted.counts.missing == 1)
        #expect(counted.state == .outdated)
        #expect(findings.contains { $0.check == StatusCheck.structure && $0.message.contains("wrappers") })
    }

    @Test("unit page titles split from the right; underscores are spaces")
    func unitPageTitles() throws {
        let source = "Wikimedia Foundation Annual Plan/2023-2024/Summary"
        #expect(TranslateTitles.unitPage(source: source, unit: "7", language: "ar") == "Translations:\(source)/7/ar")
        let parsed = try #require(TranslateTitles.parse("Translations:Wikimedia_Foundation_Annual_Plan/2023-2024/Summary/Page_display_title/pt-br", source: source))
        #expect(parsed.unit == "Page display title")
        #expect(parsed.language == "pt-br")
        #expect(TranslateTitles.parse("Translations:\(source)/7", source: source) == nil)
        #expect(TranslateTitles.parse("Translations:\(source)/Extra/7/ar", source: source) == nil)
        #expect(TranslateTitles.parse("Translations:Other/7/ar", source: source) == nil)
    }

    @Test("the fuzzy marker is removed for the translation and detected anywhere")
    func fuzzyMarker() {
        let page = TranslateUnitPage(unit: "2", text: "!!FUZZY!!Le budget")
        #expect(page.isFuzzy)
        #expect(page.translation == "Le budget")
        #expect(!TranslateUnitPage(unit: "2", text: "Le budget").isFuzzy)
    }
}
