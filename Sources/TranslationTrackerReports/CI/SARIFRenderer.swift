import Foundation
import TranslationTracker

/// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and SARIF viewers, so findings show
/// up as alerts on the lines of the translation files.
///
/// One run; `tool.driver` is `transtrack` with its version and one rule per check: every content
/// check in ``CheckRegistry`` (described by its own summary and rationale) and the status checks
/// of ``StatusCheck``. One result per finding with its rule, level, message and, when the finding
/// has a file, its location relative to the workspace root (`%SRCROOT%`), line and column
/// counted in Unicode code points. A finding the CI gate fails on is level `error` whatever its
/// severity, as in the GitHub format; otherwise `error`, `warning` or `note` by severity.
/// The gate's verdict is in the run's properties.
///
/// Example result: `{"ruleId": "stale", "level": "error", "message": {"text": "unit 7 is stale: …"},
/// "locations": [{"physicalLocation": {"artifactLocation": {"uri": "locales/fr/summary.wiki", …},
/// "region": {"startLine": 22}}}]}`.
public struct SARIFRenderer: Sendable {
    public init() {}

    public func render(_ report: StatusReport, context: RenderContext) -> String {
        let verdict = GateVerdict(context.gate, report: report)
        let rules = Self.rules
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() { ruleIndex[rule.id] = index }

        let results = report.findings.map { finding in
            let fails = verdict.fails(finding)
            var location: SARIF.Location?
            if let file = finding.file {
                location = SARIF.Location(
                    physicalLocation: SARIF.PhysicalLocation(
                        artifactLocation: SARIF.ArtifactLocation(uri: Self.uri(file), uriBaseId: Self.root),
                        region: finding.line.map { SARIF.Region(startLine: max(1, $0), startColumn: finding.column.map { max(1, $0) }) }))
            } else if let document = finding.document {
                let name = finding.language.map { "\(document)/\($0)" } ?? document
                location = SARIF.Location(logicalLocations: [SARIF.LogicalLocation(name: name, fullyQualifiedName: name, kind: "resource")])
            }
            let identity = [finding.check, finding.document ?? "", finding.language?.rawValue ?? "", finding.unit?.rawValue ?? ""]
                + (finding.fragments ?? [])
            return SARIF.Result(
                ruleId: finding.check, ruleIndex: ruleIndex[finding.check], level: fails ? "error" : Self.level(finding.severity),
                message: SARIF.Message(text: finding.message), locations: location.map { [$0] },
                partialFingerprints: ["transtrackFinding/v1": identity.joined(separator: "|")],
                properties: SARIF.ResultProperties(
                    document: finding.document, language: finding.language?.rawValue, unit: finding.unit?.rawValue,
                    fragments: finding.fragments, severity: finding.severity.rawValue, gateFailure: fails))
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

    /// Descriptions of the findings that come from status and structure rather than checks.
    static let statusRules: [(id: String, severity: Severity, summary: String, description: String)] = [
        (
            StatusCheck.stale, .error, "A translated unit whose English has changed since it was translated.",
            "The unit's marker records (src=) a fingerprint of the English it was translated from, and today's English unit has "
                + "another: the translation may no longer say what the English says. Compare the two English versions with "
                + "`transtrack diff LANG UNIT`, update the translation, then record it with `transtrack stamp LANG --unit UNIT`."
        ),
        (
            StatusCheck.missingUnit, .warning, "An English unit that the translation does not have.",
            "Readers of the translation miss this part of the document. Translate the unit after the line shown and mark it "
                + "with the English unit's id (<!--T:n-->). `--fail-on incomplete` fails CI on missing units."
        ),
        (
            StatusCheck.missingTranslation, .warning, "A language with no translation of the document at all.",
            "The manifest declares the language, but the place where its translation should be has nothing. Start the "
                + "translation from the English source, or remove the language from the manifest. `--fail-on missing` fails CI on it."
        ),
        (
            StatusCheck.extraUnit, .warning, "A translated unit that the English source no longer has.",
            "The English unit was deleted or renumbered, so this text translates nothing that is still there. Remove it, or give "
                + "it the id of the English unit it translates."
        ),
        (
            StatusCheck.unverified, .info, "A translated unit with no record of the English it was translated from.",
            "Without a src= fingerprint in its marker, the unit can be neither current nor known to be stale, and it does not "
                + "count towards coverage. Check it against today's English, then run `transtrack stamp LANG --unit UNIT`. "
                + "`--fail-on unverified` fails CI on these."
        ),
        (
            StatusCheck.slideCount, .warning, "A translated slide deck with another number of slides (or PDF pages) than the English.",
            "Slides are matched by number, so a deck with a slide added or dropped compares each later slide with the wrong "
                + "English one. Add or remove slides so that slide N translates the English slide N, then run "
                + "`transtrack stamp LANG --document DOC`."
        ),
        (
            StatusCheck.translateMismatch, .warning, "The Translate extension's own numbers for a translation differ from its units' states.",
            "The wiki's Translate statistics (meta=messagegroupstats) count translated, fuzzy or proofread units otherwise than "
                + "the unit states read or inferred here, so one of them is wrong: Translate's statistics may not be rebuilt yet "
                + "(its job queue), or a state was inferred wrongly from an export. The message names the units; compare them "
                + "with Special:Translate."
        ),
        (
            StatusCheck.structure, .error, "Broken unit structure: markers, <translate> tags, duplicate ids.",
            "The file cannot be split into translation units the way the Translate extension splits it: an unclosed or nested "
                + "<translate>, a duplicate unit id, a marker in the middle of a sentence, an unclosed comment or variable. The "
                + "other units are still read; fix the markup at the position shown."
        ),
        (
            StatusCheck.input, .error, "A file that cannot be read as wikitext, or one for a language the manifest does not declare.",
            "A translation that is not valid UTF-8 cannot be split into units; save it as UTF-8. A file in a language folder "
                + "that the manifest does not list is not tracked at all; declare the language under 'languages:' or remove the file."
        ),
    ]

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

    private static let uriAllowed = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/")
}
