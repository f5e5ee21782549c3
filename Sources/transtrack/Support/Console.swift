#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
import TranslationTrackerReports

/// Standard output and error, and whether they are terminals.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Standard output a chunk at a time, for reports streamed as they are rendered.
    static func chunks() -> ChunkedOutput {
        ChunkedOutput { chunk in try FileHandle.standardOutput.write(contentsOf: Data(chunk)) }
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var currentDirectory: String { FileManager.default.currentDirectoryPath }
}
