import TranslationTracker

/// `--format junit`: JUnit XML as GitLab (`artifacts:reports:junit`) and Jenkins (`junit`) show
/// test results, so translation status appears in the merge request's test tab.
///
/// A `<testsuite>` per document in a `<testsuites>` root that carries the totals. In each suite:
/// a test case for the English source, one per language (`summary ar (العربية)`, classname the
/// document) and one per stale or missing unit (`summary fr (français) unit 7 stale`).
/// A test case has a `<failure>` exactly when the CI gate (``RenderContext/gate``) fails on
/// something it holds: a finding that trips a `--fail-on` condition or a coverage under its
/// `--min-coverage` floor. A stale or missing unit that the gate lets pass, and a translation
/// that does not exist when `missing` is not gated, are `<skipped>`; every other finding is
/// listed in its test case's `<system-out>`. Findings that belong to no translation (a file for
/// an undeclared language, a workspace problem) get a test case of their own.
///
/// A finding on a wiki page has no file: its failure message starts with its place
/// (`meta:Plan/Summary/fr#2: unit 2 is stale …`), its line in the failure text or output ends
/// with the English diff and permanent link (see ``FindingLines``), and a test case of its own
/// (a stale or missing unit, or a finding outside any translation) carries the same as
/// properties (`wiki`, `title`, `revision`, `url`, `englishDiff`, `englishEditsBehind`).
///
/// Timestamps come from ``RenderContext/generatedText`` and are left out when it is nil, so
/// golden files stay stable. Every value is escaped for XML (see `XMLText`).
public struct JUnitRenderer: Sendable {
    /// A renderer; it holds no state.
    public init() {}

    /// The report in this format; the same report and context always give the same text.
    public func render(_ report: StatusReport, context: RenderContext) -> String {
        let verdict = GateVerdict(context.gate, report: report)
        let suites = JUnitModel(report: report, context: context, verdict: verdict).suites
        let tests = suites.reduce(0) { $0 + $1.cases.count }
        let failures = suites.reduce(0) { $0 + $1.failures }
        let skipped = suites.reduce(0) { $0 + $1.skipped }
        let name = "transtrack" + (report.project.map { ": \($0)" } ?? "")

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites"
        out += attributes([
            ("name", name), ("tests", "\(tests)"), ("failures", "\(failures)"), ("errors", "0"), ("skipped", "\(skipped)"),
            ("time", "0"), ("timestamp", context.generatedText),
        ])
        out += ">\n"
        for suite in suites { out += render(suite, timestamp: context.generatedText) }
        out += "</testsuites>\n"
        return out
    }

    private func render(_ suite: JUnitModel.Suite, timestamp: String?) -> String {
        var out = "  <testsuite"
        out += attributes([
            ("name", suite.name), ("tests", "\(suite.cases.count)"), ("failures", "\(suite.failures)"), ("errors", "0"),
            ("skipped", "\(suite.skipped)"), ("time", "0"), ("timestamp", timestamp),
        ])
        out += ">\n"
        out += properties(suite.properties, indent: "    ")
        for testCase in suite.cases { out += render(testCase) }
        out += "  </testsuite>\n"
        return out
    }

    private func render(_ testCase: JUnitModel.Case) -> String {
        var out = "    <testcase"
        out += attributes([
            ("name", testCase.name), ("classname", testCase.classname), ("file", testCase.file), ("line", testCase.line.map(String.init)),
            ("time", "0"),
        ])
        out += ">\n"
        out += properties(testCase.properties, indent: "      ")
        switch testCase.outcome {
        case .passed:
            break
        case .failed(let message, let type, let text):
            out += "      <failure" + attributes([("message", message), ("type", type)]) + ">" + XMLText.escape(text) + "</failure>\n"
        case .skipped(let message):
            out += "      <skipped" + attributes([("message", message)]) + "/>\n"
        }
        if !testCase.output.isEmpty {
            out += "      <system-out>" + XMLText.escape(testCase.output) + "</system-out>\n"
        }
        out += "    </testcase>\n"
        return out
    }

    private func properties(_ properties: [(String, String)], indent: String) -> String {
        guard !properties.isEmpty else { return "" }
        var out = indent + "<properties>\n"
        for (name, value) in properties {
            out += indent + "  <property" + attributes([("name", name), ("value", value)]) + "/>\n"
        }
        return out + indent + "</properties>\n"
    }

    /// ` name="value"` pairs, leaving out nil values.
    private func attributes(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { name, value in value.map { " \(name)=\"\(XMLText.attribute($0))\"" } }.joined()
    }
}

