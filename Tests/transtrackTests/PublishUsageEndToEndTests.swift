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
                Usage: transtrack publish [<options>] --to <wiki:title>
                  See 'transtrack publish --help' for more information.

                """)
    }

    @Test("no --to exits 64")
    func missingTarget() throws {
        let workspace = try TempWorkspace.dataset()
        let output = try workspace.run("publish")
        #expect(output.status == 64)
        #expect(output.stdout.isEmpty)
        #expect(
            output.stderr == """
                Error: Missing expected argument '--to <wiki:title>'
                Help:  --to <wiki:title>  The page to publish on: a wiki id of the manifest, a colon, and the title.
                Usage: transtrack publish [<options>] --to <wiki:title>
                  See 'transtrack publish --help' for more information.

                """)
    }
}
