#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The index of a multistream dump (`…-multistream-index.txt.bz2`, or the same uncompressed):
/// a line `offset:pageid:title` per page, where `offset` is the byte of the `.bz2` at which the
/// bzip2 stream holding the page starts. Read line by line; only the lines of wanted pages are
/// kept, so a Wikipedia-sized index costs no memory.
package struct MultistreamIndex: Sendable {
    /// One page the index lists.
    package struct Entry: Sendable, Hashable {
        package var offset: Int
        package var pageID: Int
        package var title: String
        /// Its line in the index, for errors.
        package var line: Int
    }

    /// The index file, as named.
    package var path: String
    /// Lines of pages `wants` accepted, in index order.
    package var wanted: [Entry] = []
    /// The first and the last line, which bound the dump's page streams.
    package var first: Entry?
    package var last: Entry?

    /// Reads the index at `path` (bzip2-compressed or plain text), keeping the entries of the
    /// titles `wants` accepts. A line that is not `offset:pageid:title`, or an offset smaller than
    /// the line before's, is an error at that line.
    package static func read(path: String, wants: @escaping ExportReader.Filter, given: Bool) throws(DumpError) -> MultistreamIndex {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT || errno == ENOTDIR ? "no such file" : String(cString: strerror(errno))
            throw .unreadable(path: path, reason: "cannot read the multistream index: \(reason)")
        }
        defer { close(descriptor) }
        var index = MultistreamIndex(path: path)
        var parser = LineParser(index: index, wants: wants, given: given)
        var head = [UInt8](repeating: 0, count: 4)
        let sniffed = head.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 4, 0) }
        if sniffed == 4, BZip2.isStreamStart(head) {
            try BZip2.decompressFile(
                descriptor, take: { (bytes) throws(DumpError) in try parser.take(bytes[...]) },
                failed: { .unreadable(path: path, reason: "cannot decompress the multistream index: \($0)") })
        } else {
            var piece = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let count = piece.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                guard count >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
                if count == 0 { break }
                try parser.take(piece[..<count])
            }
        }
        try parser.finish()
        index = parser.index
        guard index.first != nil else {
            throw .staleIndex(index: path, line: nil, dump: nil, problem: "the index lists no page", given: given)
        }
        return index
    }

    /// Splits the decompressed index into lines and parses each.
    private struct LineParser {
        var index: MultistreamIndex
        let wants: ExportReader.Filter
        let given: Bool
        var pending: [UInt8] = []
        var line = 0

        mutating func take(_ bytes: ArraySlice<UInt8>) throws(DumpError) {
            var start = bytes.startIndex
            while let newline = bytes[start...].firstIndex(of: 0x0A) {
                if pending.isEmpty {
                    try parse(bytes[start..<newline])
                } else {
                    pending += bytes[start..<newline]
                    let whole = pending
                    pending = []
                    try parse(whole[...])
                }
                start = newline + 1
            }
            pending += bytes[start...]
        }

        mutating func finish() throws(DumpError) {
            if !pending.isEmpty {
                let rest = pending
                pending = []
                try parse(rest[...])
            }
        }

        /// A decimal number of at most 18 digits, without a String (an index has a line per page).
        private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
            guard !digits.isEmpty, digits.count <= 18 else { return nil }
            var value = 0
            for digit in digits {
                guard digit >= 0x30, digit <= 0x39 else { return nil }
                value = value * 10 + Int(digit - 0x30)
            }
            return value
        }

        private mutating func parse(_ bytes: ArraySlice<UInt8>) throws(DumpError) {
            line += 1
            var text = bytes
            if text.last == 0x0D { text = text.dropLast() }
            if text.isEmpty { return }
            guard let firstColon = text.firstIndex(of: 0x3A), let secondColon = text[(firstColon + 1)...].firstIndex(of: 0x3A),
                let offset = Self.number(text[..<firstColon]), let pageID = Self.number(text[(firstColon + 1)..<secondColon])
            else {
                throw .staleIndex(
                    index: index.path, line: line, dump: nil,
                    problem: "the line is not offset:pageid:title (\"\(String(decoding: text.prefix(80), as: UTF8.self))\"), so this is not a multistream index",
                    given: given)
            }
            if let previous = index.last, offset < previous.offset {
                throw .staleIndex(
                    index: index.path, line: line, dump: nil,
                    problem: "offset \(offset) is smaller than the offset \(previous.offset) of line \(previous.line); index lines go in stream order",
                    given: given)
            }
            let title = String(decoding: text[(secondColon + 1)...], as: UTF8.self)
            let entry = Entry(offset: offset, pageID: pageID, title: title, line: line)
            if index.first == nil { index.first = entry }
            index.last = entry
            if wants(title) { index.wanted.append(entry) }
        }
    }
}
