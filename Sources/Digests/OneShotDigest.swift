/// A hash function applied to bytes held in memory, in one call.
///
/// The bytes are hashed where they are when the sequence stores them contiguously (`[UInt8]`,
/// `ArraySlice`, a native `String`'s `utf8`, `Data`), so a fingerprint costs no copy of the unit's
/// text; any other sequence is gathered into an array first. The digest is written into a
/// stack buffer, so ``hex(_:)`` allocates only the string it returns.
///
/// ```swift
/// SHA256Digest.hex("abc".utf8)   // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
package protocol OneShotDigest {
    /// Which hash function this is.
    static var algorithm: DigestAlgorithm { get }
}

extension OneShotDigest {
    /// The digest of `bytes`: ``DigestAlgorithm/byteCount`` bytes.
    package static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        withDigest(of: bytes) { Array($0) }
    }

    /// The digest of `bytes` in lowercase hex, as MediaWiki and `sha256sum` write it.
    package static func hex(_ bytes: some Sequence<UInt8>) -> String {
        withDigest(of: bytes) { Hex.string($0) }
    }

    /// Calls `body` with the digest of `bytes`, valid only during the call.
    private static func withDigest<Result>(
        of bytes: some Sequence<UInt8>, _ body: (UnsafeRawBufferPointer) -> Result
    ) -> Result {
        if let result = bytes.withContiguousStorageIfAvailable({ buffer in
            withDigest(ofBuffer: UnsafeRawBufferPointer(buffer), body)
        }) {
            return result
        }
        return Array(bytes).withUnsafeBytes { withDigest(ofBuffer: $0, body) }
    }

    private static func withDigest<Result>(
        ofBuffer input: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(byteCount: DigestAlgorithm.maximumByteCount, alignment: 1) { output in
            let digest = UnsafeMutableRawBufferPointer(rebasing: output[..<algorithm.byteCount])
            DigestBackend.hash(algorithm, input, into: digest)
            return body(UnsafeRawBufferPointer(digest))
        }
    }
}
