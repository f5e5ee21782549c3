import Testing
import TranslationTracker

@testable import TranslationTrackerReports

@Suite("Worklist pages for translators")
struct WorklistRendererTests {
    static let english = EnglishUnits(["summary": SampleReport.english.units.map { ($0.id, $0.text) }])

    static func render(_ report: StatusReport, _ language: LanguageCode) -> String {
        WorklistRenderer(table: "Plan/Status").render(report, context: SampleReport.context, language: language, english: english)
    }

    /// The table rows of a worklist: per `|-`, the cell lines after it.
    static func rows(_ text: String) -> [[String]] { RowTable(text).rows }

    @Test("every unit to update, check, translate or remove, with the English as it is now")
    func chinese() throws {
        let text = Self.render(SampleReport.report, "zh")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == WikitextBlock.begin && lines.last == WikitextBlock.end)
        #expect(text.contains("Worklist for <span lang=\"zh\" dir=\"ltr\">'''中文'''</span> (zh): the units to update or translate, with the English as it is now. Back to the [[Plan/Status|translation status table]]."))
        #expect(text.contains("\n== Plan summary ==\n[[Plan/Summary/zh|The translation]] is outdated: 0 of 3 units current (0.0%).\n"))
        #expect(Self.rows(text) == [
            ["| 1", "| update", "| <div lang=\"en\" dir=\"ltr\">&#61;= Budget &amp; goals ==</div>", "| "],
            ["| 2", "| check", "| <div lang=\"en\" dir=\"ltr\">The budget is $177 million &#124; &#123;&#123;Template&#125;&#125; &lt;script&gt;alert(1)&lt;/script&gt;.</div>", "| "],
            ["| 3", "| translate", "| <div lang=\"en\" dir=\"ltr\">&#42; One<br />* Two 🎉</div>", "| "],
            ["| 9", "| remove", "| —", "| "],
        ])
    }

    @Test("a translation on the wiki: the English diff since it was translated, and content findings on current units")
    func frenchOnMeta() throws {
        var report = SampleReport.report
        let index = try #require(report.documents[0].translations.firstIndex { $0.language == "fr" })
        report.documents[0].translations[index].location = .wiki(id: "meta", title: "Plan/Summary/fr")
        report.documents[0].translations[index].units[1].state = .stale
        report.documents[0].translations[index].counts.current = 2
        report.documents[0].translations[index].counts.stale = 1
        report.documents[0].translations[index].state = .outdated
        let text = Self.render(report, "fr")
        #expect(Self.rows(text) == [
            ["| 2", "| update", "| <div lang=\"en\" dir=\"ltr\">The budget is $177 million &#124; &#123;&#123;Template&#125;&#125; &lt;script&gt;alert(1)&lt;/script&gt;.</div>",
             "| [https://meta.wikimedia.org/w/index.php?diff=5020&oldid=4990 English changes since it was translated]"],
            ["| 3", "| fix", "| <div lang=\"en\" dir=\"ltr\">&#42; One<br />* Two 🎉</div>",
             "| error (numbers): the number 177 million is 175 millions in the translation; write the same value"],
        ])
        let page = WorklistRenderer(table: "Plan/Status").pages(report, context: SampleReport.context, english: Self.english).first { $0.language == "fr" }
        #expect(page?.todo == "1 unit outdated · 1 problem")
        #expect(page?.text == text, "every language's page from one index is the page rendered alone")
    }

    @Test("a missing translation lists every English unit to translate")
    func japanese() {
        let text = Self.render(SampleReport.report, "ja")
        #expect(text.contains("Not translated yet: 3 units to translate.\n"))
        #expect(Self.rows(text).map { $0.prefix(2) } == [["| 1", "| translate"], ["| 2", "| translate"], ["| 3", "| translate"]])
        #expect(!text.contains("Nothing to do"))
    }

    @Test("a clean translation says there is nothing to do")
    func arabic() {
        let text = Self.render(SampleReport.report, "ar")
        #expect(text.contains("is complete: 3 of 3 units current (100.0%).\n\nNothing to do.\n"))
        #expect(text.contains("'''Nothing to do''': every unit is current."))
        #expect(Self.rows(text).isEmpty)
    }

    @Test("copies behind on their own wiki are listed with their units")
    func copies() throws {
        var report = SampleReport.report
        var copy = try #require(report.documents[0].translations.first { $0.language == "fr" })
        copy.location = .wiki(id: "frwiki", title: "Wikipédia:Plan & résumé 2024")
        copy.units[0].state = .stale
        copy.state = .outdated
        report.documents[0].translations.append(copy)
        let text = Self.render(report, "fr")
        #expect(text.contains("\n== Copies on other wikis ==\n* [https://fr.wikipedia.org/wiki/Wikip%C3%A9dia:Plan_%26_r%C3%A9sum%C3%A9_2024 French Wikipedia] (Plan summary): outdated; units to update: 1\n"))
    }

    @Test("the same report gives the same page, and hostile text cannot change its shape")
    func stableAndEscaped() {
        #expect(Self.render(SampleReport.report, "zh") == Self.render(SampleReport.report, "zh"))
        let (report, context) = SampleReport.hostileReport
        let text = WorklistRenderer().render(report, context: context, language: "he", english: EnglishUnits())
        for line in text.split(separator: "\n") where line.hasPrefix("| ") {
            #expect(!line.dropFirst(2).contains("||") && !line.contains("{{") && !line.contains("[["), "\(line)")
        }
        #expect(!text.contains("<script") && !text.contains("~~~"))
    }
}
