/// SHA-256 (FIPS 180-4): the hash of fingerprints and of the watch state's published blocks.
///
/// ```swift
/// SHA256Digest.hash(normalizedUnit)   // 32 bytes
/// ```
package enum SHA256Digest: OneShotDigest {
    package static var algorithm: DigestAlgorithm { .sha256 }
}
