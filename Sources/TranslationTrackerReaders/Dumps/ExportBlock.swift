import XMLStream

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A run of whole pages cut from an export at a `</page>` boundary, parsed on its own.
///
/// Pages are self-contained, so a block wrapped in the export's own root start tag (the
/// ``BlockFrame``) and its end tag is a document of its own, and parsing the blocks in any order
/// gives the pages the whole export holds. The first block keeps the real start (XML declaration,
/// `<mediawiki …>`, `<siteinfo>`); the last keeps the real end.
///
/// `</page>` cannot appear in text (exports escape `<` as `&lt;`). Inside a comment or CDATA
/// section (which MediaWiki never writes) a cut there leaves an unterminated construct, so a
/// wrong cut is an error, never a silently different result.
struct ExportBlock: Sendable {
    var index: Int
    /// Offset of `bytes` in the (decompressed) stream.
    var start: Int
    var bytes: [UInt8]
    /// Holds the real start of the document: no frame before it.
    var first: Bool
    /// Holds the real end of the document: no end tag after it.
    var last: Bool
    /// What wraps the block; nil for the first (and for a stream read in one piece).
    var frame: BlockFrame?

    /// `</page>`, where blocks end.
    static let pageEnd = Array("</page>".utf8)

    /// The index just after the last `</page>` in `bytes[from...]`.
    static func lastPageEnd(in bytes: [UInt8], from: Int) -> Int? {
        var last: Int?
        var start = max(from, 0)
        while let end = firstPageEnd(in: bytes[start...]) {
            last = end
            start = end
        }
        return last
    }

    /// The index in `piece` just after the first `</page>` that ends in it, counting one that
    /// starts in `carry` (the bytes just before `piece`, at most six).
    static func firstPageEnd(in piece: ArraySlice<UInt8>, carry: [UInt8] = []) -> Int? {
        let n = pageEnd.count
        if !carry.isEmpty {
            let joined = carry + piece.prefix(n - 1)
            var i = 0
            while i < carry.count, i + n <= joined.count {
                if joined[i..<(i + n)].elementsEqual(pageEnd) { return piece.startIndex + i + n - carry.count }
                i += 1
            }
        }
        // memchr finds each `<` (fast in debug builds too, where tests run); then six bytes compared.
        return piece.withUnsafeBytes { buffer -> Int? in
            guard buffer.count >= n, var cursor = buffer.baseAddress else { return nil }
            let base = cursor
            let last = base + (buffer.count - n)
            while cursor <= last, let found = memchr(cursor, 0x3C, last - cursor + 1) {
                let at = UnsafeRawPointer(found)
                if at.load(fromByteOffset: 1, as: UInt8.self) == 0x2F, at.load(fromByteOffset: 2, as: UInt8.self) == 0x70,
                    at.load(fromByteOffset: 3, as: UInt8.self) == 0x61, at.load(fromByteOffset: 4, as: UInt8.self) == 0x67,
                    at.load(fromByteOffset: 5, as: UInt8.self) == 0x65, at.load(fromByteOffset: 6, as: UInt8.self) == 0x3E
                {
                    return piece.startIndex + (at - base) + n
                }
                cursor = at + 1
            }
            return nil
        }
    }

    /// Line feeds in `bytes`, to turn a block's line numbers into the stream's.
    static func newlines(in bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBytes { buffer in
            guard var cursor = buffer.baseAddress else { return 0 }
            let end = cursor + buffer.count
            var count = 0
            while cursor < end, let found = memchr(cursor, 0x0A, end - cursor) {
                count += 1
                cursor = UnsafeRawPointer(found) + 1
            }
            return count
        }
    }
}

/// What wraps a block that is not the first so it is a document of its own: the export's XML
/// declaration (so the encoding is the same) and root start tag (so namespaces are the same)
/// before it, the root end tag after it.
struct BlockFrame: Sendable {
    var prefix: [UInt8]
    var suffix: [UInt8]
    /// Line feeds in `prefix`.
    var prefixLines: Int
    /// Where the root start tag ends in the stream: blocks are cut only after it.
    var rootEnd: Int

