import Digests
import Foundation
import Testing

/// The published test vectors: FIPS 180-2's examples for SHA-256 and SHA-1 (one block, two
/// blocks, a million 'a'), and RFC 1321's test suite for MD5.
struct KnownVectorTests {
    struct Vector: Sendable, CustomTestStringConvertible {
        var message: String
        var digest: String
        var testDescription: String { message.count > 64 ? "\(message.prefix(10))… (\(message.utf8.count) bytes)" : "\"\(message)\"" }
    }

    static let twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    static let millionA = String(repeating: "a", count: 1_000_000)

    @Test(arguments: [
        Vector(message: "", digest: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        Vector(message: "abc", digest: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        Vector(message: twoBlocks, digest: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        Vector(message: millionA, digest: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ])
    func sha256(_ vector: Vector) {
        #expect(SHA256Digest.hex(vector.message.utf8) == vector.digest)
        #expect(SHA256Digest.hash(Array(vector.message.utf8)).count == 32)
    }

    @Test(arguments: [
        Vector(message: "", digest: "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        Vector(message: "abc", digest: "a9993e364706816aba3e25717850c26c9cd0d89d"),
        Vector(message: twoBlocks, digest: "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
        Vector(message: millionA, digest: "34aa973cd4c4daa4f61eeb2bdbad27316534016f"),
    ])
    func sha1(_ vector: Vector) {
        #expect(SHA1Digest.hex(vector.message.utf8) == vector.digest)
    }

    @Test(arguments: [
        Vector(message: "", digest: "d41d8cd98f00b204e9800998ecf8427e"),
        Vector(message: "a", digest: "0cc175b9c0f1b6a831c399e269772661"),
        Vector(message: "abc", digest: "900150983cd24fb0d6963f7d28e17f72"),
        Vector(message: "message digest", digest: "f96b697d7cb7938d525a2f31aaf161d0"),
        Vector(message: "abcdefghijklmnopqrstuvwxyz", digest: "c3fcd3d76192e4007dfb496cca67e13b"),
        Vector(message: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", digest: "d174ab98d277d9f5a5611c2c9f419d9f"),
        Vector(message: String(repeating: "1234567890", count: 8), digest: "57edf4a22be3c955ac49da2e2107b67a"),
    ])
    func md5(_ vector: Vector) {
        #expect(MD5Digest.hex(vector.message.utf8) == vector.digest)
    }

    @Test("every kind of byte sequence gives the same digest: contiguous or not, String, Data, slice")
    func sequences() {
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        #expect(SHA256Digest.hex([UInt8]("abc".utf8)) == abc)
        #expect(SHA256Digest.hex([UInt8]("xabcx".utf8)[1..<4]) == abc)
        #expect(SHA256Digest.hex(Data("abc".utf8)) == abc)
        #expect(SHA256Digest.hex("abc".utf8.lazy.map { $0 }) == abc)
        #expect(SHA256Digest.hex(("xabc" as Substring).dropFirst().utf8) == abc)
        #expect(Hex.string(SHA256Digest.hash("abc".utf8)) == abc)
    }

    @Test("a digest is as long as its algorithm says")
    func lengths() {
        #expect(SHA256Digest.hash([]).count == DigestAlgorithm.sha256.byteCount)
        #expect(SHA1Digest.hash([]).count == DigestAlgorithm.sha1.byteCount)
        #expect(MD5Digest.hash([]).count == DigestAlgorithm.md5.byteCount)
    }

    @Test("digests from many threads at once agree")
    func concurrent() async {
        let expected = SHA256Digest.hex(Self.twoBlocks.utf8)
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<2_000).allSatisfy { _ in SHA256Digest.hex(Self.twoBlocks.utf8) == expected } }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: true, count: 8))
    }
}
