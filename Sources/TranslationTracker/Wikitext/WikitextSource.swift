/// The bytes of one wikitext file, shared by the units cut from it.
///
/// Units keep byte ranges into this buffer instead of copies of their text, so parsing a
/// 30-unit file allocates one buffer rather than 30 strings, and stamping can rewrite a marker
/// while leaving every other byte of the file as it was (BOM, CRLF and all).
package final class WikitextSource: Sendable {
    package let bytes: [UInt8]
    /// Offsets where each line starts; `lineStarts[0] == 0`.
    let lineStarts: [Int]
    /// Offsets of every `<`: tags, comments and markers all start with one, so the parser visits
    /// these instead of rescanning the bytes.
    let angleBrackets: [Int]

    package init(bytes: [UInt8]) {
        self.bytes = bytes
        // One pass finds both line starts and '<'; this is the only loop over every byte.
        var starts = [0]
        starts.reserveCapacity(bytes.count / 64 + 1)
        var angles: [Int] = []
        angles.reserveCapacity(bytes.count / 64 + 1)
        // Two rarely-true tests per byte predict well; a range pre-test would not (spaces fall in it).
        var offset = 0
        for byte in bytes {
            if byte == 0x0A {
                starts.append(offset + 1)
            } else if byte == 0x3C {
                angles.append(offset)
            }
            offset += 1
        }
        self.lineStarts = starts
        self.angleBrackets = angles
    }

    package convenience init(_ text: String) { self.init(bytes: Array(text.utf8)) }

    /// Whether the file starts with a UTF-8 byte order mark.
    package var hasByteOrderMark: Bool { bytes.starts(with: [0xEF, 0xBB, 0xBF]) }

    /// Whether lines end with CRLF (judged by the first line break).
    package var usesCRLF: Bool {
        guard lineStarts.count > 1 else { return false }
        let newline = lineStarts[1] - 1
        return newline > 0 && bytes[newline - 1] == 0x0D
    }

    /// Index into `lineStarts` of the first line starting after `offset`.
    func lineIndex(after offset: Int) -> Int {
        line(of: offset)
    }

    /// The 1-based line of a byte offset.
    package func line(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The 1-based line and column (in Unicode scalars, as editors count) of a byte offset.
    /// A byte order mark does not count as a column.
    package func position(of offset: Int) -> (line: Int, column: Int) {
        var hint: PositionHint?
        return position(of: offset, hint: &hint)
    }

    /// A position worked out earlier, kept so that the next one can count columns on from it.
    struct PositionHint {
        var offset: Int
        var line: Int
        var column: Int
    }

    /// Like ``position(of:)``, but counts columns on from `hint` when the hint lies earlier on the
    /// same line, and leaves this position in `hint`. A file that is one long line with a problem
    /// every few bytes (`<translate><translate>…`) then costs one pass over the line, not one
    /// pass per problem.
    func position(of offset: Int, hint: inout PositionHint?) -> (line: Int, column: Int) {
        let line = line(of: offset)
        var index = lineStarts[line - 1]
        if index == 0, hasByteOrderMark { index = 3 }
        var column = 1
        if let earlier = hint, earlier.line == line, earlier.offset >= index, earlier.offset <= offset {
            index = earlier.offset
            column = earlier.column
        }
        while index < offset, index < bytes.count {
            // Count lead bytes only: continuation bytes are 10xxxxxx.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        hint = PositionHint(offset: offset, line: line, column: column)
        return (line, column)
    }

    /// Text of a byte range, with CRLF folded to LF so that checks and display never see `\r`.
    package func text(_ range: Range<Int>) -> String {
        let slice = bytes[range]
        if !slice.contains(0x0D) { return String(decoding: slice, as: UTF8.self) }
        var folded: [UInt8] = []
        folded.reserveCapacity(slice.count)
        var index = slice.startIndex
        while index < slice.endIndex {
            let byte = slice[index]
            if byte == 0x0D, index + 1 < slice.endIndex, slice[index + 1] == 0x0A {
                index += 1
                continue
            }
            folded.append(byte)
            index += 1
        }
        return String(decoding: folded, as: UTF8.self)
    }
}