/// The test suites and cases of a JUnit report, before they are written as XML.
struct JUnitModel {
    enum Outcome {
        case passed
        case failed(message: String, type: String, text: String)
        case skipped(message: String)
    }

    struct Case {
        var name: String
        var classname: String
        var file: String?
        var line: Int?
        var properties: [(String, String)] = []
        var outcome: Outcome = .passed
        var output = ""

        var failed: Bool {
            if case .failed = outcome { return true }
            return false
        }

        var skipped: Bool {
            if case .skipped = outcome { return true }
            return false
        }
    }

    struct Suite {
        var name: String
        var properties: [(String, String)]
        var cases: [Case]

        var failures: Int { cases.filter(\.failed).count }
        var skipped: Int { cases.filter(\.skipped).count }
    }

    /// Where a finding is shown.
    private enum Slot: Hashable {
        case source(document: String)
        case translation(document: String, language: LanguageCode)
        case unit(document: String, language: LanguageCode, unit: UnitID, check: String)
    }

    let suites: [Suite]

    init(report: StatusReport, context: RenderContext, verdict: GateVerdict) {
        let lines = FindingLines(style: .plain)

        // Which slots exist, so that each finding goes to exactly one test case.
        var slots = Set<Slot>()
        for document in report.documents {
            slots.insert(.source(document: document.id))
            for status in document.translations {
                slots.insert(.translation(document: document.id, language: status.language))
                for unit in status.units where unit.state == .stale || unit.state == .missing {
                    slots.insert(.unit(document: document.id, language: status.language, unit: unit.id, check: Self.check(for: unit.state)))
                }
            }
        }
        var bySlot: [Slot: [Finding]] = [:]
        var orphans: [Finding] = []
        for finding in report.findings {
            if let slot = Self.slot(of: finding, sourceLanguage: report.sourceLanguage, among: slots) {
                bySlot[slot, default: []].append(finding)
            } else {
                orphans.append(finding)
            }
        }

        func sourceName(_ code: LanguageCode) -> String {
            context.manifest.language(code).map { "\(code) (\($0.autonym))" } ?? code.rawValue
        }
        func languageName(_ code: LanguageCode) -> String {
            report.language(code).map { "\(code) (\($0.autonym))" } ?? code.rawValue
        }

        /// Fills in a case's outcome and output from its findings and any coverage shortfall.
        func judge(_ testCase: inout Case, findings: [Finding], shortfall: String? = nil, skip: String? = nil) {
            var reasons: [(message: String, type: String, line: String)] = []
            if let shortfall { reasons.append((shortfall, "min-coverage", shortfall)) }
            var others: [String] = []
            for finding in findings {
                if verdict.fails(finding) {
                    let type = verdict.conditions(finding).map(\.rawValue).joined(separator: ",")
                    reasons.append((Self.message(finding), type, lines.line(finding)))
                } else {
                    others.append(lines.line(finding))
                }
            }
            if let first = reasons.first {
                let message = reasons.count == 1 ? first.message : "\(first.message) (and \(reasons.count - 1) more)"
                var types: [String] = []
                for reason in reasons where !types.contains(reason.type) { types.append(reason.type) }
                testCase.outcome = .failed(message: message, type: types.joined(separator: ","), text: reasons.map(\.line).joined(separator: "\n"))
            } else if let skip {
                testCase.outcome = .skipped(message: skip)
            }
            if !others.isEmpty {
                testCase.output += (testCase.output.isEmpty ? "" : "\n") + others.joined(separator: "\n")
            }
        }

        var suites: [Suite] = []
        let gateProperty = ("gate", verdict.flags)
        for document in report.documents {
            var cases: [Case] = []
            let sourceLocation = document.source.location
            var source = Case(
                name: "\(document.id) source \(sourceName(report.sourceLanguage))", classname: document.id, file: sourceLocation.path)
            source.output = document.source.exists ? "\(document.source.units) units in \(sourceLocation)" : "\(sourceLocation) does not exist"
            judge(&source, findings: bySlot[.source(document: document.id)] ?? [])
            cases.append(source)

            for status in document.translations {
                let name = "\(document.id) \(languageName(status.language))"
                var translation = Case(name: name, classname: document.id, file: status.location.path)
                let counts = status.counts
                translation.properties = [("state", status.state.rawValue), ("coverage", TerminalRenderer.percent(status.coverage))]
                translation.output =
                    "\(status.state.rawValue) · \(TerminalRenderer.percent(status.coverage)) current (\(counts.current) of \(counts.total) units) · "
                    + "\(counts.stale) stale, \(counts.missing) missing, \(counts.unverified) unverified, \(counts.extra) extra · \(status.location)"
                let shortfall = verdict.coverageShortfall(status).map { verdict.coverageMessage(status, minimum: $0) }
                let findings = bySlot[.translation(document: document.id, language: status.language)] ?? []
                let skip = status.state == .missing ? "no \(status.language) translation: \(status.location) does not exist (not a gate failure: \(verdict.failOnFlag))" : nil
                judge(&translation, findings: findings, shortfall: shortfall, skip: skip)
                cases.append(translation)

                for unit in status.units where unit.state == .stale || unit.state == .missing {
                    let check = Self.check(for: unit.state)
                    let found = bySlot[.unit(document: document.id, language: status.language, unit: unit.id, check: check)] ?? []
                    var unitCase = Case(
                        name: "\(name) unit \(unit.id) \(unit.state.rawValue)", classname: document.id, file: status.location.path,
                        line: found.first?.line ?? unit.line)
                    if let recorded = unit.recorded { unitCase.properties.append(("recorded", recorded)) }
                    if let expected = unit.expected { unitCase.properties.append(("expected", expected)) }
                    if let wiki = found.first?.wiki { unitCase.properties += Self.properties(wiki) }
                    let what = found.first?.message ?? "unit \(unit.id) is \(unit.state.rawValue)"
                    // The finding is the reason to fail; shown as output only when it does not.
                    judge(&unitCase, findings: found.filter(verdict.fails), skip: "\(what) (not a gate failure: \(verdict.failOnFlag))")
                    cases.append(unitCase)
                }
            }
            let mine = orphans.filter { $0.document == document.id }
            cases += mine.map { Self.orphanCase($0, classname: document.id, judge: judge) }
            suites.append(Suite(name: document.id, properties: [("name", document.name), ("kind", document.kind.rawValue), ("source", "\(sourceLocation)"), gateProperty], cases: cases))
        }
        let known = Set(report.documents.map(\.id))
        let rest = orphans.filter { $0.document.map { !known.contains($0) } ?? true }
        if !rest.isEmpty {
            suites.append(Suite(name: "workspace", properties: [gateProperty], cases: rest.map { Self.orphanCase($0, classname: "workspace", judge: judge) }))
        }
        self.suites = suites
    }

