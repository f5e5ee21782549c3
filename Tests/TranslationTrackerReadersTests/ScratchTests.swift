import Foundation
import Testing

/// The suite's temporary folders go away with the test that made them.
@Suite("scratch folders are removed")
struct ScratchTests {
    @Test("a scratch folder, read-only subfolder and all, is gone once its test lets go of it")
    func removedAfterUse() throws {
        let root = try Self.use()
        #expect(!FileManager.default.fileExists(atPath: root), "left behind: \(root)")
    }

    /// Fills a scratch folder the way the tests do, and returns where it was.
    private static func use() throws -> String {
        let scratch = try Scratch()
        try scratch.write("dumps/big.xml", [UInt8](repeating: 0x20, count: 1 << 16))
        try scratch.write("locked/file", "keep")
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: scratch.path("locked"))
        #expect(FileManager.default.fileExists(atPath: scratch.path("dumps/big.xml")))
        return scratch.root
    }
}
