import Foundation
import Testing

/// The embedded dataset holds one deliberate mistake for each error-level content check, in
/// units that are current (so they are checked), and its correct translations produce nothing.
@Suite("content checks on the embedded dataset")
struct DatasetFindingsEndToEndTests {
    struct Key: Hashable, CustomStringConvertible {
        var language: String
        var unit: String
        var check: String
        var severity: String
        var description: String { "\(language) unit \(unit) \(check) \(severity)" }
    }

    static let deliberate: Set<Key> = [
        Key(language: "es", unit: "9", check: "numbers", severity: "error"),  // 25 millones written 52 millones
        Key(language: "pt", unit: "15", check: "links", severity: "error"),  // the slides URL changed…
        Key(language: "pt", unit: "15", check: "links", severity: "warning"),  // …to one the English does not have
        Key(language: "ru", unit: "9", check: "templates", severity: "error"),  // region= translated as регион=
        Key(language: "id", unit: "7", check: "markup", severity: "error"),  // the <ref> dropped
        Key(language: "zh", unit: "13", check: "placeholders", severity: "error"),  // <tvar name=mail> unwrapped
        Key(language: "pt", unit: "slide-5", check: "numbers", severity: "error"),  // 43% written 34% on a slide
    ]

    static let statusChecks: Set<String> = ["stale", "missing-unit", "missing-translation", "extra-unit", "unverified", "slide-count", "structure", "input"]

    @Test("exactly the deliberate mistakes are found, nothing on correct translations")
    func deliberateMistakesOnly() throws {
        let output = try Binary.run(["check", "--format", "json"], in: TempWorkspace.repository)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let content = findings.filter { !Self.statusChecks.contains($0["check"] as? String ?? "") }
        let keys = Set(
            content.map {
                Key(
                    language: $0["language"] as? String ?? "", unit: $0["unit"] as? String ?? "", check: $0["check"] as? String ?? "",
                    severity: $0["severity"] as? String ?? "")
            })
        #expect(keys == Self.deliberate, "unexpected: \(keys.subtracting(Self.deliberate)); not found: \(Self.deliberate.subtracting(keys))")
        #expect(content.count == Self.deliberate.count)
        // Every error-level check has its instance.
        let errorChecks = Set(keys.filter { $0.severity == "error" }.map(\.check))
        #expect(errorChecks == ["numbers", "links", "templates", "markup", "placeholders"])
    }

    @Test("the deliberate mistakes fail --fail-on error but not the default gate")
    func gate() throws {
        // The Spanish summary is current; the Spanish slides have a stale slide (locales/DATASET.md).
        let summary = ["--document", "summary", "--language", "es"]
        #expect(try Binary.run(["check", "--fail-on", "error"] + summary, in: TempWorkspace.repository).status == 1)
        #expect(try Binary.run(["check"] + summary, in: TempWorkspace.repository).status == 0)
        #expect(try Binary.run(["check", "--document", "slides", "--fail-on", "error", "--language", "pt"], in: TempWorkspace.repository).status == 1)
        #expect(try Binary.run(["check", "--document", "slides", "--language", "pt"], in: TempWorkspace.repository).status == 0)
    }

    @Test("<!-- transtrack:ignore --> in a unit silences its checks")
    func suppression() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.replace("locales/es/summary.wiki", "alcanzarán los 52 millones", with: "alcanzarán los 52 millones<!-- transtrack:ignore numbers -->")
        try workspace.replace("locales/ru/summary.wiki", "регион=all}}", with: "регион=all}}<!-- transtrack:ignore all -->")
        let output = try workspace.run("check", "--document", "summary", "--fail-on", "error", "--language", "es", "--language", "ru")
        #expect(output.status == 0, "\(output.stdout)")
        #expect(!output.stdout.contains("[numbers"))
        #expect(!output.stdout.contains("[templates"))
    }

    @Test("the manifest can disable a check, per language, or change its severity")
    func configuration() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.replace(
            "locales/tracker.yaml", "documents:\n",
            with: "checks:\n  severity: { templates: warning }\n  languages:\n    es: { disabled: [numbers] }\n\ndocuments:\n")
        let output = try workspace.run("check", "--document", "summary", "--fail-on", "error", "--language", "es", "--language", "ru")
        #expect(output.status == 0, "\(output.stdout)")
        #expect(output.stdout.contains("locales/ru/summary.wiki:37: warning: unit 9: the parameter region="))
        #expect(!output.stdout.contains("[numbers"))
        try workspace.replace("locales/tracker.yaml", "disabled: [numbers]", with: "disabled: [numbrs]")
        let broken = try workspace.run("check")
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("unknown check 'numbrs'; did you mean 'numbers'?"))
    }
}
