import Foundation
import TranslationTrackerReaders

/// Runs the built `transtrack` binary, the way users and CI run it.
enum Binary {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary next to the test bundle (SwiftPM puts both in the build folder), or
    /// `TRANSTRACK_BIN` when set.
    static var path: String {
        if let override = ProcessInfo.processInfo.environment["TRANSTRACK_BIN"] { return override }
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidate = folder.appendingPathComponent("transtrack")
        if !FileManager.default.fileExists(atPath: candidate.path) {
            // Some runners start from inside the .xctest bundle.
            candidate = folder.deletingLastPathComponent().appendingPathComponent("transtrack")
        }
        return candidate.path
    }

    @discardableResult
    static func run(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errorData = ErrorCollector(err.fileHandleForReading)
        let data = PipeReader.readAll(out.fileHandleForReading)
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self),
            stderr: String(decoding: errorData.wait(), as: UTF8.self))
    }
}

/// Reads a pipe on another thread so a chatty stderr cannot block the process.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = PipeReader.readAll(handle)
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
