import Foundation
import ZIPFoundation

/// Finds a PDF's page count without a PDF library: a deck exported to PDF has no slide
/// structure we can trust, so the count is all the tracker compares.
///
/// The count is the `/Count` of the page tree's root (the `/Type /Pages` dictionary without a
/// `/Parent`; with incremental updates, the last one in the file, which is the latest
/// revision). Without one, the `/Type /Page` dictionaries are counted. Dictionaries inside
/// Flate-compressed object streams (`/Type /ObjStm`, PDF 1.5) are inflated and searched the same
/// way, each under `maxBytes`.
///
/// It is a scan, not a parser: a `/Type /Pages` spelled inside a string would fool it. It never
/// loops and never allocates more than the file plus one inflated stream at a time.
struct PDFPageCounter {
    /// Bytes one object stream may inflate to.
    let maxBytes: Int
    /// Bytes all the object streams together may inflate to.
    let maxTotalBytes: Int

    enum Failure: Error { case unknown(String) }

    func pageCount(_ bytes: [UInt8]) throws(Failure) -> Int {
        var scan = scan(bytes)
        if scan.rootCount == nil {
            // All the streams together inflate to at most `maxTotalBytes`, so a PDF full of
            // small bombs costs bounded time too.
            var budget = maxTotalBytes
            for stream in objectStreams(bytes) where budget > 0 {
                guard let inflated = inflate(stream, maxBytes: min(maxBytes, budget)) else { continue }
                budget -= inflated.count
                let inner = self.scan(inflated)
                if let count = inner.rootCount { scan.rootCount = count }
                scan.pages += inner.pages
            }
        }
        if let count = scan.rootCount { return count }
        if scan.pages > 0 { return scan.pages }
        if find(Array("/ObjStm".utf8), in: bytes, from: 0) != nil {
            throw .unknown("its page tree is in object streams transtrack cannot inflate")
        }
        throw .unknown("it has no page tree (/Type /Pages) and no /Type /Page objects")
    }

    private struct Scan {
        var rootCount: Int?
        var pages = 0
    }

    private func scan(_ bytes: [UInt8]) -> Scan {
        var result = Scan()
        var from = 0
        while let at = find(Token.type, in: bytes, from: from) {
            from = at + Token.type.count
            var name = from
            while name < bytes.count, Self.isWhite(bytes[name]) { name += 1 }
            if matches(Token.pages, in: bytes, at: name) {
                guard let dictionary = enclosingDictionary(of: at, in: bytes) else { continue }
                let body = Array(bytes[dictionary])
                if find(Token.parent, in: body, from: 0) == nil, let count = integer(after: Token.count, in: body) {
                    result.rootCount = count
                }
            } else if matches(Token.page, in: bytes, at: name) {
                result.pages += 1
            }
        }
        return result
    }

    /// The `<<` … `>>` around `index`, looking at most 64 KiB either way.
    private func enclosingDictionary(of index: Int, in bytes: [UInt8]) -> Range<Int>? {
        var depth = 0
        var start: Int?
        var k = index - 1
        while k > 0, index - k < 1 << 16 {
            if bytes[k - 1] == UInt8(ascii: ">"), bytes[k] == UInt8(ascii: ">") {
                depth += 1
                k -= 2
            } else if bytes[k - 1] == UInt8(ascii: "<"), bytes[k] == UInt8(ascii: "<") {
                if depth == 0 { start = k - 1; break }
                depth -= 1
                k -= 2
            } else {
                k -= 1
            }
        }
        guard let start else { return nil }
        depth = 0
        k = start
        while k + 1 < bytes.count, k - start < 1 << 16 {
            if bytes[k] == UInt8(ascii: "<"), bytes[k + 1] == UInt8(ascii: "<") {
                depth += 1
                k += 2
            } else if bytes[k] == UInt8(ascii: ">"), bytes[k + 1] == UInt8(ascii: ">") {
                depth -= 1
                k += 2
                if depth == 0 { return start..<k }
            } else {
                k += 1
            }
        }
        return nil
    }

