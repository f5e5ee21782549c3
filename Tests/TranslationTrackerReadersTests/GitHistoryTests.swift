import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerReaders

@Suite("GitHistory")
struct GitHistoryTests {
    func git(_ folder: String, _ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder, "-c", "user.name=t", "-c", "user.email=t@t.invalid"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("finds the version of a unit by its fingerprint, also after a rename and renumbering")
    func finds() throws {
        let scratch = try Scratch()
        try git(scratch.root, "init", "-q")
        try scratch.write("en.wiki", "<!--T:1-->\nBudget: $175 million.\n")
        try git(scratch.root, "add", "-A")
        try git(scratch.root, "commit", "-qm", "one")
        let old = WikitextDocument("<!--T:1-->\nBudget: $175 million.\n").units[0].fingerprint
        try scratch.write("en.wiki", "<!--T:1-->\nBudget: $177 million.\n")
        try git(scratch.root, "commit", "-qam", "two")
        try git(scratch.root, "mv", "en.wiki", "source.wiki")
        try git(scratch.root, "commit", "-qm", "three: rename")
        try scratch.write("source.wiki", "<!--T:5-->\nBudget: $180 million.\n")
        try git(scratch.root, "commit", "-qam", "four")

        let history = GitHistory(folder: scratch.root)
        let recorded = try #require(RecordedFingerprint(old.hex))
        guard case .found(let unit) = history.findUnit(path: "source.wiki", id: "5", matching: recorded) else {
            Issue.record("not found")
            return
        }
        #expect(unit.text == "Budget: $175 million.")
        #expect(unit.unitID == "1")
        #expect(unit.commit.count == 40)

        let never = try #require(RecordedFingerprint("abcdef0123"))
        #expect(history.findUnit(path: "source.wiki", id: "5", matching: never) == .notFound(commitsSearched: 4))
    }

    @Test("outside a repository the search is unavailable, not an error")
    func unavailable() throws {
        let scratch = try Scratch()
        let result = GitHistory(folder: scratch.root).findUnit(path: "x.wiki", id: "1", matching: RecordedFingerprint("abcdef")!)
        guard case .unavailable = result else {
            Issue.record("expected unavailable, got \(result)")
            return
        }
    }
}
