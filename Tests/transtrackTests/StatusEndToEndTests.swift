import Foundation
import Testing

@Suite("transtrack status and missing")
struct StatusEndToEndTests {
    @Test("status on the embedded dataset shows every language with its state")
    func statusTable() throws {
        let workspace = try TempWorkspace.dataset()
        let output = try workspace.run("status")
        #expect(output.status == 0)
        // The summary's table, exactly: a state is a whole cell, so "incomplete" cannot pass for "complete".
        let table = """
            summary · Annual Plan 2023-2024 summary · source en: locales/en/summary.wiki, 15 units
              lang  language          state       coverage            current  stale  missing  unverified  extra
              ar    العربية           complete    ██████████  100.0%       15      0        0           0      0
              zh    中文              complete    ██████████  100.0%       15      0        0           0      0
              fr    français          outdated    ████████▋·   86.6%       13      2        0           0      0
              hi    हिन्दी             incomplete  ████████··   80.0%       12      0        0           3      0
              pt    português         complete    ██████████  100.0%       15      0        0           0      0
              uk    українська        outdated    ████████▋·   86.6%       13      2        0           0      0
              id    Bahasa Indonesia  complete    ██████████  100.0%       15      0        0           0      0
              es    español           complete    ██████████  100.0%       15      0        0           0      0
              ru    русский           complete    ██████████  100.0%       15      0        0           0      0
              sw    Kiswahili         incomplete  ████████··   80.0%       12      0        3           0      0
              ja    日本語            missing     ··········    0.0%        0      0       15           0      0

            """
        #expect(output.stdout.hasPrefix("Wikimedia Foundation Annual Plan 2023-2024\n\n" + table + "\nslides · "), "\(output.stdout)")
        #expect(output.stdout.hasSuffix("\n22 translations: 10 complete, 3 outdated, 4 incomplete, 5 missing · 73.5% of units current\n"))
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

    @Test("colour only when asked for: --color always colours a pipe, --color never a terminal")
    func colourFlags() throws {
        let workspace = try TempWorkspace.dataset()
        #expect(try workspace.run("status", "--color", "always").stdout.contains("\u{1B}["))
        let terminal = ["TERM": "xterm-256color"]
        let never = try PseudoTerminal.run(["status", "--color", "never"], in: workspace.root, environment: terminal)
        #expect(never.status == 0)
        #expect(never.stdout == (try workspace.run("status").stdout))
    }

    /// On a terminal `--color auto` colours, unless `NO_COLOR` is set (no-color.org) or the
    /// terminal is `TERM=dumb`; then the output is exactly the uncoloured table.
    @Test(
        "--color auto on a terminal: colour, except under NO_COLOR or TERM=dumb",
        arguments: [
            (["TERM": "xterm-256color"], true),
            (["TERM": "xterm-256color", "NO_COLOR": "1"], false),
            (["TERM": "dumb"], false),
            (["TERM": "dumb", "NO_COLOR": "1"], false),
        ])
    func colourOnATerminal(_ environment: [String: String], _ coloured: Bool) throws {
        let workspace = try TempWorkspace.dataset()
        let output = try PseudoTerminal.run(["status", "--color", "auto"], in: workspace.root, environment: environment)
        #expect(output.status == 0, "\(output.stderr)")
        let always = try workspace.run("status", "--color", "always").stdout
        let plain = try workspace.run("status", "--color", "never").stdout
        #expect(always != plain)
        #expect(output.stdout == (coloured ? always : plain), "\(environment)")
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
