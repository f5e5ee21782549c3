import Foundation
import Testing
import TranslationTracker

@Suite("transtrack checks and explain")
struct ChecksCommandEndToEndTests {
    /// The whole output is pinned by `CLIGoldenTests` (`Golden/dataset/checks.txt`); this says
    /// what it is made of: the content checks' lines as they always were, then the status rules.
    @Test("checks lists every check with its severity, then every status rule")
    func list() throws {
        let output = try Binary.run(["checks"], in: TempWorkspace.repository)
        #expect(output.status == 0)
        func lines(_ entries: [(id: String, severity: Severity, summary: String)]) -> String {
            let width = entries.map(\.id.count).max() ?? 0
            return entries.map { $0.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0) + "  " + $0.summary + "\n" }.joined()
        }
        let checks = lines(CheckRegistry.all.map { ($0.id, $0.defaultSeverity, $0.summary) })
        let rules = lines(StatusRuleRegistry.all.map { ($0.id, $0.defaultSeverity, $0.summary) })
        #expect(output.stdout == checks + "\nStatus rules (findings on the state of units and files):\n" + rules)
        #expect(output.stdout.hasPrefix("numbers       error    Numbers in the English"))
        #expect(output.stdout.contains("\nstale                error    A translated unit whose English has changed since it was translated.\n"))
        let json = try Binary.run(["checks", "--format", "json"], in: TempWorkspace.repository)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["checks"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == CheckRegistry.ids)
        #expect((object?["statusRules"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == StatusRuleRegistry.ids)
        #expect((object?["statusRules"] as? [[String: Any]])?.first?["severity"] as? String == "error")
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
    }

    /// The whole output of `explain stale` is pinned by `CLIGoldenTests`; here every rule is
    /// explained in the layout of a check, its examples' findings as the evaluator gives them.
    @Test("explain explains a status rule as it explains a check, its examples run through the status evaluator")
    func explainStatusRule() throws {
        let stale = try Binary.run(["explain", "stale"], in: TempWorkspace.repository)
        #expect(stale.status == 0)
        #expect(stale.stdout.contains("\n  Unit 2 records the English as it was before $175 million became $177 million.\n"))
        #expect(
            stale.stdout.contains(
                "\n  [fr] == Budget == <!--T:1 src=72e2c61265-->⏎⏎<!--T:2 src=42e0058cc4-->⏎Le budget est de 175 millions de dollars.\n"
                    + "       ✗ error: unit 2 is stale: the English changed since it was translated (src=42e0058cc4, English is now d96cb2bbd5);"))
        for rule in StatusRuleRegistry.all {
            let output = try Binary.run(["explain", rule.id], in: TempWorkspace.repository)
            #expect(output.status == 0, "explain \(rule.id)")
            #expect(
                output.stdout.hasPrefix("\(rule.id) (\(rule.defaultSeverity.rawValue))\n\n\(rule.summary)\n\n\(rule.rationale)\n\nExamples:\n"),
                "explain \(rule.id)")
            for example in rule.examples { #expect(output.stdout.contains("\n  \(example.caption)\n"), "explain \(rule.id)") }
            let findings = output.stdout.split(separator: "\n").filter { $0.hasPrefix("       ✗ ") }.count
            #expect(findings == rule.examples.map(\.expected.count).reduce(0, +), "explain \(rule.id)")
            #expect(output.stdout.hasSuffix("it cannot be silenced per unit.\n"))
        }
    }

    @Test("a misspelt id suggests the nearest check or status rule; an unknown one lists them all", arguments: [
        ("nmbers", "unknown check 'nmbers'; did you mean 'numbers'? The checks are: "),
        ("stal", "unknown check 'stal'; did you mean 'stale'? The checks are: "),
        ("missing-unti", "unknown check 'missing-unti'; did you mean 'missing-unit'? The checks are: "),
        ("xyz", "unknown check 'xyz'. The checks are: "),
    ])
    func unknown(_ id: String, _ message: String) throws {
        let output = try Binary.run(["explain", id], in: TempWorkspace.repository)
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix("Error: " + message), "\(output.stderr)")
        #expect(output.stderr.contains("the status rules are: stale, missing-unit,"))
    }

    /// The status rule examples made of files are read by a reader before the evaluator sees
    /// them; `transtrack status` on a workspace holding them gives the findings they expect.
    static let fileExamples: [String] = StatusRuleRegistry.all.flatMap { rule in
        rule.examples.indices.compactMap { index in
            if case .files = rule.examples[index].input { return "\(rule.id) #\(index + 1)" }
            return nil
        }
    }

    @Test("status rule examples made of files give their findings in transtrack status", arguments: fileExamples)
    func fileExample(_ name: String) throws {
        let parts = name.split(separator: " #")
        let rule = try #require(StatusRuleRegistry.rule(String(parts[0])))
        let example = rule.examples[Int(parts[1])! - 1]
        guard case .files(let english, let translations, let declared) = example.input else {
            Issue.record("\(name) is not made of files")
            return
        }
        let workspace = try TempWorkspace()
        let languages = (["en"] + declared).map { "  - { code: \($0), name: \($0), autonym: \($0) }\n" }.joined()
        try workspace.write(
            "locales/tracker.yaml",
            """
            version: 1
            root: ..
            source: en
            languages:
            \(languages)documents:
              - id: \(StatusRuleExample.document)
                name: Plan
                kind: wikitext
                local:
                  source: \(StatusRuleExample.englishPath)
                  translation: locales/{lang}/plan.wiki

            """)
        try workspace.write(StatusRuleExample.englishPath, english)
        for (language, bytes) in translations { try workspace.write(StatusRuleExample.path(language), bytes) }
        let output = try workspace.run("status", "--format", "json")
        #expect(output.status == 0, "\(output.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let findings = try #require(object?["findings"] as? [[String: Any]])
        let found = findings.map { finding in
            StatusRuleExample.Expected(
                finding["check"] as? String ?? "", unit: (finding["unit"] as? String).map { UnitID($0) },
                severity: Severity(rawValue: finding["severity"] as? String ?? "") ?? .info)
        }
        #expect(found.sorted() == example.expected.sorted(), "\(example.caption): \(findings.map { $0["message"] ?? "" })")
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
        #expect(committed.contains("### numbers"))
        #expect(committed.contains("| zh | `The budget is $177 million.` | `预算为1.77亿美元。` | nothing |"))
        #expect(committed.contains("## Status rules"))
        for id in StatusRuleRegistry.ids { #expect(committed.contains("\n### \(id)\n"), "\(id)") }
    }
}
