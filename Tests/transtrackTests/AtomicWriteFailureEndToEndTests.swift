import Foundation
import Testing

/// A write that fails half-way keeps the old file, for root too (CI runs as root, and a
/// read-only folder stops nobody there). The binary runs with a file size limit of 1 KiB
/// (`ulimit -f 1`, which binds root as well) and SIGXFSZ ignored, so writing the report past its
/// first kilobyte fails with EFBIG instead of killing the process.
@Suite("a failed atomic write through the CLI")
struct AtomicWriteFailureEndToEndTests {
    @Test("report --output past the file size limit: exit 2, the old file as it was, no temporary file")
    func fileTooLarge() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.write("out/status.json", "keep\n")
        let command = ([Binary.path, "report", "--format", "json", "--output", "out/status.json"]).map(PseudoTerminal.shellQuoted)
            .joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", "-c", "trap '' XFSZ; ulimit -f 1; exec " + command]
        process.currentDirectoryURL = URL(fileURLWithPath: workspace.root)
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(
            stderr.replacingOccurrences(of: workspace.root, with: "<workspace>")
                == "<workspace>/out/status.json: error: cannot write: File too large; the file was left as it was\n")
        #expect(try workspace.read("out/status.json") == "keep\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path("out")) == ["status.json"])
    }
}
