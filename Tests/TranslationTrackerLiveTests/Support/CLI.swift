import Foundation

/// The built `transtrack` binary, run as a user runs it: SwiftPM builds it next to the test
/// bundle (`swift build --build-tests`), or `TRANSTRACK_BIN` names it.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in folder: String) throws -> Result {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [ProcessInfo.processInfo.environment["TRANSTRACK_BIN"]].compactMap { $0 } + [
            bundle.appendingPathComponent("transtrack").path, bundle.deletingLastPathComponent().appendingPathComponent("transtrack").path,
        ]
        guard let binary = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw TestWikiError("no transtrack binary at \(candidates.joined(separator: " or ")); run swift build --build-tests")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("transtrack-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Files, not pipes: nothing to drain while the process runs.
        let out = scratch.appendingPathComponent("out"), err = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}
