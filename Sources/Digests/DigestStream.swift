/// A hash computed over bytes that arrive in pieces: a file read a megabyte at a time, or a key
/// assembled from several values. The digest equals the one-shot hash of all pieces joined.
///
/// Owns its hashing state (on Linux, a libcrypto context freed on deinit). Not `Sendable`: one
/// stream per task.
///
/// ```swift
/// let stream = DigestStream(.sha1)
/// while let chunk = try read() { stream.update(chunk) }
/// let sha1 = Hex.string(stream.finish())
/// ```
package final class DigestStream {
    /// The hash function this stream computes.
    package let algorithm: DigestAlgorithm
    private let state: DigestBackend.Stream
    private var finished = false

    /// A stream that has hashed nothing yet.
    package init(_ algorithm: DigestAlgorithm) {
        self.algorithm = algorithm
        state = DigestBackend.Stream(algorithm)
    }

    /// Hashes the next bytes, where they are when the sequence stores them contiguously.
    package func update(_ bytes: some Sequence<UInt8>) {
        precondition(!finished, "DigestStream.update after finish")
        if bytes.withContiguousStorageIfAvailable({ state.update(UnsafeRawBufferPointer($0)) }) == nil {
            Array(bytes).withUnsafeBytes { state.update($0) }
        }
    }

    /// The digest of everything given to ``update(_:)``. A stream finishes once.
    package func finish() -> [UInt8] {
        precondition(!finished, "DigestStream.finish called twice")
        finished = true
        return withUnsafeTemporaryAllocation(byteCount: DigestAlgorithm.maximumByteCount, alignment: 1) { output in
            let digest = UnsafeMutableRawBufferPointer(rebasing: output[..<algorithm.byteCount])
            state.finish(into: digest)
            return Array(UnsafeRawBufferPointer(digest))
        }
    }
}
