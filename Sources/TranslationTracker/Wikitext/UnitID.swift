/// The identifier of a translation unit: the `n` of `<!--T:n-->`, or a derived `h…` id for a
/// source written without markers.
///
/// Ordered naturally, so unit 2 sorts before unit 10.
public struct UnitID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    /// An id as written in a marker or on the command line.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: UnitID, rhs: UnitID) -> Bool {
        switch (Int(lhs.rawValue), Int(rhs.rawValue)) {
        case let (l?, r?): l < r
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): lhs.rawValue < rhs.rawValue
        }
    }

    /// Characters the Translate extension refuses in a unit name; we refuse the same.
    static let invalidCharacters: Set<Character> = ["_", "/", "\n", "<", ">", " "]

    /// Whether the id could be written in a marker: digits, or a derived `h` id.
    public var isValid: Bool {
        !rawValue.isEmpty && !rawValue.contains(where: { Self.invalidCharacters.contains($0) })
    }
}
