import Foundation
import Testing
import TranslationTrackerReaders

/// Temporary files of atomic writes that a killed writer left behind.
@Suite("AtomicFile: leftover temporary files")
struct AtomicFileTemporaryTests {
    /// Runs a program to its end and returns its process id, which then belongs to no process.
    private func finishedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test("a write removes our temporary files whose process is gone, and keeps the others")
    func removesOrphans() throws {
        let scratch = try Scratch()
        let dead = try finishedProcessID()
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["30"]
        try sleeper.run()
        defer { sleeper.terminate() }
        let live = sleeper.processIdentifier
        let orphan = ".summary.wiki.transtrack-\(dead)-17.tmp"
        let otherOrphan = ".status.json.transtrack-\(dead)-4294967295.tmp"
        let kept = [
            ".summary.wiki.transtrack-\(live)-18.tmp",  // a write still running
            ".summary.wiki.transtrack-x\(dead)-19.tmp",  // not our name
            "notes.tmp",
            "summary.wiki",
        ]
        for name in [orphan, otherOrphan] + kept { try scratch.write(name, "partial") }
        try scratch.write("elsewhere/.summary.wiki.transtrack-\(dead)-20.tmp", "partial")

        try AtomicFile.write("== Goals ==\n", to: scratch.path("summary.wiki"))

        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.root).sorted()
        #expect(names == (kept + ["elsewhere"]).sorted())
        #expect(try String(contentsOfFile: scratch.path("summary.wiki"), encoding: .utf8) == "== Goals ==\n")
        #expect(FileManager.default.fileExists(atPath: scratch.path("elsewhere/.summary.wiki.transtrack-\(dead)-20.tmp")), "only the written folder is cleaned")
    }

    @Test("the repository's .gitignore covers the temporary names")
    func ignoredByGit() throws {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", DumpSupport.root, "check-ignore", "--no-index", "locales/fr/.summary.wiki.transtrack-12345-678.tmp", "report.json"]
        let output = Pipe()
        git.standardOutput = output
        try git.run()
        git.waitUntilExit()
        let ignored = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(ignored == "locales/fr/.summary.wiki.transtrack-12345-678.tmp\n")
    }
}