    /// The non-negative integer after a key (`/Count 12`), not an indirect reference.
    private func integer(after key: [UInt8], in bytes: [UInt8]) -> Int? {
        var from = 0
        while let at = find(key, in: bytes, from: from) {
            from = at + key.count
            guard from < bytes.count, Self.isDelimiter(bytes[from]) else { continue }
            var k = from
            while k < bytes.count, Self.isWhite(bytes[k]) { k += 1 }
            var value = 0
            var digits = 0
            while k < bytes.count, bytes[k] >= 0x30, bytes[k] <= 0x39, digits < 9 {
                value = value * 10 + Int(bytes[k] - 0x30)
                digits += 1
                k += 1
            }
            guard digits > 0 else { continue }
            // `/Count 3 0 R` refers to another object: not a count we can read here.
            var rest = k
            while rest < bytes.count, Self.isWhite(bytes[rest]) { rest += 1 }
            if rest < bytes.count, bytes[rest] >= 0x30, bytes[rest] <= 0x39 {
                var r = rest
                while r < bytes.count, bytes[r] >= 0x30, bytes[r] <= 0x39 { r += 1 }
                while r < bytes.count, Self.isWhite(bytes[r]) { r += 1 }
                if r < bytes.count, bytes[r] == UInt8(ascii: "R") { continue }
            }
            return value
        }
        return nil
    }

    /// The raw (still compressed) data of each Flate-compressed object stream whose `/Length`
    /// is given directly.
    private func objectStreams(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var from = 0
        while let at = find(Token.objStm, in: bytes, from: from) {
            from = at + Token.objStm.count
            guard let dictionary = enclosingDictionary(of: at, in: bytes) else { continue }
            let body = Array(bytes[dictionary])
            guard find(Token.flate, in: body, from: 0) != nil, let length = integer(after: Token.length, in: body),
                var start = find(Token.stream, in: bytes, from: dictionary.upperBound), start - dictionary.upperBound < 64
            else { continue }
            start += Token.stream.count
            if start < bytes.count, bytes[start] == 0x0D { start += 1 }
            if start < bytes.count, bytes[start] == 0x0A { start += 1 }
            guard length > 2, start + length <= bytes.count else { continue }
            result.append(bytes[start..<(start + length)])
            from = start + length
        }
        return result
    }

    /// Inflates a zlib stream (two header bytes, raw deflate, a checksum we do not need), at
    /// most `maxBytes`; nil when it is not one or is damaged.
    private func inflate(_ stream: ArraySlice<UInt8>, maxBytes: Int) -> [UInt8]? {
        guard stream.count > 2, stream[stream.startIndex] & 0x0F == 8 else { return nil }
        var input = stream.dropFirst(2)
        var output: [UInt8] = []
        enum Stop: Error { case exhausted, tooLarge }
        do {
            _ = try Data.decompress(
                size: Int64(input.count), bufferSize: 64 << 10, skipCRC32: true,
                provider: { _, size in
                    // ZIPFoundation asks again until the deflate stream ends: refuse past the data.
                    guard !input.isEmpty else { throw Stop.exhausted }
                    let piece = input.prefix(size)
                    input = input.dropFirst(piece.count)
                    // ZIPFoundation tells zlib the chunk holds `size` bytes: never hand it less.
                    return Data(Array(piece) + [UInt8](repeating: 0, count: size - piece.count))
                },
                consumer: { data in
                    guard output.count + data.count <= maxBytes else { throw Stop.tooLarge }
                    output.append(contentsOf: data)
                })
        } catch {
            return nil
        }
        return output
    }

    private func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var i = from
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first, matches(needle, in: bytes, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// Whether `name` is at `index` and ends there (is not the start of a longer name).
    private func matches(_ name: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index + name.count <= bytes.count else { return false }
        for k in 0..<name.count where bytes[index + k] != name[k] { return false }
        let end = index + name.count
        return end == bytes.count || Self.isDelimiter(bytes[end])
    }

    private static func isWhite(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        isWhite(byte) || "/<>[]()%{}".utf8.contains(byte)
    }

    private enum Token {
        static let type = Array("/Type".utf8)
        static let pages = Array("/Pages".utf8)
        static let page = Array("/Page".utf8)
        static let parent = Array("/Parent".utf8)
        static let count = Array("/Count".utf8)
        static let objStm = Array("/ObjStm".utf8)
        static let flate = Array("/FlateDecode".utf8)
        static let length = Array("/Length".utf8)
        static let stream = Array("stream".utf8)
    }
}
