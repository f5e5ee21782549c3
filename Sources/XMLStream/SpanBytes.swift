/// Comparing and copying the byte spans handlers receive, without exposing pointers.
extension Span where Element == UInt8 {
    /// Whether the span holds exactly these bytes.
    package func equals(_ bytes: [UInt8]) -> Bool {
        guard count == bytes.count else { return false }
        for index in 0..<count where self[index] != bytes[index] { return false }
        return true
    }

    /// The bytes as a string (UTF-8).
    package var string: String {
        var result: [UInt8] = []
        result.reserveCapacity(count)
        for index in 0..<count { result.append(self[index]) }
        return String(decoding: result, as: UTF8.self)
    }
}

extension Array where Element == UInt8 {
    /// Appends a span's bytes.
    package mutating func append(_ span: Span<UInt8>) {
        reserveCapacity(count + span.count)
        span.withUnsafeBufferPointer { append(contentsOf: $0) }
    }
}
