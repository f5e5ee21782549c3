import Foundation
import TranslationTrackerReaders
import TestSupport

/// A temporary copy of the embedded dataset (or an empty folder) that a test may change freely,
/// removed with everything in it when the test lets go of it.
final class TempWorkspace: Sendable {
    let root: String

    /// The repository this test file lives in.
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("cannot find the repository root from \(#filePath)")
    }()

    /// An empty folder.
    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("transtrack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        root = folder.path
    }

    deinit { ScratchRemoval.remove(root) }

    /// A copy of the repository's `locales/` folder.
    static func dataset() throws -> TempWorkspace {
        let workspace = try TempWorkspace()
        try FileManager.default.copyItem(atPath: repository + "/locales", toPath: workspace.root + "/locales")
        return workspace
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func read(_ relative: String) throws -> String { try String(contentsOfFile: path(relative), encoding: .utf8) }

    func bytes(_ relative: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path(relative)))) }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Array(text.utf8))
    }

    func write(_ relative: String, _ bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func remove(_ relative: String) throws { try FileManager.default.removeItem(atPath: path(relative)) }

    func replace(_ relative: String, _ old: String, with new: String) throws {
        let text = try read(relative)
        precondition(text.contains(old), "\(relative) does not contain \(old)")
        try write(relative, text.replacingOccurrences(of: old, with: new))
    }

    @discardableResult
    func run(_ arguments: String..., environment: [String: String] = [:]) throws -> Binary.Output {
        try Binary.run(arguments, in: root, environment: environment)
    }

    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root, "-c", "user.name=transtrack tests", "-c", "user.email=tests@transtrack.invalid"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = PipeReader.readAll(out.fileHandleForReading)
        process.waitUntilExit()
        precondition(process.terminationStatus == 0, "git \(arguments) failed")
        return String(decoding: data, as: UTF8.self)
    }
}

/// Validates JSON text against one of the project's schemas with the project's script.
enum SchemaValidator {
    static func validate(_ json: String, schema: String) throws -> (valid: Bool, errors: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("transtrack-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", TempWorkspace.repository + "/scripts/validate_json.py", TempWorkspace.repository + "/schemas/\(schema)", file.path,
        ]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let errors = PipeReader.readAll(err.fileHandleForReading)
        process.waitUntilExit()
        return (process.terminationStatus == 0, String(decoding: errors, as: UTF8.self))
    }
}
