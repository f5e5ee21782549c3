import Digests

/// The fingerprint of an English unit: SHA-256 of its whitespace-normalized translatable text.
///
/// Normalization folds every run of ASCII whitespace (space, tab, CR, LF) into one space and
/// trims both ends, so re-wrapping a paragraph or converting line endings does not make
/// translations stale. `<tvar>` contents are replaced by `$name` first, as the Translate
/// extension shows them to translators, so changing a variable's value (a URL, an address)
/// does not make translations stale either. Other characters, NBSP included, count as written.
///
/// Recorded in translations as the first ``shortLength`` hex digits: `src=1a2b3c4d5e`.
public struct Fingerprint: Hashable, Sendable, CustomStringConvertible {
    /// Hex digits written into markers: 40 bits, enough that two versions of one unit never
    /// collide in practice, short enough to read in a diff.
    public static let shortLength = 10

    /// The full SHA-256 digest in lowercase hex.
    public let digest: String

    package init(digest: String) { self.digest = digest }

    /// The fingerprint of a unit's translatable text.
    public init(unitText: String) {
        digest = SHA256Digest.hex(Self.normalized(unitText))
    }

    /// What markers record.
    public var hex: String { String(digest.prefix(Self.shortLength)) }

    public var description: String { hex }

    /// The bytes that are hashed: whitespace runs folded to one space, ends trimmed.
    package static func normalized(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(byte)
        }
        return out
    }
}

/// A fingerprint as recorded in a translation's marker (`src=…`): a hex prefix of the English
/// unit's digest, at least 6 digits, so hand-written short forms work as git's short hashes do.
public struct RecordedFingerprint: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The shortest `src=` prefix that still matches: six hex digits.
    public static let minimumLength = 6

    /// The hex digits as recorded.
    public let hex: String

    /// A recorded fingerprint, or nil when `value` is not at least ``minimumLength`` hex digits.
    public init?(_ value: String) {
        self.init(hexBytes: Array(value.utf8)[...])
    }

    /// From the bytes of a marker's `src=` value; nil unless 6 to 64 hex digits.
    init?(hexBytes: ArraySlice<UInt8>) {
        guard (Self.minimumLength...64).contains(hexBytes.count) else { return nil }
        var upper = false
        for byte in hexBytes {
            switch byte {
            case 0x30...0x39, 0x61...0x66: continue
            case 0x41...0x46: upper = true
            default: return nil
            }
        }
        // Stamped markers are lowercase already; only hand-written ones need folding.
        hex = upper ? String(decoding: hexBytes.map { $0 >= 0x41 && $0 <= 0x46 ? $0 | 0x20 : $0 }, as: UTF8.self)
            : String(decoding: hexBytes, as: UTF8.self)
    }

    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(String.self)
        guard let parsed = RecordedFingerprint(value) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a fingerprint: \(value)"))
        }
        self = parsed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }

    public var description: String { hex }

    /// Whether the translation was made from English with this fingerprint.
    public func matches(_ fingerprint: Fingerprint) -> Bool { fingerprint.digest.hasPrefix(hex) }
}
