import Foundation

/// A read measured in a process of its own: `transtrack-bench peak …` does it and reports how
/// far it raised that process's peak resident memory.
///
/// The peak is process-wide, and the test process runs other suites at the same time: a figure
/// taken here would count their allocations, and lowering the peak for one measurement would
/// spoil another's. A child process has only the read in it.
public enum ChildPeakMemory {
    public struct Measurement {
        /// What the read came to: `ok …` or `error: ` and its error as users see it.
        public var result: String
        public var kib: Int
    }

    /// `transtrack-bench`, built beside the test bundle (`swift build --build-tests` builds it).
    public static var bench: String {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent(), folder.deletingLastPathComponent().deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("transtrack-bench").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return folder.appendingPathComponent("transtrack-bench").path
    }

    /// Runs `transtrack-bench peak` with `arguments` (`dump FILE --threads 2`…).
    public static func measure(_ arguments: [String]) throws -> Measurement {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: bench)
        process.arguments = ["peak"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard process.terminationStatus == 0, lines.count >= 2, lines[0].hasPrefix("result: "), lines[1].hasPrefix("peak_growth_kib="),
            let kib = Int(lines[1].dropFirst("peak_growth_kib=".count))
        else {
            throw ChildPeakMemoryError(description: "transtrack-bench peak \(arguments) exited \(process.terminationStatus): \(text)\(errors)")
        }
        return Measurement(result: String(lines[0].dropFirst("result: ".count)), kib: kib)
    }
}

public struct ChildPeakMemoryError: Error, CustomStringConvertible {
    public var description: String
}
