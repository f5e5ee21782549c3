extension String {
    /// The text's Unicode scalars, decoded in one pass: `Array(unicodeScalars)` walks the text
    /// twice (once to count), and the checks decode every unit they read.
    var scalarArray: [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(utf8.count)
        for scalar in unicodeScalars { scalars.append(scalar) }
        return scalars
    }
}

extension Array where Element == UInt8 {
    /// Appends `scalar` as UTF-8: how the checks build text, which is several times faster
    /// than appending to a `String`'s scalars one at a time.
    @inline(__always) mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            append(UInt8(value))
        } else {
            append(contentsOf: UTF8.encode(scalar)!)
        }
    }

    /// Appends the UTF-8 of `scalars`.
    mutating func appendUTF8(_ scalars: ArraySlice<Unicode.Scalar>) {
        for scalar in scalars { appendUTF8(scalar) }
    }
}