    private static func orphanCase(_ finding: Finding, classname: String, judge: (inout Case, [Finding], String?, String?) -> Void) -> Case {
        let place = finding.locationText ?? [finding.document, finding.language?.rawValue].compactMap { $0 }.joined(separator: " ")
        var testCase = Case(name: "\(finding.check) \(place)".trimmingTrailingSpaces(), classname: classname, file: finding.file, line: finding.line)
        if let wiki = finding.wiki { testCase.properties = properties(wiki) }
        judge(&testCase, [finding], nil, nil)
        return testCase
    }

    /// A failure's message: the finding's, led by its place when it is on a wiki page, since
    /// such a test case has no `file` to say where.
    private static func message(_ finding: Finding) -> String {
        guard finding.file == nil, finding.wiki != nil, let place = finding.locationText else { return finding.message }
        return "\(place): \(finding.message)"
    }

    /// A wiki finding's place and links as test case properties, named as in the JSON report.
    private static func properties(_ wiki: WikiLocation) -> [(String, String)] {
        var properties = [("wiki", wiki.wiki), ("title", wiki.title)]
        if let revision = wiki.revision { properties.append(("revision", "\(revision)")) }
        if let url = wiki.url { properties.append(("url", url)) }
        if let diff = wiki.englishDiff { properties.append(("englishDiff", diff)) }
        if let behind = wiki.englishEditsBehind { properties.append(("englishEditsBehind", "\(behind)")) }
        return properties
    }

    private static func check(for state: UnitState) -> String {
        state == .stale ? StatusCheck.stale : StatusCheck.missingUnit
    }

    private static func slot(of finding: Finding, sourceLanguage: LanguageCode, among slots: Set<Slot>) -> Slot? {
        guard let document = finding.document else { return nil }
        if let language = finding.language {
            if let unit = finding.unit {
                let slot = Slot.unit(document: document, language: language, unit: unit, check: finding.check)
                if slots.contains(slot) { return slot }
            }
            let translation = Slot.translation(document: document, language: language)
            if slots.contains(translation) { return translation }
            if language != sourceLanguage { return nil }
        }
        let source = Slot.source(document: document)
        return slots.contains(source) ? source : nil
    }
}
