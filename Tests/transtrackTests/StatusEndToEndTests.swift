import Foundation
import Testing

@Suite("transtrack status and missing")
struct StatusEndToEndTests {
    @Test("status on the embedded dataset shows every language with its state")
    func statusTable() throws {
        let workspace = try TempWorkspace.dataset()
        let output = try workspace.run("status")
        #expect(output.status == 0)
        let rows = output.stdout.split(separator: "\n").map(String.init)
        func row(_ code: String) -> String? { rows.first { $0.hasPrefix("  \(code) ") } }
        #expect(row("ar")?.contains("complete") == true)
        #expect(row("ar")?.contains("العربية") == true)
        #expect(row("fr")?.contains("outdated") == true)
        #expect(row("uk")?.contains("outdated") == true)
        #expect(row("sw")?.contains("incomplete") == true)
        #expect(row("hi")?.contains("incomplete") == true)
        #expect(row("ja")?.contains("missing") == true)
        #expect(!output.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test("status is the default command and is found from a subfolder")
    func defaultCommandFromSubfolder() throws {
        let workspace = try TempWorkspace.dataset()
        let output = try Binary.run([], in: workspace.path("locales/fr"))
        #expect(output.status == 0)
        #expect(output.stdout.contains("summary"))
        #expect(output.stdout.contains("français"))
    }

    @Test("--manifest works from any folder; --language and --document filter")
    func manifestOptionAndFilters() throws {
        let workspace = try TempWorkspace.dataset()
        let elsewhere = try TempWorkspace()
        let output = try Binary.run(
            ["status", "--manifest", workspace.path("locales/tracker.yaml"), "--language", "fr", "--language", "ja", "--document", "summary"],
            in: elsewhere.root)
        #expect(output.status == 0)
        #expect(output.stdout.contains("français"))
        #expect(output.stdout.contains("日本語"))
        #expect(!output.stdout.contains("العربية"))
    }

    @Test("colour only when asked for or on a terminal; NO_COLOR wins over auto")
    func colour() throws {
        let workspace = try TempWorkspace.dataset()
        #expect(try workspace.run("status", "--color", "always").stdout.contains("\u{1B}["))
        #expect(!(try workspace.run("status", "--color", "auto", environment: ["NO_COLOR": "1"]).stdout.contains("\u{1B}[")))
    }

    @Test("missing lists missing translations and units, one grep-friendly line each")
    func missingLines() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.remove("locales/es/summary.wiki")
        let output = try workspace.run("missing")
        #expect(output.status == 0)
        let lines = Set(output.stdout.split(separator: "\n").map(String.init))
        #expect(lines.contains("summary  es  missing"))
        #expect(lines.contains("summary  ja  missing"))
        #expect(lines.contains("summary  sw  unit 13 missing"))
        #expect(lines.contains("summary  sw  unit 15 missing"))
        #expect(!lines.contains { $0.contains("  fr  ") })
    }

    @Test("unknown language or document on the command line is a usage error (64)")
    func usageErrors() throws {
        let workspace = try TempWorkspace.dataset()
        let language = try workspace.run("status", "--language", "xx")
        #expect(language.status == 64)
        #expect(language.stderr.contains("unknown language 'xx'"))
        let document = try workspace.run("status", "--document", "summry")
        #expect(document.status == 64)
        #expect(try workspace.run("status", "--no-such-flag").status == 64)
    }

    @Test("no manifest anywhere: exit 2 with what to do")
    func noManifest() throws {
        let empty = try TempWorkspace()
        let output = try Binary.run(["status"], in: empty.root)
        #expect(output.status == 2)
        #expect(output.stderr.contains("no locales/tracker.yaml"))
        #expect(output.stderr.contains("--manifest"))
    }
}
