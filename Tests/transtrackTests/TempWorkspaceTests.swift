import Foundation
import Testing

/// The end-to-end tests' copies of the dataset go away with the test that made them.
@Suite("temporary workspaces are removed")
struct TempWorkspaceTests {
    @Test("a copy of the dataset, and what the binary wrote into it, is gone once its test lets go of it")
    func removedAfterUse() throws {
        let root = try Self.use()
        #expect(!FileManager.default.fileExists(atPath: root), "left behind: \(root)")
    }

    private static func use() throws -> String {
        let workspace = try TempWorkspace.dataset()
        #expect(try workspace.run("report", "--update").status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.path("reports/status.json")))
        return workspace.root
    }
}
