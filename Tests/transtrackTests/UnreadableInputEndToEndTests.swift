import Foundation
import Testing

@Suite("a file that exists but cannot be read is never a pass, nor missing")
struct UnreadableInputEndToEndTests {
    /// A French translation with a Latin-1 `é` (byte 0xE9) on line 4.
    static let latin1: [UInt8] = Array("== Titre == <!--T:1-->\n\n<!--T:2-->\nCaf".utf8) + [0xE9, 0x0A]

    @Test("check --source --translation with a translation that is not UTF-8: exit 2, naming the file, line and byte offset")
    func pairCheck() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.write("fr.wiki", Self.latin1)
        let output = try workspace.run("check", "--source", "locales/en/summary.wiki", "--translation", "fr=fr.wiki")
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr == "fr.wiki:4:4: error: not valid UTF-8 (byte offset 38); save the file as UTF-8 so its units can be read\n")
    }

    @Test("with a manifest, such a translation is incomplete with coverage 0 and an input error, not missing")
    func manifestState() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.write("locales/fr/summary.wiki", Self.latin1)
        let output = try workspace.run("status", "--format", "json", "--language", "fr", "--document", "summary")
        #expect(output.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let documents = try #require(report["documents"] as? [[String: Any]])
        let translations = try #require(documents.first?["translations"] as? [[String: Any]])
        let fr = try #require(translations.first { $0["language"] as? String == "fr" })
        #expect(fr["state"] as? String == "incomplete")
        #expect(fr["coverage"] as? Double == 0)
        let findings = try #require(report["findings"] as? [[String: Any]])
        let fileFindings = findings.filter { $0["file"] as? String == "locales/fr/summary.wiki" }
        #expect(fileFindings.map { $0["check"] as? String } == ["input"])
        #expect(fileFindings.first?["severity"] as? String == "error")
        #expect(fileFindings.first?["line"] as? Int == 4)
    }
}
