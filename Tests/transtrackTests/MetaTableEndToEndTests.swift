import Foundation
import Testing
import TestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The coverage table and worklists as Meta readers get them: `transtrack publish` reads every
/// wiki of a manifest whose 13 wikis all live on the real test wiki (`scripts/mediawiki`), saves
/// the table and 11 worklists there, and the rendered page is opened in headless Chromium with
/// the Vector 2022 skin in a 1280-pixel window.
@Suite("The Meta coverage table, from the wikis, in a browser", .serialized, .enabled(if: PublishWiki.shouldRun))
struct MetaTableEndToEndTests {
    static let english1 = """
        <translate>
        <!--T:1-->
        The Wikimedia Foundation plans a budget of 177 million dollars for 2023-2024.

        <!--T:2-->
        The plan has three goals: infrastructure, equity and safety.

        <!--T:3-->
        Read more on [[Main Page|the main page]].
        </translate>
        """
    static let english2 = english1.replacingOccurrences(of: "three goals: infrastructure, equity and safety", with: "four goals: infrastructure, equity, safety and effectiveness")
    static let french1 = """
        <!--T:1-->
        La Fondation Wikimedia prévoit un budget de 177 millions de dollars pour 2023-2024.

        <!--T:2-->
        Le plan a trois objectifs : infrastructure, équité et sécurité.

        <!--T:3-->
        En savoir plus sur [[Main Page|la page d'accueil]].
        """
    static let french2 = french1.replacingOccurrences(of: "trois objectifs : infrastructure, équité et sécurité", with: "quatre objectifs : infrastructure, équité, sécurité et efficacité")
    static let arabic = """
        <!--T:1-->
        تخطط مؤسسة ويكيميديا لميزانية قدرها ١٧٧ مليون دولار للفترة ٢٠٢٣-٢٠٢٤.

        <!--T:2-->
        للخطة أربعة أهداف: البنية التحتية والإنصاف والسلامة والفعالية.

        <!--T:3-->
        اقرأ المزيد في [[Main Page|الصفحة الرئيسية]].
        """
    static let japanese = """
        <!--T:1-->
        ウィキメディア財団は2023-2024年度に1億7700万ドルの予算を計画しています。
        """

    /// The dataset's 11 languages, each with a Wikipedia copy, all wikis on the test wiki; page
    /// titles under a prefix of their own, so runs never meet. The summary's pages are plain
    /// pages with unit markers (not marked for translation), so states are inferred from the
    /// pages' histories; the Translate extension's own answers are tested elsewhere.
    struct Setup {
        let wiki: PublishWiki
        let prefix: String
        let workspace: TempWorkspace

        var table: String { prefix + "/Translation status" }
        func worklist(_ code: String) -> String { table + "/" + code }
        func translation(_ code: String) -> String { prefix + "/Summary/" + code }
        func copy(_ code: String) -> String { prefix + " copy " + code }

        static let languages: [(code: String, name: String, autonym: String, rtl: Bool)] = [
            ("ar", "Arabic", "العربية", true), ("zh", "Chinese", "中文", false), ("fr", "French", "français", false),
            ("hi", "Hindi", "हिन्दी", false), ("pt", "Portuguese", "português", false), ("uk", "Ukrainian", "українська", false),
            ("id", "Indonesian", "Bahasa Indonesia", false), ("es", "Spanish", "español", false), ("ru", "Russian", "русский", false),
            ("sw", "Swahili", "Kiswahili", false), ("ja", "Japanese", "日本語", false),
        ]

