import Digests
import Foundation
import Testing

/// An incremental digest equals the one-shot digest of the joined pieces, however the bytes are
/// cut: across block boundaries (64 bytes for all three), into empty pieces, one byte at a time.
struct DigestStreamTests {
    /// A small deterministic generator (SplitMix64), so a failure replays with its seed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    static func oneShot(_ algorithm: DigestAlgorithm, _ bytes: [UInt8]) -> [UInt8] {
        switch algorithm {
        case .sha256: SHA256Digest.hash(bytes)
        case .sha1: SHA1Digest.hash(bytes)
        case .md5: MD5Digest.hash(bytes)
        }
    }

    @Test(arguments: DigestAlgorithm.allCases, [UInt64(1), 2, 3, 4, 5])
    func randomChunkings(_ algorithm: DigestAlgorithm, seed: UInt64) {
        var random = Random(state: seed)
        for length in [0, 1, 55, 56, 63, 64, 65, 127, 128, 129, 1_000, 10_007] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let stream = DigestStream(algorithm)
            var start = 0
            while start < length {
                // Mostly small pieces, some empty, some spanning several blocks.
                let size = random.below(4) == 0 ? 0 : random.below(random.below(2) == 0 ? 8 : 300)
                let end = min(length, start + size)
                stream.update(bytes[start..<end])
                start = end
            }
            #expect(stream.finish() == Self.oneShot(algorithm, bytes), "length \(length)")
        }
    }

    @Test(arguments: DigestAlgorithm.allCases)
    func byteByByte(_ algorithm: DigestAlgorithm) {
        let bytes = Array("The quick brown fox jumps over the lazy dog, twice: the quick brown fox.".utf8)
        let stream = DigestStream(algorithm)
        for byte in bytes { stream.update(CollectionOfOne(byte)) }
        #expect(stream.finish() == Self.oneShot(algorithm, bytes))
    }

    @Test("a stream that hashed nothing gives the empty message's digest")
    func empty() {
        #expect(Hex.string(DigestStream(.sha1).finish()) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(Hex.string(DigestStream(.md5).finish()) == "d41d8cd98f00b204e9800998ecf8427e")
    }

    @Test("pieces from Data, strings and arrays mix")
    func mixedSequences() {
        let stream = DigestStream(.sha256)
        stream.update(Data("a".utf8))
        stream.update("b".utf8)
        stream.update([UInt8(ascii: "c")])
        #expect(Hex.string(stream.finish()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
