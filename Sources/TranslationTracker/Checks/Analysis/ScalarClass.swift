/// Constant-time character classes for the checks' hot loops: is a scalar a letter, and which
/// decimal digit is it. Unicode property lookups search tables on every call; the checks ask
/// millions of times, so the Basic Multilingual Plane is classified once into a 64 KiB table.
enum ScalarClass {
    private static let letter: UInt8 = 0x80
    private static let noDigit: UInt8 = 0x0F

    /// Per BMP scalar: bit 7 letter; low 4 bits the digit value, 0x0F when not a digit.
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: noDigit, count: 0x10000)
        for value in 0..<0x10000 {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            var entry = noDigit
            if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue {
                entry = UInt8(digit)
            } else if scalar.properties.isAlphabetic {
                entry |= letter
            }
            table[value] = entry
        }
        return table
    }()

    /// Alphabetic and not a decimal digit.
    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if value < 0x10000 { return table[Int(value)] & letter != 0 }
        return scalar.properties.isAlphabetic && scalar.properties.numericType != .decimal
    }

    /// The value of a decimal digit of any script (`٣`, `३`, `３`), or nil.
    @inline(__always) static func digit(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 ? Int(value - 0x30) : nil }
        if value < 0x10000 {
            let entry = table[Int(value)] & noDigit
            return entry == noDigit ? nil : Int(entry)
        }
        guard scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue else { return nil }
        return Int(digit)
    }

    /// Lowercase, as UTF-8, with an ASCII fast path.
    @inline(__always) static func appendLowercased(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(UInt8(value >= 0x41 && value <= 0x5A ? value | 0x20 : value))
        } else {
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars { bytes.appendUTF8(lowered) }
        }
    }
}