        init(_ wiki: PublishWiki, unreadable: String? = nil) throws {
            self.wiki = wiki
            prefix = "TT\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(8)) Annual Plan"
            workspace = try TempWorkspace()
            let api = wiki.api.absoluteString
            var yaml = """
                version: 1
                root: ..
                project: { name: Annual Plan test, contact: tests@transtrack.invalid }
                source: en
                languages:
                  - { code: en, name: English, autonym: English }

                """
            for language in Self.languages {
                yaml += "  - { code: \(language.code), name: \(language.name), autonym: \"\(language.autonym)\"\(language.rtl ? ", direction: rtl" : "") }\n"
            }
            yaml += "wikis:\n  - { id: meta, name: Meta-Wiki, api: \"\(api)\" }\n  - { id: commons, name: Wikimedia Commons, api: \"\(api)\" }\n"
            for language in Self.languages {
                let address = language.code == unreadable ? "http://127.0.0.1:9/api.php" : api
                yaml += "  - { id: \(language.code)wiki, name: \(language.name) Wikipedia, language: \(language.code), api: \"\(address)\" }\n"
            }
            yaml += """
                documents:
                  - id: summary
                    name: Annual Plan summary
                    pages:
                      - { wiki: meta, source: "\(prefix)/Summary", translation: "\(prefix)/Summary/{lang}" }
                    copies:

                """
            for language in Self.languages {
                yaml += "      \(language.code): { wiki: \(language.code)wiki, title: \"\(prefix) copy \(language.code)\" }\n"
            }
            yaml += """
                  - id: slides
                    name: Annual Plan slides
                    kind: file
                    pages:
                      - { wiki: commons, source: "File:\(prefix) slides.pdf", translation: "File:\(prefix) slides ({lang}).pdf" }
                publish:
                  wiki: meta
                  table: \(prefix)/Translation status
                  worklists: \(prefix)/Translation status/{lang}

                """
            try workspace.write("locales/tracker.yaml", yaml)
        }

        /// English, then French made from it, then the English changed (so French is outdated
        /// on unit 2); Arabic made after the change (complete); Japanese one unit of three; a
        /// French copy up to date and a Spanish copy of the old English.
        func seed() async throws {
            _ = try await wiki.seed(prefix + "/Summary", MetaTableEndToEndTests.english1)
            _ = try await wiki.seed(translation("fr"), MetaTableEndToEndTests.french1)
            _ = try await wiki.seed(copy("es"), MetaTableEndToEndTests.french1.replacingOccurrences(of: "La Fondation", with: "La Fundación"))
            try await Task.sleep(for: .milliseconds(1100))  // histories order by whole seconds
            _ = try await wiki.seed(prefix + "/Summary", MetaTableEndToEndTests.english2)
            try await Task.sleep(for: .milliseconds(1100))
            _ = try await wiki.seed(translation("ar"), MetaTableEndToEndTests.arabic)
            _ = try await wiki.seed(translation("ja"), MetaTableEndToEndTests.japanese)
            _ = try await wiki.seed(copy("fr"), MetaTableEndToEndTests.french2)
        }

        func publish(_ arguments: String...) throws -> Binary.Output {
            try Binary.run(["publish"] + arguments, in: workspace.root, environment: wiki.botEnvironment)
        }
    }

    @Test("publish reads every wiki, saves the table and 11 worklists, and a second run saves nothing")
    func publishFromWikis() async throws {
        guard let wiki = PublishWiki.required() else { return }
        let setup = try Setup(wiki)
        try await setup.seed()
        let first = try setup.publish("--worklists", "--create", "--verbose")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("meta:\(setup.table): created the page"), "\(first.stdout)")
        for language in Setup.languages {
            #expect(first.stdout.contains("meta:\(setup.worklist(language.code)): created the page"), "\(language.code)")
        }
        #expect(first.stderr.contains("frwiki: 1 titles"), "the copies were read live: \(first.stderr)")

