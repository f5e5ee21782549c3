import Foundation
import XMLStream
import ZIPFoundation

/// The ZIP container of an ODP or PPTX deck, read part by part under ``DeckLimits``.
///
/// ZIPFoundation reads the central directory and inflates; this type decides how much may be
/// inflated. Two things are not left to ZIPFoundation's `Archive.extract`:
/// - Its deflate reader keeps asking the file for more input until the deflate stream says it
///   has ended, past the entry's compressed size and, at the end of the file, forever (0.9.20
///   loops on empty reads). A crafted entry would hang the run. So parts are inflated with
///   `Data.decompress` and a provider that hands out exactly the entry's compressed bytes and
///   throws after them. (It also tells zlib every chunk is full-sized, so a short last chunk
///   would let zlib read past it: the provider pads with zeros.)
/// - Sizes are counted on the bytes actually inflated, in the consumer, which throws (and so
///   stops inflating) at the first limit: a header's declared sizes are never trusted.
///
/// The entry's data offset is not public in ZIPFoundation, so it is found from the local header,
/// whose offset is read from the entry's central-directory record by reflection (the record is
/// internal). If a ZIPFoundation release renames it, every deck fails with a clear error and the
/// tests say so.
final class DeckArchive {
    let path: String
    private let limits: DeckLimits
    private let archive: Archive
    private let file: FileHandle
    private var entries: [String: Entry] = [:]
    /// Uncompressed bytes read so far from all parts.
    private var total = 0

