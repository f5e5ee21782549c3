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

    @Test("stats count every unit given, the title among them; stale units are fuzzy, not translated")
    func statsCounting() {
        let units = [
            UnitStatus(id: "Page display title", state: .current, provenance: .translate),
            UnitStatus(id: "1", state: .current, provenance: .translate),
            UnitStatus(id: "2", state: .stale, provenance: .translate),
            UnitStatus(id: "3", state: .missing, provenance: .none),
        ]
        let stats = TranslateStats.counting(units, includesTitle: true, proofread: 1)
        #expect(stats == TranslateStats(total: 4, translated: 2, fuzzy: 1, proofread: 1, basis: .unitPages, includesTitle: true))
        #expect(stats.percent == 50)
    }

    @Test("unit pages from a dump: the title first, a typed !!FUZZY!! stale, missing without a page; provenance translate-inferred")
    func evaluateUnitPages() {
        var page = PageState.absent(Self.location)
        page.translateUnits = Self.unitPages(["1": "== Le budget ==", "2": "!!FUZZY!!Le budget est de 175 millions.", "Page display title": "Plan"])
        let (status, findings) = StatusEvaluator.evaluateTranslate(page: page, source: Self.english, document: "plan", language: "fr", sourceLanguage: "en")
        #expect(status.units.map(\.id) == ["Page display title", "1", "2", "3"])
        #expect(status.units.map(\.state) == [.current, .current, .stale, .missing])
        #expect(status.units.map(\.provenance) == [.translateInferred, .translateInferred, .translateInferred, .none])
        #expect(status.units[2].evidence?.signal == .fuzzyMarker)
        #expect(status.state == .outdated)
        #expect(status.translate == TranslateStats(total: 4, translated: 2, fuzzy: 1, basis: .unitPages, includesTitle: true))
        #expect(findings.map(\.check) == [StatusCheck.stale, StatusCheck.missingUnit])
        #expect(findings.map(\.unit) == ["2", "3"])
        #expect(findings.first?.message == "unit 2 is outdated on meta: Translate marks its translation outdated (fuzzy); update it with Special:Translate")
    }

    @Test("units read live carry Translate's own state: fuzzy stale, translated and proofread current; its numbers are kept")
    func evaluateReported() {
        var page = PageState.absent(Self.location)
        page.translateUnits = [
            "Page display title": TranslateUnitPage(unit: "Page display title", text: "Plan", reported: .proofread),
            "1": TranslateUnitPage(unit: "1", text: "== Le budget ==", reported: .translated),
            "2": TranslateUnitPage(unit: "2", text: "Le budget est de 175 millions.", reported: .fuzzy),
        ]
        let wiki = TranslateStats(total: 4, translated: 2, fuzzy: 1, proofread: 1, basis: .wiki, includesTitle: true)
        page.translateStats = wiki
        let (status, findings) = StatusEvaluator.evaluateTranslate(page: page, source: Self.english, document: "plan", language: "fr", sourceLanguage: "en")
        #expect(status.units.map(\.state) == [.current, .current, .stale, .missing])
        #expect(status.units.map(\.provenance) == [.translate, .translate, .translate, .none])
        #expect(status.translate == wiki)
        #expect(findings.map(\.check) == [StatusCheck.stale, StatusCheck.missingUnit])

        // Translate's numbers say 2 fuzzy where the units give 1: a warning names the units.
        page.translateStats = TranslateStats(total: 4, translated: 1, fuzzy: 2, proofread: 1, basis: .wiki, includesTitle: true)
        let (_, mismatched) = StatusEvaluator.evaluateTranslate(page: page, source: Self.english, document: "plan", language: "fr", sourceLanguage: "en")
        let warning = mismatched.first { $0.check == StatusCheck.translateMismatch }
        #expect(warning?.severity == .warning)
        #expect(
            warning?.message
                == "Translate's statistics on meta count 1 translated where the units give 2 and 2 fuzzy where the units give 1: current units Page display title, 1; stale units 2; missing units 3. Its statistics may not be rebuilt yet (run the wiki's job queue), or a unit state was read wrongly: compare with Special:Translate"
        )
    }

    @Test("no unit pages and no rendered page: missing; the title counts when Translate's numbers include it")
    func evaluateNothing() {
        var page = PageState.absent(Self.location)
        page.translateUnits = [:]
        let (status, findings) = StatusEvaluator.evaluateTranslate(page: page, source: Self.english, document: "plan", language: "fr", sourceLanguage: "en")
        #expect(status.state == .missing)
        #expect(status.translate?.translated == 0 && status.translate?.total == 3)
        #expect(findings.map(\.check) == [StatusCheck.missingTranslation])

        page.translateStats = TranslateStats(total: 4, translated: 0, fuzzy: 0, proofread: 0, basis: .wiki, includesTitle: true)
        let (live, liveFindings) = StatusEvaluator.evaluateTranslate(page: page, source: Self.english, document: "plan", language: "fr", sourceLanguage: "en")
        #expect(live.counts.total == 4 && live.counts.missing == 4)
        #expect(live.translate?.basis == .wiki)
        #expect(liveFindings.map(\.check) == [StatusCheck.missingTranslation])
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

    @Test("rendered page only: per-unit states by position, provenance translate-inferred; counts from wrappers when units do not line up")
    func evaluateRendered() {
        let page = PageState(location: Self.location, exists: true, document: WikitextDocument(Self.rendered), translateUnits: [:])
        let (status, _) = StatusEvaluator.evaluateTranslate(page: page, source: Self.english, document: "plan", language: "fr", sourceLanguage: "en")
        #expect(status.units.map(\.state) == [.current, .stale, .missing])
        #expect(status.units.map(\.provenance) == [.translateInferred, .translateInferred, .none])
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