        let table = try #require(try await wiki.latest(setup.table)).text
        #expect(table.contains("[[\(setup.translation("fr"))|outdated]]"))
        #expect(table.contains("[[\(setup.translation("ar"))|complete]]"))
        #expect(table.contains("[[\(setup.worklist("fr"))|1 unit outdated]]"), "\(table)")
        #expect(table.contains("[[\(setup.worklist("ja"))|2 units missing]]"), "\(table)")
        #expect(table.contains("title=\"outdated\">[\(wiki.api.absoluteString.replacingOccurrences(of: "api.php", with: "index.php"))?title="), "the Spanish copy, by URL")
        let french = try #require(try await wiki.latest(setup.worklist("fr"))).text
        #expect(french.contains("| 2\n| update\n| <div lang=\"en\" dir=\"ltr\">The plan has four goals: infrastructure, equity, safety and effectiveness.</div>\n| ["))
        #expect(french.contains("English changes since it was translated]"))
        let arabic = try #require(try await wiki.latest(setup.worklist("ar"))).text
        #expect(arabic.contains("is complete: 3 of 3 units current (100.0%).\n\nNothing to do.\n"))
        #expect(arabic.contains("\n* Arabic Wikipedia (Annual Plan summary): missing\n"), "the copy is still to be made")

        let revisions = try await wiki.latest(setup.table)?.id
        let second = try setup.publish("--worklists")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.components(separatedBy: "up to date").count - 1 == 12, "\(second.stdout)")
        #expect(try await wiki.latest(setup.table)?.id == revisions)
    }

    @Test("a wiki that cannot be read: exit 2, the wiki named, and nothing published")
    func partialReadPublishesNothing() async throws {
        guard let wiki = PublishWiki.required() else { return }
        let setup = try Setup(wiki, unreadable: "uk")
        try await setup.seed()
        let output = try setup.publish("--worklists", "--create", "--attempts", "1", "--connect-timeout", "2")
        #expect(output.status == 2)
        #expect(output.stderr.contains("ukwiki"), "\(output.stderr)")
        #expect(output.stdout.isEmpty)
        #expect(try await wiki.latest(setup.table) == nil)
        #expect(try await wiki.latest(setup.worklist("fr")) == nil)
    }

    @Test("in Chromium with Vector 2022 at 1280 px: no horizontal overflow, every language row, every link resolves")
    func browser() async throws {
        guard let wiki = PublishWiki.required(), let chromium = Chromium.required() else { return }
        try Fonts.requireScripts()
        let setup = try Setup(wiki)
        try await setup.seed()
        let published = try setup.publish("--worklists", "--create")
        #expect(published.status == 0, "\(published.stderr)")

        let measured = try await MetaTablePage.measure(wiki: wiki, title: setup.table, chromium: chromium, width: 1280)
        #expect(measured.documentScrollWidth <= measured.viewportWidth, "the page scrolls sideways: \(measured)")
        #expect(measured.tableRight <= measured.contentRight + 0.5, "the table leaves the content area: \(measured)")
        #expect(measured.columns <= 8)
        #expect(measured.rowLanguages.sorted() == Setup.languages.map(\.code).sorted())
        #expect(measured.rows == Setup.languages.count + 2, "a header, one row per language, the totals")
        #expect(!measured.links.isEmpty)
        for link in measured.links {
            #expect(!link.red, "a red link: \(link.href)")
            #expect(try await MetaTablePage.status(of: link.href) == 200, "\(link.href)")
        }
        Console.note("meta table at 1280 px: table \(Int(measured.tableWidth)) px wide in a content area of \(Int(measured.contentWidth)) px")
    }
}

/// The fonts the browser test needs to draw all 11 scripts (Debian's Noto fonts; scripts/test installs them).
enum Fonts {
    static func requireScripts() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["fc-list", ":", "family"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let families = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        for family in ["Noto Sans Arabic", "Noto Sans Devanagari", "Noto Sans CJK"] where !families.contains(family) {
            Issue.record("font \(family) is missing: apt-get install fonts-noto-core fonts-noto-cjk (scripts/test does)")
        }
    }
}

enum Console {
    /// A figure for the log of a test run (the note quotes it).
    static func note(_ text: String) { FileHandle.standardError.write(Data(("note: " + text + "\n").utf8)) }
}
