/// The part of the SARIF 2.1.0 object model that `transtrack` writes, as Codable values, so
/// that JSON escaping is the encoder's job and never ours. Property names follow the
/// specification (OASIS SARIF 2.1.0, §3); optional values that are nil are left out.
enum SARIF {
    static let version = "2.1.0"
    static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    struct Log: Encodable {
        var schema = SARIF.schema
        var version = SARIF.version
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]
        var originalUriBaseIds: [String: ArtifactLocation]
        var columnKind: String
        var results: [Result]
        var properties: RunProperties
    }

    struct Tool: Encodable {
        var driver: ToolComponent
    }

    struct ToolComponent: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct RuleProperties: Encodable {
        var tags: [String]
    }

    struct Message: Encodable {
        var text: String
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var endTimeUtc: String?
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]?
        var partialFingerprints: [String: String]
        var properties: ResultProperties
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation?
        var logicalLocations: [LogicalLocation]?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String?
        var uriBaseId: String?
        var description: Message?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
    }

    struct LogicalLocation: Encodable {
        var name: String
        var fullyQualifiedName: String
        var kind: String
    }

    struct ResultProperties: Encodable {
        var document: String?
        var language: String?
        var unit: String?
        var fragments: [String]?
        /// For a finding on a wiki page: the wiki id, the page and the revision read.
        var wiki: String?
        var title: String?
        var revision: Int?
        /// For a stale unit on a wiki: the English diff it has not followed, and its length in edits.
        var englishDiff: String?
        var englishEditsBehind: Int?
        /// The finding's own severity, before the gate raised it to `error`.
        var severity: String
        /// True when the finding trips a `--fail-on` condition.
        var gateFailure: Bool
    }

    struct RunProperties: Encodable {
        var gate: GateProperties
        var coverage: Double
        var translations: Int
    }

    struct GateProperties: Encodable {
        var flags: String
        var passed: Bool
        var reasons: [String]
    }
}
