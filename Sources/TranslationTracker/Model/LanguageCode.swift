/// A language code as MediaWiki uses it in subpage names and interwiki prefixes (`ar`, `zh`, `pt-br`).
///
/// Kept as a distinct type so that a language code is never confused with a wiki id or a title,
/// and so that dictionaries keyed by language encode as JSON objects.
public struct LanguageCode: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    CodingKeyRepresentable, ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    /// A code as written; ``isWellFormed`` says whether it is a plausible one.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The code as a dictionary key in JSON and YAML (`fr: …`).
    public var codingKey: any CodingKey { LanguageCodingKey(stringValue: rawValue) }

    /// A code read from a dictionary key in JSON and YAML.
    public init?<T: CodingKey>(codingKey: T) { self.rawValue = codingKey.stringValue }

    public static func < (lhs: LanguageCode, rhs: LanguageCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { rawValue }

    /// Whether the code has the shape MediaWiki accepts for a content language:
    /// two or three lowercase letters, then optional `-` subtags of letters and digits.
    public var isWellFormed: Bool {
        let parts = rawValue.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
            first.allSatisfy({ $0.isASCII && $0.isLowercase })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
    }
}

private struct LanguageCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
