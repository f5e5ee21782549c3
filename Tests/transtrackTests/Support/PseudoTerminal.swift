import Foundation
import TranslationTrackerReaders

/// Runs the built `transtrack` with its standard output on a pseudo-terminal, through util-linux
/// `script`, because colour is decided by `isatty`: a pipe, as ``Binary/run(_:in:environment:)``
/// gives, is never coloured whatever the environment says.
enum PseudoTerminal {
    /// What the program wrote to the terminal, with the terminal's CR LF line ends turned back
    /// into LF, and the exit status `script` passed on. `environment` is the whole environment
    /// the program gets (PATH and HOME are added), so a variable of the runner cannot leak in.
    static func run(_ arguments: [String], in folder: String, environment: [String: String]) throws -> Binary.Output {
        let command = ([Binary.path] + arguments).map(shellQuoted).joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["script", "--quiet", "--return", "--command", command, "/dev/null"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var env = environment
        let inherited = ProcessInfo.processInfo.environment
        env["PATH"] = inherited["PATH"] ?? "/usr/bin:/bin"
        env["HOME"] = inherited["HOME"] ?? folder
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Standard output first: it carries everything; `script` itself writes little to stderr.
        let data = PipeReader.readAll(out.fileHandleForReading)
        let errors = PipeReader.readAll(err.fileHandleForReading)
        process.waitUntilExit()
        return Binary.Output(
            status: process.terminationStatus,
            stdout: String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n"),
            stderr: String(decoding: errors, as: UTF8.self))
    }

    /// `text` in single quotes for `sh -c`, which `script --command` uses.
    static func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
