/// The hash functions the project uses, each for a reason outside its control or choice:
/// SHA-256 for fingerprints (stored in translations, so it can never change), SHA-1 because
/// MediaWiki records a file's and a revision's SHA-1, and MD5 because `action=edit` checks an
/// edit's text with it. None of them is used to resist an attacker.
package enum DigestAlgorithm: Sendable, Hashable, CaseIterable {
    case sha256
    case sha1
    case md5

    /// The length of a digest in bytes: 32, 20 or 16.
    package var byteCount: Int {
        switch self {
        case .sha256: 32
        case .sha1: 20
        case .md5: 16
        }
    }

    /// The longest digest of any algorithm: the size of the buffer a one-shot hash writes into.
    static let maximumByteCount = 32
}
