/// A path or title with a `{lang}` placeholder, such as `locales/{lang}/summary.wiki` or
/// `Wikimedia Foundation Annual Plan/2023-2024/Summary/{lang}`.
///
/// The placeholder is the only one recognised, so a typo such as `{language}` is caught when
/// the manifest is loaded rather than producing a path that never exists.
public struct PathPattern: RawRepresentable, Sendable, Codable, Hashable, CustomStringConvertible {
    /// What stands for the language code in a pattern.
    public static let placeholder = "{lang}"

    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    /// A pattern as written in the manifest.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// Whether the pattern names the language at all; a translation pattern must.
    public var hasPlaceholder: Bool { rawValue.contains(Self.placeholder) }

    /// Placeholders in braces other than `{lang}`, e.g. `["{language}"]`; always a mistake.
    public var unknownPlaceholders: [String] {
        var result: [String] = []
        var rest = rawValue[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let token = String(rest[open...close])
            if token != Self.placeholder { result.append(token) }
            rest = rest[rest.index(after: close)...]
        }
        return result
    }

    /// The concrete path or title for one language.
    public func expanded(for language: LanguageCode) -> String {
        rawValue.replacingOccurrences(of: Self.placeholder, with: language.rawValue)
    }
}
