/// The shape of a manifest, used to report unknown keys (with suggestions) and wrong kinds of
/// values at their exact line and column before decoding.
///
/// Decoding alone would ignore a misspelt optional key silently; that is how configuration
/// mistakes survive for months, so every key is checked against this schema.
indirect enum ManifestSchema: Sendable {
    case scalar
    /// A single value from a closed set, such as `direction: rtl`.
    case choice([String])
    /// A mapping with a fixed set of keys; `required` keys must be present.
    case mapping([String: ManifestSchema], required: Set<String>)
    /// A list whose items all have one shape.
    case sequence(ManifestSchema)
    /// A mapping whose keys are data (language codes), each value of one shape.
    case dictionary(ManifestSchema)

    static let manifest: ManifestSchema = .mapping(
        [
            "version": .scalar,
            "root": .scalar,
            "project": .mapping(["name": .scalar, "contact": .scalar], required: ["name"]),
            "source": .scalar,
            "languages": .sequence(
                .mapping(
                    ["code": .scalar, "name": .scalar, "autonym": .scalar, "direction": .choice(["ltr", "rtl"])],
                    required: ["code", "name"])),
            "wikis": .sequence(
                .mapping(
                    ["id": .scalar, "name": .scalar, "api": .scalar, "language": .scalar],
                    required: ["id", "name", "api"])),
            "documents": .sequence(
                .mapping(
                    [
                        "id": .scalar, "name": .scalar, "kind": .choice(["wikitext", "file"]),
                        "local": .mapping(
                            ["source": .scalar, "translation": .scalar, "formats": .sequence(.choice(DeckFormat.allCases.map(\.rawValue)))],
                            required: ["source", "translation"]),
                        "pages": .sequence(
                            .mapping(
                                ["wiki": .scalar, "source": .scalar, "translation": .scalar, "translatable": .choice(["true", "false"])],
                                required: ["wiki", "source", "translation"])),
                        "copies": .dictionary(.mapping(["wiki": .scalar, "title": .scalar], required: ["wiki", "title"])),
                    ],
                    required: ["id"])),
            "checks": .mapping(
                [
                    "disabled": .sequence(.scalar),
                    "severity": .dictionary(severity),
                    "languages": .dictionary(.mapping(["disabled": .sequence(.scalar), "severity": .dictionary(severity)], required: [])),
                ],
                required: []),
            "publish": .mapping(["wiki": .scalar, "table": .scalar, "worklists": .scalar], required: ["wiki", "table"]),
        ],
        required: ["version", "source", "languages", "documents"])

    static let severity: ManifestSchema = .choice(["error", "warning", "info"])

    var kindName: String {
        switch self {
        case .scalar: "a single value"
        case .choice(let values): "one of \(values.joined(separator: ", "))"
        case .mapping: "a mapping of keys to values"
        case .sequence: "a list"
        case .dictionary: "a mapping of language codes to values"
        }
    }
}
