import Foundation
import Testing

@Suite("transtrack stamp and mark")
struct StampEndToEndTests {
    @Test("stamp changes only the stale units' markers, byte for byte")
    func stampOnlyTouchesMarkers() throws {
        let workspace = try TempWorkspace.dataset()
        let before = try workspace.read("locales/fr/summary.wiki")
        let output = try workspace.run("stamp", "fr", "--unit", "7")
        #expect(output.status == 0)
        #expect(output.stdout.contains("stamped 1 unit (7)"))
        let after = try workspace.read("locales/fr/summary.wiki")
        let changed = zip(before.split(separator: "\n", omittingEmptySubsequences: false), after.split(separator: "\n", omittingEmptySubsequences: false))
            .filter { $0 != $1 }
        #expect(changed.count == 1)
        #expect(changed.first?.0 == "<!--T:7 src=b145bb250c-->")
        #expect(changed.first?.1.hasPrefix("<!--T:7 src=") == true)
        #expect(try workspace.run("check").stdout.contains("fr/summary.wiki:22") == false)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.path("locales/fr")).sorted()
        #expect(leftovers == ["slides.odp", "slides.odp.transtrack.json", "summary.wiki"], "no temporary file left behind")
    }

    @Test("stamping a CRLF file with a BOM keeps both")
    func crlfAndBOM() throws {
        let workspace = try TempWorkspace.dataset()
        let text = try workspace.read("locales/fr/summary.wiki").replacingOccurrences(of: "\n", with: "\r\n")
        try workspace.write("locales/fr/summary.wiki", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(try workspace.run("stamp", "fr").status == 0)
        let bytes = try workspace.bytes("locales/fr/summary.wiki")
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let lone = zip(bytes, bytes.dropFirst()).enumerated().contains { index, pair in pair.1 == 0x0A && pair.0 != 0x0D }
        #expect(!lone, "every line still ends in CRLF")
        #expect(try workspace.run("check").status == 1, "uk is still stale")
        let fr = try workspace.run("check").stdout.split(separator: "\n").filter { $0.hasPrefix("locales/fr/") }
        #expect(!fr.contains { $0.contains("[stale") }, "fr is stamped")
    }

    @Test("--dry-run writes nothing; an absent translation named explicitly is an input error")
    func dryRunAndAbsent() throws {
        let workspace = try TempWorkspace.dataset()
        let before = try workspace.bytes("locales/uk/summary.wiki")
        let dry = try workspace.run("stamp", "uk", "--dry-run")
        #expect(dry.stdout.contains("would stamp 2 units (7, 12)"))
        #expect(try workspace.bytes("locales/uk/summary.wiki") == before)
        let absent = try workspace.run("stamp", "ja", "--document", "summary")
        #expect(absent.stdout == "")
        #expect(absent.stderr == "locales/ja/summary.wiki: error: no ja translation to stamp; create it first\n")
        #expect(absent.status == 2)
    }

    @Test("stamping every document skips a language's missing translation of one with a note")
    func missingTranslationOfAnUnnamedDocumentIsSkipped() throws {
        let workspace = try TempWorkspace.dataset()
        // zh has no slide deck, ja no summary: neither was named, so neither is an error.
        let several = try workspace.run("stamp", "ar", "zh", "fr")
        #expect(
            several.stdout == """
                locales/ar/summary.wiki: 15 already current
                locales/zh/summary.wiki: 15 already current
                locales/fr/summary.wiki: stamped 2 units (7, 12); 13 already current
                locales/ar/slides.pptx: 8 already current
                locales/zh/slides.odp: no zh translation of slides yet; skipped
                locales/fr/slides.odp: 8 already current

                """)
        #expect(several.stderr == "")
        #expect(several.status == 0)
        #expect(try workspace.run("check", "--language", "fr").status == 0, "fr was stamped")

        let japanese = try workspace.run("stamp", "ja")
        #expect(
            japanese.stdout == """
                locales/ja/summary.wiki: no ja translation of summary yet; skipped
                locales/ja/slides.pdf: 8 already current

                """)
        #expect(japanese.stderr == "")
        #expect(japanese.status == 0)
    }

    @Test("a document named with --document that a language has no translation of is an input error")
    func missingTranslationOfANamedDocumentIsAnError() throws {
        let workspace = try TempWorkspace.dataset()
        let alone = try workspace.run("stamp", "zh", "--document", "slides")
        #expect(alone.stdout == "")
        #expect(alone.stderr == "locales/zh/slides.odp: error: no zh deck to stamp; create it first\n")
        #expect(alone.status == 2)

        // The other languages are still stamped.
        let mixed = try workspace.run("stamp", "es", "zh", "--document", "slides")
        #expect(mixed.stdout == "locales/es/slides.odp: stamped 1 unit (slide-4); 7 already current\n")
        #expect(mixed.stderr == "locales/zh/slides.odp: error: no zh deck to stamp; create it first\n")
        #expect(mixed.status == 2)
        #expect(try workspace.run("stamp", "es", "--document", "slides").stdout == "locales/es/slides.odp: 8 already current\n")
    }

    @Test("a translation without markers is matched by position and stamp inserts markers")
    func stampInsertsMarkers() throws {
        let workspace = try TempWorkspace.dataset()
        let marked = try workspace.read("locales/es/summary.wiki")
        let unmarked = marked
            .replacingOccurrences(of: #"(?m)^<!--T:[0-9]+ src=[0-9a-f]+-->\n"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #" <!--T:[0-9]+ src=[0-9a-f]+-->"#, with: "", options: .regularExpression)
        try workspace.write("locales/es/summary.wiki", unmarked)
        let status = try workspace.run("status", "--format", "json", "--language", "es")
        #expect(status.stdout.contains("\"matchedByPosition\" : true"))
        #expect(status.stdout.contains("\"unverified\" : 15"))
        #expect(try workspace.run("stamp", "es").status == 0)
        let restamped = try workspace.read("locales/es/summary.wiki")
        #expect(restamped == marked, "markers go back exactly where the Translate extension puts them")
    }

    @Test("mark gives unmarked English units numeric markers after the largest id")
    func mark() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.replace("locales/en/summary.wiki", "</translate>", with: "\n* A new list item for readers.\n</translate>")
        let output = try workspace.run("mark")
        #expect(output.status == 0)
        #expect(output.stdout.contains("marked 1 unit (16)"))
        #expect(try workspace.read("locales/en/summary.wiki").contains("<!--T:16-->\n* A new list item for readers."))
        #expect(try workspace.run("mark").stdout.contains("every unit already has a marker"))
    }

    @Test("mark leaves a unit inside a comment unmarked, says so, and writes nothing else")
    func markSkipsCommentedUnit() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.replace("locales/en/summary.wiki", "</translate>", with: "\n<!-- draft\n\nA paragraph not yet published.\n-->\n</translate>")
        let before = try workspace.read("locales/en/summary.wiki")
        let output = try workspace.run("mark")
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 2)
        #expect(lines[0].hasPrefix("locales/en/summary.wiki: warning: unit h"))
        #expect(lines[0].hasSuffix(" not marked: unit \(lines[0].dropFirst("locales/en/summary.wiki: warning: unit ".count).prefix(9)) lies inside the comment '<!--' opened on line \(Self.line(of: "<!-- draft", in: before)); a marker there would be part of the comment, so close the comment before the unit"))
        #expect(lines[1] == "locales/en/summary.wiki: marked 1 unit (16)")
        #expect(try workspace.read("locales/en/summary.wiki") == before.replacingOccurrences(of: "\n<!-- draft", with: "\n<!--T:16-->\n<!-- draft"))
    }

    static func line(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle)[0].filter { $0 == "\n" }.count + 1
    }
}
