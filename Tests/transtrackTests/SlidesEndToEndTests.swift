import Foundation
import Testing

/// Slide decks end to end: the dataset's decks, stamping them, and the generator that makes them.
@Suite("slides")
struct SlidesEndToEndTests {
    /// The slides document's translations in `status --format json`, by language.
    static func slides(_ workspace: TempWorkspace) throws -> [String: [String: Any]] {
        let output = try workspace.run("status", "--document", "slides", "--format", "json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let documents = try #require(json["documents"] as? [[String: Any]])
        let translations = try #require(documents.first { $0["id"] as? String == "slides" }?["translations"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: translations.map { ($0["language"] as! String, $0) })
    }

    static func units(_ translation: [String: Any]?) -> [String] {
        ((translation?["units"] as? [[String: Any]]) ?? []).map { "\($0["id"]!)=\($0["state"]!)" }
    }

    @Test("the dataset's decks are in the states locales/DATASET.md describes")
    func datasetStates() throws {
        let workspace = try TempWorkspace.dataset()
        let slides = try Self.slides(workspace)
        let states = slides.mapValues { $0["state"] as? String ?? "" }
        #expect(
            states == [
                "ar": "complete", "fr": "complete", "ja": "complete", "pt": "complete", "es": "outdated", "hi": "incomplete", "ru": "incomplete",
                "zh": "missing", "uk": "missing", "id": "missing", "sw": "missing",
            ])
        #expect(Self.units(slides["es"]).filter { !$0.hasSuffix("=current") } == ["slide-4=stale"])
        #expect(Self.units(slides["hi"]).filter { !$0.hasSuffix("=current") } == ["slide-8=missing"])
        #expect(Self.units(slides["ru"]).allSatisfy { $0.hasSuffix("=unverified") } && Self.units(slides["ru"]).count == 8)
        let location = { (code: String) in (slides[code]?["location"] as? [String: Any])?["file"] as? String }
        #expect(location("ar") == "locales/ar/slides.pptx")
        #expect(location("ja") == "locales/ja/slides.pdf")

        let check = try workspace.run("check", "--document", "slides", "--fail-on", "error")
        #expect(check.status == 1)
        let errors = check.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 2, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("locales/pt/slides.odp: error: slide 5: ") && $0.contains("[numbers slides/pt]") })
        #expect(errors.contains { $0.hasPrefix("locales/es/slides.odp: error: slide 4 is stale") })
        #expect(check.stdout.contains("locales/hi/slides.odp: warning: the deck has 7 slides and the English 8"))
    }

    @Test("stamp writes the record beside the deck, atomically, and status then reads it")
    func stampRoundTrip() throws {
        let workspace = try TempWorkspace.dataset()
        // A stale slide, stamped after it was updated.
        let stamp = try workspace.run("stamp", "es", "--document", "slides", "--unit", "slide-4")
        #expect(stamp.status == 0, "\(stamp.stderr)")
        #expect(stamp.stdout.contains("locales/es/slides.odp: stamped 1 unit (slide-4)"))
        #expect(try Self.slides(workspace)["es"]?["state"] as? String == "complete")

        // A deck without a record gets one.
        #expect(try workspace.run("stamp", "ru", "--document", "slides").status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(workspace.bytes("locales/ru/slides.odp.transtrack.json"))) as? [String: Any])
        #expect((record["slides"] as? [String: String])?.count == 8)
        #expect(record["source"] as? String == "locales/en/slides.odp")
        #expect((record["sourceSHA1"] as? String)?.count == 40)
        #expect(try Self.slides(workspace)["ru"]?["state"] as? String == "complete")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.path("locales/ru")).sorted()
        #expect(leftovers == ["slides.odp", "slides.odp.transtrack.json", "summary.wiki"], "no temporary file left behind")

        // Stamping a current deck again writes nothing.
        let before = try workspace.bytes("locales/fr/slides.odp.transtrack.json")
        #expect(try workspace.run("stamp", "fr", "--document", "slides").stdout.contains("8 already current"))
        #expect(try workspace.bytes("locales/fr/slides.odp.transtrack.json") == before)

        // A PDF is stamped as a whole.
        let pdf = try workspace.run("stamp", "ja", "--document", "slides", "--unit", "slide-2")
        #expect(pdf.stdout.contains("a PDF is stamped as a whole"))

        // A broken record is reported, not overwritten.
        try workspace.write("locales/fr/slides.odp.transtrack.json", "{ not json")
        let broken = try workspace.run("stamp", "fr", "--document", "slides")
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("locales/fr/slides.odp.transtrack.json: error: not a transtrack stamp record"))
        #expect(try workspace.read("locales/fr/slides.odp.transtrack.json") == "{ not json")
    }

    @Test("when the English slide changes, the slide stamped against it turns stale")
    func englishChanges() throws {
        let workspace = try TempWorkspace.dataset()
        // Swap the French deck in as the "English": every stamped fr slide now records another text.
        try FileManager.default.removeItem(atPath: workspace.path("locales/en/slides.odp"))
        try FileManager.default.copyItem(atPath: workspace.path("locales/es/slides.odp"), toPath: workspace.path("locales/en/slides.odp"))
        let slides = try Self.slides(workspace)
        #expect(Self.units(slides["fr"]).allSatisfy { $0.hasSuffix("=stale") })
        #expect(slides["ja"]?["state"] as? String == "outdated", "the PDF's record names another English deck")
    }

    @Test("a deck that cannot be read is a finding on its file; a second deck for one language is a warning")
    func brokenAndDuplicateDecks() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.write("locales/fr/slides.odp", "garbage\n")
        try FileManager.default.copyItem(atPath: workspace.path("locales/ru/slides.odp"), toPath: workspace.path("locales/ru/slides.pptx"))
        let check = try workspace.run("check", "--document", "slides")
        #expect(check.status == 1, "es is still stale")
        #expect(check.stdout.contains("locales/fr/slides.odp: error: the file is named .odp but does not start like one"))
        #expect(check.stdout.contains("locales/ru/slides.odp: warning: locales/ru/slides.pptx also exists; only locales/ru/slides.odp is tracked"))
        let slides = try Self.slides(workspace)
        #expect(slides["fr"]?["state"] as? String == "incomplete")
        #expect(slides["fr"]?["coverage"] as? Double == 0)
    }

    @Test("scripts/generate-decks writes exactly the committed decks and records")
    func generatorIsDeterministic() throws {
        let output = try TempWorkspace()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TempWorkspace.repository + "/scripts/generate-decks", "--output", output.root]
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let generated = try #require(FileManager.default.subpaths(atPath: output.path("locales"))).filter {
            !FileBytes.isDirectory(output.path("locales/" + $0))
        }.sorted()
        #expect(generated.count == 14)
        for path in generated {
            let committed = try Data(contentsOf: URL(fileURLWithPath: TempWorkspace.repository + "/locales/" + path))
            let fresh = try Data(contentsOf: URL(fileURLWithPath: output.path("locales/" + path)))
            #expect(committed == fresh, "locales/\(path) differs from what scripts/generate-decks writes; run it and commit the result")
        }
    }
}

private enum FileBytes {
    static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