    init(path: String, limits: DeckLimits) throws(DeckError) {
        self.path = path
        self.limits = limits
        let url = URL(fileURLWithPath: path)
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .corruptContainer(path: path, reason: "no central directory: \(error)")
        }
        do {
            file = try FileHandle(forReadingFrom: url)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.maxEntries {
                throw .limitExceeded(path: path, part: nil, limit: .entries, value: limits.maxEntries)
            }
            // The ZIP format allows duplicate names; the first wins, as in ZIPFoundation.
            if entries[entry.path] == nil { entries[entry.path] = entry }
        }
        // ZIPFoundation stops listing at the first record it cannot read.
        if count == 0 { throw .corruptContainer(path: path, reason: "its central directory lists no readable entry") }
    }

    deinit { try? file.close() }

    func contains(_ part: String) -> Bool { entries[part] != nil }

    /// A small part's bytes (a `mimetype`), refused beyond `maxBytes` so a bomb in a part that
    /// should be tiny costs no more than that.
    func bytes(_ part: String, maxBytes: Int) throws(DeckError) -> [UInt8] {
        var result: [UInt8] = []
        try stream(part) { chunk throws(DeckError) in
            guard result.count + chunk.count <= maxBytes else {
                throw .limitExceeded(path: path, part: part, limit: .partBytes, value: maxBytes)
            }
            result.append(contentsOf: chunk)
        }
        return result
    }

    /// Streams a part's XML through `handler`, never holding the whole part.
    func parse(_ part: String, handler: some DeckXMLHandler) throws(DeckError) {
        let parser = XMLPushParser(handler: handler)
        handler.parser = parser
        try stream(part) { chunk throws(DeckError) in try feed(parser, chunk, part: part) }
        try feed(parser, [], final: true, part: part)
    }

    private func feed(_ parser: XMLPushParser, _ bytes: ArraySlice<UInt8>, final: Bool = false, part: String) throws(DeckError) {
        do { try parser.feed(bytes, final: final) } catch { throw .badXML(path: path, part: part, error: error) }
    }

    /// Hands the part's inflated bytes to `consumer` in pieces, counting them against the limits.
    func stream(_ part: String, _ consumer: (ArraySlice<UInt8>) throws(DeckError) -> Void) throws(DeckError) {
        guard let entry = entries[part] else { throw .missingPart(path: path, part: part) }
        guard entry.type == .file else { throw .corruptPart(path: path, part: part, reason: "it is not a file") }
        let compressed = Int(clamping: entry.compressedSize)
        var produced = 0
        var remaining = compressed
        let count = { (chunk: Int) throws(DeckError) -> Void in
            produced += chunk
            self.total += chunk
            if produced > self.limits.maxPartBytes {
                throw .limitExceeded(path: self.path, part: part, limit: .partBytes, value: self.limits.maxPartBytes)
            }
            if self.total > self.limits.maxTotalBytes {
                throw .limitExceeded(path: self.path, part: part, limit: .totalBytes, value: self.limits.maxTotalBytes)
            }
            // Against the compressed bytes handed to zlib so far, so a bomb is caught early
            // whatever the headers declare.
            let consumed = max(compressed - remaining, 1)
            if produced > self.limits.ratioGrace, produced / consumed > self.limits.maxCompressionRatio {
                throw .limitExceeded(
                    path: self.path, part: part, limit: .compressionRatio, value: self.limits.maxCompressionRatio)
            }
        }
        try seek(to: dataOffset(of: entry, part: part), part: part)
        if !entry.isCompressed {
            var checksum = CRC32(0)
            while remaining > 0 {
                let piece = try read(min(remaining, Self.bufferSize), part: part)
                remaining -= piece.count
                try count(piece.count)
                checksum = Data(piece).crc32(checksum: checksum)
                try consumer(piece[...])
            }
            if checksum != entry.checksum {
                throw .corruptPart(path: path, part: part, reason: "its CRC-32 does not match")
            }
            return
        }
        let checksum: CRC32
        do {
            checksum = try Data.decompress(
                size: Int64(compressed), bufferSize: Self.bufferSize, skipCRC32: false,
                provider: { _, size in
                    guard remaining > 0 else {
                        throw DeckError.corruptPart(
                            path: self.path, part: part, reason: "its deflate data runs past its compressed size")
                    }
                    let piece = try self.read(min(size, remaining), part: part)
                    remaining -= piece.count
                    // ZIPFoundation tells zlib the chunk holds `size` bytes whatever it holds:
                    // a short chunk would let zlib read past it. Zeros after the data end a
                    // damaged stream with an error instead.
                    return Data(piece + [UInt8](repeating: 0, count: size - piece.count))
                },
                consumer: { data in
                    try count(data.count)
                    try consumer(Array(data)[...])
                })
        } catch let error as DeckError {
            throw error
        } catch {
            throw .corruptPart(path: path, part: part, reason: "cannot inflate: \(error)")
        }
        if checksum != entry.checksum {
            throw .corruptPart(path: path, part: part, reason: "its CRC-32 does not match")
        }
    }

    /// Pieces read from the file and inflated at a time: small, so the compression ratio is
    /// measured finely (a 16 KiB piece of zeros inflates to 16 MiB).
    static let bufferSize = 16 << 10

    private func dataOffset(of entry: Entry, part: String) throws(DeckError) -> UInt64 {
        let record = Mirror(reflecting: entry).descendant("centralDirectoryStructure", "relativeOffsetOfLocalHeader")
        guard let offset = record as? UInt32 else {
            throw .corruptPart(path: path, part: part, reason: "this ZIPFoundation does not expose the local header offset")
        }
        guard offset != UInt32.max else {
            throw .corruptPart(path: path, part: part, reason: "ZIP64 entries are not supported in decks")
        }
        try seek(to: UInt64(offset), part: part)
        let header = try read(30, part: part)
        guard header.count == 30, header[0] == 0x50, header[1] == 0x4B, header[2] == 0x03, header[3] == 0x04 else {
            throw .corruptPart(path: path, part: part, reason: "its local header is missing")
        }
        let nameLength = UInt64(header[26]) | UInt64(header[27]) << 8
        let extraLength = UInt64(header[28]) | UInt64(header[29]) << 8
        return UInt64(offset) + 30 + nameLength + extraLength
    }

    private func seek(to offset: UInt64, part: String) throws(DeckError) {
        do { try file.seek(toOffset: offset) } catch {
            throw .corruptPart(path: path, part: part, reason: "cannot seek: \(error.localizedDescription)")
        }
    }

    /// Up to `count` bytes; fewer only at the end of the file, which for a part's data means the
    /// file is truncated.
    private func read(_ count: Int, part: String) throws(DeckError) -> [UInt8] {
        let data: Data?
        do { data = try file.read(upToCount: count) } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        guard let data, !data.isEmpty || count == 0 else {
            throw .corruptPart(path: path, part: part, reason: "the file ends inside it (truncated)")
        }
        return Array(data)
    }
}
