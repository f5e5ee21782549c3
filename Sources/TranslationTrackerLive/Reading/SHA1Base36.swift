/// Converts the Action API's SHA-1 (40 hex digits) into the form dumps write (31 base-36 digits,
/// zero-padded, as MediaWiki's `rev_sha1` column stores it).
///
/// Pages read live and pages read from a dump land in the same ``WikiRevision`` values, and
/// the cache stores them too; converting at the one place the API's value enters keeps every
/// stored sha1 comparable with a dump's, whichever source it came from.
package enum SHA1Base36 {
    /// `"da39a3ee5e6b4b0d3255bfef95601890afd80709"` → `"phoiac9h4m842xq45sp7s6u21eteeq1"`.
    /// Nil when `hex` is not 40 hex digits.
    package static func fromHex(_ hex: String) -> String? {
        let digits = Array(hex.lowercased().utf8)
        guard digits.count == 40 else { return nil }
        // 160 bits as five 32-bit words, most significant first; repeated division by 36.
        var words = [UInt32](repeating: 0, count: 5)
        for (index, digit) in digits.enumerated() {
            let value: UInt32
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(digit - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = UInt32(digit - UInt8(ascii: "a") + 10)
            default: return nil
            }
            words[index / 8] |= value << (UInt32(7 - index % 8) * 4)
        }
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
        var out: [UInt8] = []
        while words.contains(where: { $0 != 0 }) {
            var remainder: UInt64 = 0
            for i in words.indices {
                let current = (remainder << 32) | UInt64(words[i])
                words[i] = UInt32(current / 36)
                remainder = current % 36
            }
            out.append(alphabet[Int(remainder)])
        }
        while out.count < 31 { out.append(UInt8(ascii: "0")) }
        return String(decoding: out.reversed(), as: UTF8.self)
    }
}
