import Foundation
import TranslationTracker

/// Finds old versions of a file in git history, to show translators the English a stale
/// translation was made from.
///
/// Runs the `git` command (history is the edge of the system, not the core). Versions are
/// read with one `git cat-file --batch` process rather than one process per commit.
package struct GitHistory: Sendable {
    package var folder: String

    package init(folder: String) { self.folder = folder }

    /// A unit's text as it was in some commit.
    package struct HistoricUnit: Sendable, Hashable {
        package var text: String
        package var commit: String
        package var date: String
        package var unitID: UnitID
    }

    package enum Search: Sendable, Hashable {
        case found(HistoricUnit)
        /// No version of the file has a unit with that fingerprint.
        case notFound(commitsSearched: Int)
        /// The folder is not in a git repository (or git is not installed).
        case unavailable(String)
    }

    /// Searches the file's history, newest first, for the unit whose fingerprint matches
    /// `recorded`: the unit with the same id first, any unit otherwise (ids can be renumbered).
    package func findUnit(path: String, id: UnitID, matching recorded: RecordedFingerprint, maximumCommits: Int = 2000) -> Search {
        let log: String
        switch run(["log", "--follow", "--format=%x01%H %cs", "--name-only", "-n", "\(maximumCommits)", "--", path]) {
        case .success(let output): log = String(decoding: output, as: UTF8.self)
        case .failure(let message): return .unavailable(message)
        }
        var versions: [(commit: String, date: String, path: String)] = []
        for record in log.split(separator: "\u{01}") {
            let lines = record.split(separator: "\n").map(String.init)
            guard let head = lines.first, let name = lines.dropFirst().first(where: { !$0.isEmpty }) else { continue }
            let parts = head.split(separator: " ")
            guard parts.count == 2 else { continue }
            versions.append((String(parts[0]), String(parts[1]), name))
        }
        guard !versions.isEmpty else { return .notFound(commitsSearched: 0) }
        // --name-only paths are relative to the repository's top level, as cat-file wants them.
        let request = versions.map { "\($0.commit):\($0.path)\n" }.joined()
        let output: [UInt8]
        switch run(["cat-file", "--batch"], input: Array(request.utf8)) {
        case .success(let bytes): output = bytes
        case .failure(let message): return .unavailable(message)
        }
        var offset = 0
        for version in versions {
            guard let newline = output[offset...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: output[offset..<newline], as: UTF8.self)
            offset = newline + 1
            let fields = header.split(separator: " ")
            guard fields.count == 3, fields[1] == "blob", let size = Int(fields[2]) else { continue }
            let blob = Array(output[offset..<min(offset + size, output.count)])
            offset += size + 1
            let document = WikitextDocument(bytes: blob)
            let candidates = [document.unit(id)].compactMap { $0 } + document.units.filter { $0.id != id }
            if let unit = candidates.first(where: { recorded.matches($0.fingerprint) }) {
                return .found(HistoricUnit(text: unit.text, commit: version.commit, date: version.date, unitID: unit.id))
            }
        }
        return .notFound(commitsSearched: versions.count)
    }

    /// When the newest commit touching any of `paths` was made, or nil outside git. Committed
    /// reports carry this date rather than the time they were generated, so regenerating them
    /// from unchanged inputs gives the same bytes.
    package func lastCommitDate(paths: [String]) -> Date? {
        guard case .success(let output) = run(["log", "-1", "--format=%ct", "--"] + paths) else { return nil }
        let text = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return TimeInterval(text).map { Date(timeIntervalSince1970: $0) }
    }

    private enum RunResult {
        case success([UInt8])
        case failure(String)
    }

    private func run(_ arguments: [String], input: [UInt8]? = nil) -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        do {
            try process.run()
        } catch {
            return .failure("cannot run git: \(error.localizedDescription)")
        }
        if let input {
            let writer = stdin.fileHandleForWriting
            let data = Data(input)
            DispatchQueue.global().async {
                writer.write(data)
                try? writer.close()
            }
        }
        let data = PipeReader.readAll(stdout.fileHandleForReading)
        let errors = PipeReader.readAll(stderr.fileHandleForReading)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(message.isEmpty ? "git exited with status \(process.terminationStatus)" : message)
        }
        return .success(Array(data))
    }
}
