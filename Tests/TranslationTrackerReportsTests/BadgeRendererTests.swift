import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("SVG badges")
struct BadgeRendererTests {
    static func badges(_ report: StatusReport = SampleReport.report, manifest: Manifest = CIReportSample.sampleManifest) -> [(name: String, svg: String)] {
        BadgeRenderer().render(report, context: CIReportSample.context(manifest: manifest))
    }

    /// What the tests read back from one badge.
    struct Parsed {
        var width: Double
        var labelBox: Double
        var messageBox: Double
        var title: String
        var ariaLabel: String
        var texts: [XMLElement]

        init(_ svg: String) throws {
            let root = try #require(try CIReportSample.parseXML(svg).rootElement())
            #expect(root.name == "svg")
            width = Double(root.value("width") ?? "") ?? 0
            ariaLabel = root.value("aria-label") ?? ""
            title = try root.elements("title").first?.stringValue ?? ""
            let rects = try root.elements("rect").filter { $0.value("fill")?.hasPrefix("url(") == false && $0.value("rx") == nil }
            labelBox = Double(rects.first?.value("width") ?? "") ?? 0
            messageBox = Double(rects.dropFirst().first?.value("width") ?? "") ?? 0
            texts = try root.elements("text")
        }

        var label: XMLElement { texts[1] }
        var message: XMLElement { texts[3] }
        func length(_ text: XMLElement) -> Double { (Double(text.value("textLength") ?? "") ?? 0) / 10 }
    }

