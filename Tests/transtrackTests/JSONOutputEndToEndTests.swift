import Foundation
import Testing

@Suite("--format json matches the committed JSON Schemas")
struct JSONOutputEndToEndTests {
    /// The exit status too: `check` exits 1 on the dataset's stale units, the others 0.
    @Test(arguments: [
        (["status", "--format", "json"], "status.schema.json", 0),
        (["missing", "--format", "json"], "missing.schema.json", 0),
        (["check", "--format", "json"], "check.schema.json", 1),
        (["stamp", "all", "--dry-run", "--format", "json"], "stamp.schema.json", 0),
        (["mark", "--dry-run", "--format", "json"], "mark.schema.json", 0),
        (["diff", "fr", "7", "--format", "json"], "diff.schema.json", 0),
        (["diff", "sw", "14", "--format", "json"], "diff.schema.json", 0),
    ] as [([String], String, Int32)])
    func validates(_ arguments: [String], _ schema: String, _ status: Int32) throws {
        let workspace = try TempWorkspace.dataset()
        let output = try Binary.run(arguments, in: workspace.root)
        #expect(output.status == status, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        #expect(!output.stdout.isEmpty)
        let result = try SchemaValidator.validate(output.stdout, schema: schema)
        #expect(result.valid, "\(result.errors)")
    }

    @Test("diff --format json carries the old text and the changes from git history")
    func diffJSON() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.git("init", "-q")
        try workspace.git("add", "-A")
        try workspace.git("commit", "-qm", "dataset")
        try workspace.replace("locales/en/summary.wiki", "in 5 languages", with: "in 6 languages")
        let output = try workspace.run("diff", "es", "12", "--format", "json")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(try SchemaValidator.validate(output.stdout, schema: "diff.schema.json").valid)
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        #expect(object?["history"] as? String == "found")
        #expect(object?["state"] as? String == "stale")
        let changes = object?["changes"] as? [[String: String]] ?? []
        #expect(changes.contains { $0["op"] == "delete" && $0["text"] == "5" })
        #expect(changes.contains { $0["op"] == "insert" && $0["text"] == "6" })
    }

    @Test("the schema check is real: a report missing a field fails it")
    func schemaRejectsBrokenOutput() throws {
        let workspace = try TempWorkspace.dataset()
        let output = try workspace.run("status", "--format", "json")
        let broken = output.stdout.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 2")
        #expect(try SchemaValidator.validate(broken, schema: "status.schema.json").valid == false)
    }

    @Test("JSON output is stable: same input, same bytes, sorted keys")
    func stable() throws {
        let workspace = try TempWorkspace.dataset()
        let first = try workspace.run("status", "--format", "json").stdout
        let second = try workspace.run("status", "--format", "json").stdout
        #expect(first == second)
        let object = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        #expect(object?["schemaVersion"] as? Int == 1)
        let keys = first.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
    }
}
