#if canImport(CryptoKit)
import CryptoKit
import Foundation

/// The digests of Apple's CryptoKit, on the platforms that have it (no system libcrypto there).
enum DigestBackend {
    /// Writes the digest of `input` into `output`, which holds exactly the digest's bytes.
    static func hash(_ algorithm: DigestAlgorithm, _ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) {
        switch algorithm {
        case .sha256: copy(SHA256.hash(data: input), into: output)
        case .sha1: copy(Insecure.SHA1.hash(data: input), into: output)
        case .md5: copy(Insecure.MD5.hash(data: input), into: output)
        }
    }

    private static func copy(_ digest: some Digest, into output: UnsafeMutableRawBufferPointer) {
        digest.withUnsafeBytes { bytes in
            precondition(bytes.count == output.count, "CryptoKit returned a digest of an unexpected length")
            output.copyMemory(from: bytes)
        }
    }

    /// An incremental digest: CryptoKit's hash function value, updated in place.
    final class Stream {
        private enum Function {
            case sha256(SHA256)
            case sha1(Insecure.SHA1)
            case md5(Insecure.MD5)
        }

        private var function: Function

        init(_ algorithm: DigestAlgorithm) {
            switch algorithm {
            case .sha256: function = .sha256(SHA256())
            case .sha1: function = .sha1(Insecure.SHA1())
            case .md5: function = .md5(Insecure.MD5())
            }
        }

        func update(_ bytes: UnsafeRawBufferPointer) {
            switch function {
            case .sha256(var hash):
                hash.update(data: bytes)
                function = .sha256(hash)
            case .sha1(var hash):
                hash.update(data: bytes)
                function = .sha1(hash)
            case .md5(var hash):
                hash.update(data: bytes)
                function = .md5(hash)
            }
        }

        func finish(into output: UnsafeMutableRawBufferPointer) {
            switch function {
            case .sha256(let hash): DigestBackend.copy(hash.finalize(), into: output)
            case .sha1(let hash): DigestBackend.copy(hash.finalize(), into: output)
            case .md5(let hash): DigestBackend.copy(hash.finalize(), into: output)
            }
        }
    }
}
#endif
