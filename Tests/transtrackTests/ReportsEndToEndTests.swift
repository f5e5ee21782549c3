import Foundation
import Testing

@Suite("reports/ is generated and checked")
struct ReportsEndToEndTests {
    @Test("the committed reports match what the code generates from the dataset")
    func committedReportsAreCurrent() throws {
        let output = try Binary.run(["report", "--check"], in: TempWorkspace.repository)
        #expect(output.status == 0, "\(output.stderr) — run `swift run transtrack report --update` and commit reports/")
    }

    @Test("report --check fails on a stale report and --update repairs it")
    func checkAndUpdate() throws {
        let workspace = try TempWorkspace.dataset()
        #expect(try workspace.run("report", "--update").status == 0)
        #expect(try workspace.run("report", "--check").status == 0)
        try workspace.run("stamp", "fr")
        let stale = try workspace.run("report", "--check")
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("reports/status.txt"))
        #expect(try workspace.run("report", "--update").status == 0)
        #expect(try workspace.run("report", "--check").status == 0)
    }

    /// The whole file, against the committed report of the same dataset; the old file's mode is
    /// kept and no temporary file is left beside it, as an atomic replacement leaves things, and the
    /// file is a new one (another inode), renamed over the old.
    @Test("report --output writes one format atomically")
    func output() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.write("out/status.json", "old\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: workspace.path("out/status.json"))
        let before = try FileManager.default.attributesOfItem(atPath: workspace.path("out/status.json"))[.systemFileNumber] as? Int
        let run = try workspace.run("report", "--format", "json", "--output", "out/status.json")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let committed = try Data(contentsOf: URL(fileURLWithPath: TempWorkspace.repository + "/reports/status.json"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.path("out/status.json"))) == committed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path("out")) == ["status.json"])
        let mode = try FileManager.default.attributesOfItem(atPath: workspace.path("out/status.json"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // Renamed into place: a new file, not the old one truncated and written over (a reader
        // of the old file would see a mix).
        let after = try FileManager.default.attributesOfItem(atPath: workspace.path("out/status.json"))[.systemFileNumber] as? Int
        #expect(before != nil && after != nil && after != before)
    }
}
