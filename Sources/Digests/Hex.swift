/// Bytes as lowercase hexadecimal, the form every digest is written in (markers, stamp records,
/// the watch state, `action=edit`'s `md5`).
package enum Hex {
    /// Two lowercase hex digits per byte: `[0xab, 0x01]` → `"ab01"`.
    package static func string(_ bytes: some Sequence<UInt8>) -> String {
        if let result = bytes.withContiguousStorageIfAvailable({ string(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(bytes).withUnsafeBytes { string($0) }
    }

    /// Writes the digits straight into the string's storage: one allocation, no per-byte strings.
    static func string(_ bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { output in
            var index = 0
            for byte in bytes {
                output[index] = digit(byte >> 4)
                output[index + 1] = digit(byte & 0x0F)
                index += 2
            }
            return index
        }
    }

    private static func digit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 - 10 + value
    }
}
