import Foundation
import Testing

/// `publish` usage errors through the binary: exit 64 and what to write instead, before any
/// wiki is contacted (so these run without the test wiki).
@Suite("transtrack publish usage errors")
struct PublishUsageEndToEndTests {
    @Test("--to without a colon exits 64 with an example")
    func targetWithoutColon() throws {
        let workspace = try TempWorkspace.dataset()
        let output = try workspace.run("publish", "--to", "nocolon")
        #expect(output.status == 64)
        #expect(output.stdout.isEmpty)
        #expect(
            output.stderr == """
                Error: --to 'nocolon' is not WIKI:TITLE; write, for example, --to "meta:Translation status"
                Usage: transtrack publish <options>
                  See 'transtrack publish --help' for more information.

                """)
    }

    @Test("no --to and no publish: section in the manifest exits 2 and says what to add")
    func missingTarget() throws {
        let workspace = try TempWorkspace.dataset()
        // The dataset's manifest ends with its publish: section; cut it off.
        let manifest = try workspace.read("locales/tracker.yaml")
        let section = try #require(manifest.range(of: "\npublish:"))
        try workspace.write("locales/tracker.yaml", String(manifest[..<section.lowerBound]) + "\n")
        let output = try workspace.run("publish", "--local")
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr == "error: publish needs a page: pass --to WIKI:TITLE, or add a publish: section (wiki:, table:) to the manifest\n")
    }

    @Test("--watch with --dry-run, --local or a too short --interval exits 64 with what to do", arguments: [
        (["--watch", "--dry-run"], "Error: --watch saves pages as the wikis change; leave out --dry-run"),
        (["--watch", "--local"], "Error: --watch follows the wikis' recent changes; leave out --local, --offline and --dump"),
        (["--watch", "--interval", "0.5"], "Error: --interval 0.5 is too short; give at least 1 second (300 is kind to Wikimedia's servers)"),
        (["--local", "--live"], "Error: --local reads only the local files; leave out --live, --offline and --dump"),
    ])
    func watchUsage(arguments: [String], message: String) throws {
        let workspace = try TempWorkspace.dataset()
        let output = try Binary.run(["publish"] + arguments, in: workspace.root)
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix(message + "\n"), "\(output.stderr)")
    }
}
