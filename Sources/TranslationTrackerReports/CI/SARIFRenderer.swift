import Foundation
import TranslationTracker

/// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and SARIF viewers, so findings show
/// up as alerts on the lines of the translation files.
///
/// One run; `tool.driver` is `transtrack` with its version and one rule per check: every content
/// check in `CheckRegistry` (described by its own summary and rationale) and the status checks
/// of `StatusCheck`. One result per finding with its rule, level, message and, when the finding
/// has a file, its location relative to the workspace root (`%SRCROOT%`), line and column
/// counted in Unicode code points. A finding about a wiki page is located at the permanent URL
/// of the revision read (see `WikiLocation`), with its document and language as a logical
/// location; a stale unit's message ends with the English diff it has not followed. A finding
/// the CI gate fails on is level `error` whatever its severity, as in the GitHub format;
/// otherwise `error`, `warning` or `note` by severity. The gate's verdict is in the run's
/// properties.
///
/// Example result: `{"ruleId": "stale", "level": "error", "message": {"text": "unit 7 is stale: …"},
/// "locations": [{"physicalLocation": {"artifactLocation": {"uri": "locales/fr/summary.wiki", …},
/// "region": {"startLine": 22}}}]}`; on a wiki:
/// `{"ruleId": "stale", "level": "error", "message": {"text": "unit 2 is stale …; English diff: https://…&oldid=4990 (2 English edits behind)"},
/// "locations": [{"physicalLocation": {"artifactLocation": {"uri": "https://meta.wikimedia.org/w/index.php?title=Plan/Summary/fr&oldid=5012"}},
/// "logicalLocations": [{"name": "summary/fr", …}]}]}`.
public struct SARIFRenderer: Sendable {
    /// A renderer; it holds no state.
    public init() {}

    /// The report in this format; the same report and context always give the same text.
    public func render(_ report: StatusReport, context: RenderContext) -> String {
        let verdict = GateVerdict(context.gate, report: report)
        let rules = Self.rules
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() { ruleIndex[rule.id] = index }

        let results = report.findings.map { finding in
            let fails = verdict.fails(finding)
            var location: SARIF.Location?
            let logical = finding.document.map { document in
                let name = finding.language.map { "\(document)/\($0)" } ?? document
                return [SARIF.LogicalLocation(name: name, fullyQualifiedName: name, kind: "resource")]
            }
            if let file = finding.file {
                location = SARIF.Location(
                    physicalLocation: SARIF.PhysicalLocation(
                        artifactLocation: SARIF.ArtifactLocation(uri: Self.uri(file), uriBaseId: Self.root),
                        region: finding.line.map { SARIF.Region(startLine: max(1, $0), startColumn: finding.column.map { max(1, $0) }) }))
            } else if let wiki = finding.wiki {
                location = SARIF.Location(
                    physicalLocation: SARIF.PhysicalLocation(artifactLocation: SARIF.ArtifactLocation(uri: Self.uri(wiki)), region: nil),
                    logicalLocations: logical)
            } else if let logical {
                location = SARIF.Location(logicalLocations: logical)
            }
            let english = finding.wiki.flatMap(FindingLines.englishChange).map { "; " + $0 } ?? ""
            // A wiki finding's page, never its revision: the alert stays the same one across edits.
            let identity = [finding.check, finding.document ?? "", finding.language?.rawValue ?? "", finding.unit?.rawValue ?? ""]
                + (finding.fragments ?? []) + (finding.wiki.map { ["\($0.wiki):\($0.title)"] } ?? [])
            return SARIF.Result(
                ruleId: finding.check, ruleIndex: ruleIndex[finding.check], level: fails ? "error" : Self.level(finding.severity),
                message: SARIF.Message(text: finding.message + english), locations: location.map { [$0] },
                partialFingerprints: ["transtrackFinding/v1": identity.joined(separator: "|")],
                properties: SARIF.ResultProperties(
                    document: finding.document, language: finding.language?.rawValue, unit: finding.unit?.rawValue,
                    fragments: finding.fragments, wiki: finding.wiki?.wiki, title: finding.wiki?.title, revision: finding.wiki?.revision,
                    englishDiff: finding.wiki?.englishDiff, englishEditsBehind: finding.wiki?.englishEditsBehind,
                    severity: finding.severity.rawValue, gateFailure: fails))
        }
        let run = SARIF.Run(
            tool: SARIF.Tool(driver: SARIF.ToolComponent(name: ToolInfo.name, version: ToolInfo.version, semanticVersion: ToolInfo.version, rules: rules)),
            invocations: [SARIF.Invocation(executionSuccessful: true, endTimeUtc: context.generatedText)],
            originalUriBaseIds: [
                Self.root: SARIF.ArtifactLocation(description: SARIF.Message(text: "The workspace root: the folder the manifest's `root` names."))
            ],
            columnKind: "unicodeCodePoints",
            results: results,
            properties: SARIF.RunProperties(
                gate: SARIF.GateProperties(flags: verdict.flags, passed: verdict.passed, reasons: verdict.result.reasons),
                coverage: report.totals.coverage, translations: report.totals.translations))
        return JSONRenderer().render(SARIF.Log(runs: [run]))
    }

    /// The base that relative artifact URIs are resolved against.
    static let root = "%SRCROOT%"

    /// A rule per check: content checks in registry order, then status checks.
    static var rules: [SARIF.ReportingDescriptor] {
        let content = CheckRegistry.all.map { check in
            SARIF.ReportingDescriptor(
                id: check.id, name: name(check.id), shortDescription: SARIF.Message(text: check.summary),
                fullDescription: SARIF.Message(text: check.rationale), help: SARIF.Message(text: check.rationale),
                defaultConfiguration: SARIF.Configuration(level: level(check.defaultSeverity)),
                properties: SARIF.RuleProperties(tags: ["translation", "content"]))
        }
        let status = statusRules.map { rule in
            SARIF.ReportingDescriptor(
                id: rule.id, name: name(rule.id), shortDescription: SARIF.Message(text: rule.summary),
                fullDescription: SARIF.Message(text: rule.description), help: SARIF.Message(text: rule.description),
                defaultConfiguration: SARIF.Configuration(level: level(rule.severity)),
                properties: SARIF.RuleProperties(tags: ["translation", "status"]))
        }
        return content + status
    }

    /// Descriptions of the findings that come from status and structure rather than checks:
    /// the status rules of ``StatusRuleRegistry``, in its order.
    static let statusRules: [(id: String, severity: Severity, summary: String, description: String)] = StatusRuleRegistry.all.map {
        ($0.id, $0.defaultSeverity, $0.summary, $0.rationale)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// `missing-unit` → `MissingUnit`, the rule's human-readable name.
    static func name(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A workspace-relative path as a relative URI reference: path segments kept, everything
    /// outside RFC 3986's unreserved and sub-delimiter characters percent-encoded as UTF-8
    /// (`:` too, so a first segment can never read as a scheme).
    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: uriAllowed) ?? path
    }

    /// Where a finding on a wiki page is: the permanent URL of the revision read, as it is, or
    /// `wiki:title` (`meta:Annual%20Plan/Summary/fr`, the title encoded as a path) when the
    /// wiki's URL is not known.
    static func uri(_ wiki: WikiLocation) -> String {
        wiki.url ?? "\(uri(wiki.wiki)):\(uri(wiki.title))"
    }

    private static let uriAllowed = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/")
}