    /// Finds the frame in the first bytes of an export, or nil when they do not start the way a
    /// MediaWiki export does (a DOCTYPE, UTF-16, no root start tag yet): such input is parsed
    /// in one piece, and the parser says what is wrong with it.
    static func find(in head: [UInt8]) -> BlockFrame? {
        var i = 0
        let count = head.count
        func at(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return i + bytes.count <= count && head[i..<(i + bytes.count)].elementsEqual(bytes)
        }
        func skip(past text: String) -> Bool {
            let bytes = Array(text.utf8)
            var j = i
            while j + bytes.count <= count {
                if head[j..<(j + bytes.count)].elementsEqual(bytes) {
                    i = j + bytes.count
                    return true
                }
                j += 1
            }
            return false
        }
        // UTF-16 (or anything with NUL bytes) is not cut by bytes: one reader reads it whole.
        let hasNUL = head.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, min(buffer.count, 1 << 20)) != nil
        }
        if hasNUL { return nil }
        if at("\u{FEFF}") { i += 3 }
        var declaration: [UInt8] = []
        while true {
            while i < count, [0x20, 0x09, 0x0A, 0x0D].contains(head[i]) { i += 1 }
            guard i < count else { return nil }
            if at("<?") {
                let start = i
                guard skip(past: "?>") else { return nil }
                if head[start..<min(start + 6, count)].elementsEqual(Array("<?xml ".utf8)) { declaration = Array(head[start..<i]) }
            } else if at("<!--") {
                guard skip(past: "-->") else { return nil }
            } else if at("<!") {
                return nil
            } else if head[i] == 0x3C {
                let start = i
                var j = i + 1
                while j < count, ![0x20, 0x09, 0x0A, 0x0D, 0x2F, 0x3E].contains(head[j]) { j += 1 }
                let name = Array(head[(start + 1)..<j])
                guard !name.isEmpty else { return nil }
                var quote: UInt8 = 0
                while j < count {
                    let byte = head[j]
                    if quote != 0 {
                        if byte == quote { quote = 0 }
                    } else if byte == 0x22 || byte == 0x27 {
                        quote = byte
                    } else if byte == 0x3E {
                        break
                    }
                    j += 1
                }
                // An unfinished start tag, or an empty root (`<mediawiki/>`): nothing to split.
                guard j < count, head[j - 1] != 0x2F else { return nil }
                let prefix = declaration + head[start...j]
                return BlockFrame(
                    prefix: prefix, suffix: Array("</".utf8) + name + [0x3E], prefixLines: ExportBlock.newlines(in: prefix[...]),
                    rootEnd: j + 1)
            } else {
                return nil
            }
        }
    }
}

/// What parsing one block gave.
struct BlockResult: Sendable {
    var index: Int
    var export: Export
    /// Line feeds in the block's bytes.
    var newlines: Int
    /// The first error, its offset already in the stream; its line counts from the line the block
    /// starts on (1), to be added to the lines before the block when results are merged.
    var error: XMLStreamError?

    /// Parses a block with a reader of its own.
    static func parse(_ block: ExportBlock, wants: @escaping ExportReader.Filter, history: Bool, folding: HistoryFolding? = nil) -> BlockResult {
        let reader = ExportReader(wants: wants, history: history, folding: folding)
        let framed = block.first ? nil : block.frame
        var error: XMLStreamError?
        do throws(XMLStreamError) {
            if let framed { try reader.feed(framed.prefix) }
            try reader.feed(block.bytes[...])
            try reader.feed(block.last ? [] : block.frame?.suffix ?? [], final: true)
        } catch let failure {
            error = BlockResult.locate(failure, block: block.start, length: block.bytes.count, frame: framed)
        }
        return BlockResult(
            index: block.index, export: reader.export, newlines: ExportBlock.newlines(in: block.bytes[...]), error: error)
    }

    /// Turns a parser error in a framed block into one in the stream.
    static func locate(_ error: XMLStreamError, block start: Int, length: Int, frame: BlockFrame?) -> XMLStreamError {
        var located = error
        let prefix = frame?.prefix.count ?? 0
        located.offset = start + min(max(error.offset - prefix, 0), length)
        if let frame, error.line > 0 {
            located.line = max(error.line - frame.prefixLines, 0)
            // The block's first line continues a line of the previous block: its column is unknown.
            if located.line <= 1 { located.column = 0 }
        }
        return located
    }
}
