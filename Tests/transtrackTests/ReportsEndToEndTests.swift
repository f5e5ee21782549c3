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

    @Test("report --output writes one format atomically")
    func output() throws {
        let workspace = try TempWorkspace.dataset()
        #expect(try workspace.run("report", "--format", "json", "--output", "out/status.json").status == 0)
        #expect(try workspace.read("out/status.json").contains("\"schemaVersion\" : 1"))
    }
}