    @Test func golden() throws {
        for badge in Self.badges() {
            try Golden.check(badge.svg, against: "badge-\(badge.name)")
        }
        let hostile = BadgeRenderer().render(CIReportSample.hostile, context: CIReportSample.context(manifest: CIReportSample.hostileManifest))
        try Golden.check(try #require(hostile.first { $0.name == "de.svg" }).svg, against: "badge-escaping.svg")
    }

    @Test("one badge per language and one overall, each well-formed with title and aria-label")
    func files() throws {
        let report = SampleReport.report
        let badges = Self.badges()
        #expect(badges.map(\.name) == report.languages.map { "\($0.code).svg" } + ["overall.svg"])
        for (badge, language) in zip(badges, report.languages) {
            let parsed = try Parsed(badge.svg)
            #expect(parsed.label.stringValue == language.autonym)
            #expect(parsed.title.hasPrefix(language.autonym))
            #expect(parsed.ariaLabel == parsed.title)
            #expect(parsed.texts.allSatisfy { $0.value("textLength") != nil })
            #expect(parsed.width == parsed.labelBox + parsed.messageBox)
            #expect((parsed.label.value("direction") == "rtl") == (language.direction == .rtl))
            #expect((parsed.label.value("unicode-bidi") == "embed") == (language.direction == .rtl))
            #expect(parsed.message.value("direction") == nil)
        }
        let overall = try Parsed(try #require(badges.last).svg)
        #expect(overall.message.stringValue == BadgeRenderer.percent(report.totals.coverage))
    }

    @Test("message is the coverage; colour follows coverage and state")
    func messagesAndColours() throws {
        let report = SampleReport.report
        // Worked out by hand from the sample's coverage and state and shields.io's scale.
        let colours = [
            "ar.svg": "#4c1",  // 100%, complete
            "zh.svg": "#e05d44",  // 0%, outdated
            "hi.svg": "#fe7d37",  // 33.3%, incomplete
            "fr.svg": "#4c1",  // 100%, complete
            "ja.svg": "#9f9f9f",  // missing
        ]
        let badges = Self.badges()
        #expect(badges.dropLast().map(\.name) == ["ar.svg", "zh.svg", "hi.svg", "fr.svg", "ja.svg"])
        for (badge, status) in zip(badges, report.translations) {
            let parsed = try Parsed(badge.svg)
            #expect(parsed.message.stringValue == BadgeRenderer.percent(status.coverage))
            let colour = try #require(colours[badge.name])
            #expect(badge.svg.contains("fill=\"\(colour)\""), "\(badge.name)")
        }
        #expect(BadgeRenderer.percent(100) == "100%")
        #expect(BadgeRenderer.percent(86.6) == "86.6%")
        #expect(BadgeRenderer.percent(0) == "0%")
        #expect(BadgeRenderer.color(coverage: 100, state: .complete) == "#4c1")
        #expect(BadgeRenderer.color(coverage: 0, state: .missing) == "#9f9f9f")
        #expect(BadgeRenderer.color(coverage: 10, state: .incomplete) == "#e05d44")
        #expect(BadgeRenderer.color(coverage: 99, state: .outdated) == "#dfb317")
        #expect(BadgeRenderer.color(coverage: 92, state: .incomplete) == "#97ca00")
        #expect(BadgeRenderer.color(coverage: 75, state: .incomplete) == "#a4a61d")
        #expect(BadgeRenderer.color(coverage: 50, state: .incomplete) == "#dfb317")
        #expect(BadgeRenderer.color(coverage: 25, state: .incomplete) == "#fe7d37")
        #expect(BadgeRenderer.color(coverage: 24.9, state: .incomplete) == "#e05d44")
    }

    @Test("names with markup, quotes and ampersands are escaped")
    func escaping() throws {
        let badges = BadgeRenderer().render(CIReportSample.hostile, context: CIReportSample.context(manifest: CIReportSample.hostileManifest))
        let german = try #require(badges.first { $0.name == "de.svg" })
        #expect(!german.svg.contains("<b>"))
        let parsed = try Parsed(german.svg)
        #expect(parsed.label.stringValue == "Deutsch & \"Co\" 'x' <b>")
        #expect(parsed.title.contains("German <script>"))
        let overall = try Parsed(try #require(badges.last).svg)
        #expect(overall.title.hasPrefix("Plan & <Budget> \"2024\""))
    }

    @Test("wider text gives wider text lengths and boxes")
    func widerText() throws {
        #expect(BadgeTextWidth.of("iiii") < BadgeTextWidth.of("mmmm"))
        #expect(BadgeTextWidth.of("Kiswahili") < BadgeTextWidth.of("Bahasa Indonesia"))
        #expect(BadgeTextWidth.of("1%") < BadgeTextWidth.of("100%"))
        let short = FlatBadge(label: "sw", message: "80%", color: "#4c1", title: "t", direction: .ltr, language: nil, id: "t")
        let long = FlatBadge(label: "Bahasa Indonesia", message: "100%", color: "#4c1", title: "t", direction: .ltr, language: nil, id: "t")
        #expect(short.labelWidth < long.labelWidth)
        #expect(short.messageWidth < long.messageWidth)
        #expect(short.width < long.width)
    }

    @Test("CJK characters are wider than Latin ones; marks and direction controls take no room")
    func scripts() {
        let cjk = BadgeTextWidth.of("日本語中文") / 5
        #expect(cjk == 11)
        #expect(cjk > BadgeTextWidth.of("français") / 8)
        #expect(cjk > BadgeTextWidth.of("Kiswahili") / 9)
        #expect(BadgeTextWidth.of("한국어") == 33)
        #expect(BadgeTextWidth.of("e\u{301}") == BadgeTextWidth.of("e"))
        #expect(BadgeTextWidth.of("é") == BadgeTextWidth.of("e"))
        #expect(BadgeTextWidth.of("\u{200F}\u{200E}\u{200D}\u{FEFF}") == 0)
        #expect(BadgeTextWidth.of("👩‍👩‍👧") == BadgeTextWidth.of("🎉"))
        #expect(BadgeTextWidth.of("🎉") > 11)
        #expect(BadgeTextWidth.of("русский") > BadgeTextWidth.of("рус"))
        #expect(BadgeTextWidth.of("ж") > BadgeTextWidth.of("г"))
        // Devanagari vowel signs that stand beside a consonant take room; the virama does not.
        #expect(BadgeTextWidth.of("हि") > BadgeTextWidth.of("ह"))
        #expect(BadgeTextWidth.of("न्") == BadgeTextWidth.of("न"))
        #expect(BadgeTextWidth.connectsLetters("العربية"))
        #expect(BadgeTextWidth.connectsLetters("हिन्दी"))
        #expect(!BadgeTextWidth.connectsLetters("日本語"))
    }

    @Test("every autonym of the embedded manifest fits its box")
    func embeddedAutonyms() throws {
        let url = URL(fileURLWithPath: SARIFValidator.repository + "/locales/tracker.yaml")
        let manifest = try ManifestLoader().load(yaml: String(contentsOf: url, encoding: .utf8), file: "locales/tracker.yaml").manifest
        #expect(manifest.targets.count >= 10)
        let translations = manifest.targets.map { language in
            var counts = UnitCounts()
            counts.total = 15
            counts.current = 13
            counts.missing = 2
            return TranslationStatus(
                document: "summary", language: language.code, location: .file(path: "\(language.code).wiki"), state: .incomplete, counts: counts, units: [])
        }
        let report = StatusReport(
            project: manifest.project?.name, sourceLanguage: manifest.source, languages: manifest.targets,
            documents: [
                DocumentStatus(
                    id: "summary", name: "Summary", kind: .wikitext, source: SourceStatus(location: .file(path: "en.wiki"), exists: true, units: 15),
                    translations: translations)
            ], untracked: [], findings: [])
        let badges = BadgeRenderer().render(report, context: CIReportSample.context(manifest: manifest))
        for (badge, language) in zip(badges, manifest.targets) {
            let parsed = try Parsed(badge.svg)
            #expect(parsed.label.stringValue == language.autonym)
            let text = parsed.length(parsed.label)
            // The text fits with padding on both sides, and the box is not needlessly wide.
            #expect(text + 2 * Double(FlatBadge.padding) <= parsed.labelBox, "\(language.code)")
            #expect(parsed.labelBox <= text + 2 * Double(FlatBadge.padding) + 1, "\(language.code)")
            // And the width is no less than the narrowest each character can be drawn: a full em
            // for CJK, a third of one for any other letter.
            var minimum = 0.0
            for character in language.autonym where !character.isWhitespace {
                let wide = character.unicodeScalars.contains { DisplayWidth.of($0) == 2 }
                let mark = character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark }
                minimum += wide ? 11 : mark ? 0 : 11.0 / 3
            }
            #expect(text >= minimum, "\(language.code): \(text) < \(minimum)")
            // Message box: the same rules.
            #expect(parsed.length(parsed.message) + 2 * Double(FlatBadge.padding) <= parsed.messageBox)
        }
    }
}
