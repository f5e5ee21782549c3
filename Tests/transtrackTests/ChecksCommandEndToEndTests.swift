import Foundation
import Testing

@Suite("transtrack checks and explain")
struct ChecksCommandEndToEndTests {
    @Test("checks lists every check with its severity")
    func list() throws {
        let output = try Binary.run(["checks"], in: TempWorkspace.repository)
        #expect(output.status == 0)
        let ids = output.stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(ids == ["numbers", "links", "templates", "markup", "placeholders", "untranslated", "script", "length", "punctuation"])
        #expect(output.stdout.contains("numbers       error"))
        let json = try Binary.run(["checks", "--format", "json"], in: TempWorkspace.repository)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["checks"] as? [[String: Any]])?.count == 9)
    }

    @Test("explain prints the rationale and runs the examples")
    func explain() throws {
        let output = try Binary.run(["explain", "numbers"], in: TempWorkspace.repository)
        #expect(output.status == 0)
        #expect(output.stdout.contains("numbers (error)"))
        #expect(output.stdout.contains("[zh] The budget is $177 million."))
        #expect(output.stdout.contains("✓ no finding"))
        #expect(output.stdout.contains("✗ error: the number 177 million"))
        #expect(output.stdout.contains("<!-- transtrack:ignore numbers -->"))
        let unknown = try Binary.run(["explain", "nmbers"], in: TempWorkspace.repository)
        #expect(unknown.status == 64)
    }

    @Test("docs/checks.md is the generated reference page")
    func referencePage() throws {
        let output = try Binary.run(["checks", "--format", "markdown"], in: TempWorkspace.repository)
        let path = TempWorkspace.repository + "/docs/checks.md"
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data(output.stdout.utf8).write(to: URL(fileURLWithPath: path))
        }
        let committed = try String(contentsOfFile: path, encoding: .utf8)
        #expect(committed == output.stdout, "docs/checks.md is out of date: RECORD_GOLDEN=1 swift test --filter ChecksCommandEndToEndTests")
        #expect(committed.contains("## numbers"))
        #expect(committed.contains("| zh | `The budget is $177 million.` | `预算为1.77亿美元。` | nothing |"))
    }
}
