import Foundation
import Testing

@Suite("transtrack check: the CI gate")
struct CheckEndToEndTests {
    static let everyLanguageWithUnit2 = ["ar", "zh", "fr", "hi", "pt", "uk", "id", "es", "ru", "sw"]

    @Test("the dataset fails the default gate on its stale units")
    func datasetIsStale() throws {
        let workspace = try TempWorkspace.dataset()
        let output = try workspace.run("check")
        #expect(output.status == 1)
        #expect(output.stdout.contains("locales/fr/summary.wiki:22: error: unit 7 is stale"))
        #expect(output.stdout.contains("locales/uk/summary.wiki:44: error: unit 12 is stale"))
        #expect(output.stdout.contains("locales/es/slides.odp: error: slide 4 is stale"))
        #expect(output.stderr.contains("5 stale units"))
    }

    @Test("editing one English unit makes check fail for every language that had it current; stamping passes")
    func editThenStamp() throws {
        let workspace = try TempWorkspace.dataset()
        #expect(try workspace.run("stamp", "all").status == 0)
        #expect(try workspace.run("check").status == 0)

        try workspace.replace("locales/en/summary.wiki", "a short overview", with: "a brief overview")
        let failed = try workspace.run("check")
        #expect(failed.status == 1)
        let staleLines = failed.stdout.split(separator: "\n").filter { $0.contains("unit 2 is stale") }
        for code in Self.everyLanguageWithUnit2 {
            #expect(staleLines.contains { $0.hasPrefix("locales/\(code)/summary.wiki:") }, "unit 2 stale in \(code)")
        }
        #expect(staleLines.count == Self.everyLanguageWithUnit2.count)

        let stamped = try workspace.run("stamp", "all", "--unit", "2")
        #expect(stamped.status == 0)
        #expect(stamped.stdout.contains("locales/fr/summary.wiki: stamped 1 unit (2)"))
        #expect(try workspace.run("check").status == 0)
    }

    @Test("--fail-on chooses what fails, --min-coverage adds coverage floors")
    func gateFlags() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.run("stamp", "fr", "uk")
        try workspace.run("stamp", "es", "--document", "slides")
        #expect(try workspace.run("check").status == 0)
        #expect(try workspace.run("check", "--fail-on", "missing").status == 1)
        #expect(try workspace.run("check", "--fail-on", "incomplete").status == 1)
        #expect(try workspace.run("check", "--fail-on", "unverified").status == 1)
        // Stamping without updating the text: the numbers check still sees 175 million and 9 May.
        let numbers = try workspace.run("check", "--fail-on", "stale,error")
        #expect(numbers.status == 1)
        #expect(numbers.stdout.contains("locales/fr/summary.wiki:23: error: unit 7: the number 177 million (177,000,000) is 175 millions (175,000,000) in the translation"))
        #expect(numbers.stdout.contains("locales/uk/summary.wiki:45: error: unit 12: the number 11 is 9 in the translation"))
        let coverage = try workspace.run("check", "--document", "summary", "--min-coverage", "90", "--language", "sw")
        #expect(coverage.status == 1)
        #expect(coverage.stderr.contains("summary sw coverage 80.0% is below 90%"))
        #expect(try workspace.run("check", "--document", "summary", "--min-coverage", "sw=80", "--language", "sw").status == 0)
        #expect(try workspace.run("check", "--min-coverage", "sw=80", "--language", "sw").stderr.contains("slides sw coverage 0.0% is below 80%"))
        #expect(try workspace.run("check", "--fail-on", "sometimes").status == 64)
        #expect(try workspace.run("check", "--min-coverage", "lots").status == 64)
    }

    @Test("check without a manifest, on a pair of files")
    func pairWithoutManifest() throws {
        let folder = try TempWorkspace()
        try folder.write("en.wiki", "== Title == <!--T:1-->\n\n<!--T:2-->\nFirst paragraph.\n\n<!--T:3-->\nSecond paragraph.\n")
        try folder.write("fr.wiki", "== Titre == <!--T:1 src=000000-->\n\n<!--T:2-->\nPremier paragraphe.\n")
        let output = try folder.run("check", "--source", "en.wiki", "--translation", "fr=fr.wiki", "--fail-on", "stale,incomplete")
        #expect(output.status == 1)
        #expect(output.stdout.contains("fr.wiki:1: error: unit 1 is stale"))
        #expect(output.stdout.contains("unit 3 is not translated"))
        #expect(output.stdout.contains("fr.wiki:3: info: unit 2 has no provenance"))
        #expect(try folder.run("check", "--source", "en.wiki", "--translation", "fr").status == 64)
        #expect(try folder.run("check", "--source", "nope.wiki", "--translation", "fr=fr.wiki").status == 2)
    }
}
