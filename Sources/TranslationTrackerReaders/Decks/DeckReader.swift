import Digests
import Foundation
import TranslationTracker

/// Reads a slide deck file into a ``Deck``: the text of each slide for ODP and PPTX, the page
/// count for PDF, and the SHA-1 of the file's bytes.
///
/// The format comes from the extension and is checked against the first bytes (a ZIP container
/// for `.odp` and `.pptx`, `%PDF-` for `.pdf`), so a renamed file is reported as what it is
/// rather than misread. Containers are read under ``DeckLimits``: a hostile deck (a zip bomb,
/// a truncated or corrupt file, a DOCTYPE in its XML) is a ``DeckError`` naming the file and the
/// part, with bounded time and memory.
///
/// ```swift
/// let deck = try DeckReader.read(path: "locales/fr/slides.odp")
/// deck.slides?.first?.paragraphs   // ["Plan annuel 2023-2024", …]
/// ```
package enum DeckReader {
    package static func read(path: String, limits: DeckLimits = .standard) throws(DeckError) -> Deck {
        guard let format = format(of: path) else { throw .unsupportedExtension(path: path) }
        if format == .pdf { return try readPDF(path: path, limits: limits) }
        let (sha1, magic) = try digest(path: path)
        guard magic.starts(with: zipMagic) else {
            throw .wrongMagic(path: path, format: format, found: describe(magic))
        }
        let archive = try DeckArchive(path: path, limits: limits)
        let slides = format == .odp ? try ODPReader.slides(in: archive) : try PPTXReader.slides(in: archive)
        return Deck(format: format, slides: slides, pageCount: slides.count, sha1: sha1)
    }

    /// The format an extension names, or nil.
    package static func format(of path: String) -> DeckFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return nil }
        return DeckFormat(rawValue: name[name.index(after: dot)...].lowercased())
    }

    private static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    private static let pdfMagic = Array("%PDF-".utf8)

    private static func readPDF(path: String, limits: DeckLimits) throws(DeckError) -> Deck {
        let size = fileSize(path)
        if let size, size > limits.maxPDFBytes {
            throw .limitExceeded(path: path, part: nil, limit: .pdfBytes, value: limits.maxPDFBytes)
        }
        let bytes: [UInt8]
        do {
            guard let read = try FileBytes.read(path) else { throw DeckError.unreadable(path: path, reason: "no such file") }
            bytes = read
        } catch let error as DeckError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
        guard bytes.starts(with: pdfMagic) else {
            throw .wrongMagic(path: path, format: .pdf, found: describe(Array(bytes.prefix(8))))
        }
        let pages: Int
        do { pages = try PDFPageCounter(maxBytes: limits.maxPartBytes, maxTotalBytes: limits.maxTotalBytes).pageCount(bytes) } catch {
            switch error { case .unknown(let reason): throw .pageCountUnknown(path: path, reason: reason) }
        }
        return Deck(format: .pdf, slides: nil, pageCount: pages, sha1: SHA1Digest.hex(bytes))
    }

    /// The SHA-1 of the file, read in pieces, and its first bytes.
    private static func digest(path: String) throws(DeckError) -> (sha1: String, magic: [UInt8]) {
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: FileBytes.exists(path) ? error.localizedDescription : "no such file")
        }
        defer { try? handle.close() }
        let hash = DigestStream(.sha1)
        var magic: [UInt8]?
        while true {
            let data: Data?
            do { data = try handle.read(upToCount: 1 << 20) } catch {
                throw .unreadable(path: path, reason: error.localizedDescription)
            }
            guard let data, !data.isEmpty else { break }
            if magic == nil { magic = Array(data.prefix(8)) }
            hash.update(data)
        }
        return (Hex.string(hash.finish()), magic ?? [])
    }

    private static func fileSize(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
    }

    /// The first bytes as readable text: printable ASCII as is, the rest as `\xNN`.
    private static func describe(_ bytes: [UInt8]) -> String {
        if bytes.isEmpty { return "an empty file" }
        return "\"" + bytes.map { $0 >= 0x20 && $0 < 0x7F ? String(UnicodeScalar($0)) : String(format: "\\x%02X", $0) }
            .joined() + "\""
    }
}
