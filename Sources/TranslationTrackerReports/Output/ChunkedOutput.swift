/// Bytes on their way to standard output or a file, handed on a chunk at a time so a report
/// that grows with the number of units never exists whole in memory.
///
/// Renderers append; every ``chunkSize`` bytes the chunk goes to `deliver` (a write to a file
/// descriptor, an atomic file's temporary, or an array in a test) and the buffer is reused.
package struct ChunkedOutput {
    /// Large enough that the cost of a write call vanishes, small enough to stay in cache.
    package static let chunkSize = 1 << 16

    private var buffer: [UInt8] = []
    private let deliver: ([UInt8]) throws -> Void

    /// Output whose chunks go to `deliver`, in order; ``finish()`` delivers the last one.
    package init(_ deliver: @escaping ([UInt8]) throws -> Void) {
        self.deliver = deliver
        buffer.reserveCapacity(Self.chunkSize + 4096)
    }

    @inline(__always) package mutating func append(_ byte: UInt8) { buffer.append(byte) }

    @inline(__always) package mutating func append(_ bytes: some Sequence<UInt8>) { buffer.append(contentsOf: bytes) }

    package mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
    }

    /// Hands the chunk on when it is full; renderers call this between records.
    @inline(__always) package mutating func flushIfFull() throws {
        if buffer.count >= Self.chunkSize { try flush() }
    }

    /// Hands on whatever is buffered.
    package mutating func finish() throws { try flush() }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try deliver(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

extension ChunkedOutput {
    /// Runs `body`, which must ``finish()`` the output, and returns what it wrote as one array:
    /// for tests, and for callers that want the whole text anyway.
    package static func collect(_ body: (ChunkedOutput) throws -> Void) throws -> [UInt8] {
        final class Collected { var bytes: [UInt8] = [] }
        let collected = Collected()
        try body(ChunkedOutput { collected.bytes.append(contentsOf: $0) })
        return collected.bytes
    }
}
