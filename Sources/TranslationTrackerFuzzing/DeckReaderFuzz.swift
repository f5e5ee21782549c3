import Foundation
import TranslationTracker
import TranslationTrackerReaders

/// Slide decks. The reader works on files (ZIP needs to seek), so the input is written to a
/// scratch folder under each extension it could claim: `%PDF-` as a PDF, anything else as both
/// ODP and PPTX. Each read gives a deck or a ``DeckError``, the same twice, under limits small
/// enough that a crafted container stops fast.
enum DeckReaderFuzz {
    static let limits = DeckLimits(
        maxPartBytes: 1 << 20, maxTotalBytes: 4 << 20, maxCompressionRatio: 200, ratioGrace: 64 << 10,
        maxEntries: 1_000, maxPDFBytes: 1 << 20)

    static func run(_ bytes: [UInt8]) {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("transtrack-fuzz-deck-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            fatalError("cannot create the scratch folder \(folder.path): \(error)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let formats: [DeckFormat] = bytes.starts(with: Array("%PDF-".utf8)) ? [.pdf] : [.odp, .pptx]
        for format in formats {
            let path = folder.appendingPathComponent("deck.\(format.rawValue)").path
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
                fatalError("cannot write \(path)")
            }
            let first = outcome(path)
            if case .success(let deck) = first {
                FuzzProperty.require(deck.format == format, "a .\(format.rawValue) file read as \(deck.format)")
                if let slides = deck.slides {
                    FuzzProperty.require(slides.count == deck.pageCount, "\(slides.count) slides but \(deck.pageCount) pages")
                    FuzzProperty.require(
                        slides.map(\.number) == (0..<slides.count).map { $0 + 1 },
                        "slides not numbered 1…\(slides.count): \(slides.map(\.number))")
                }
                FuzzProperty.require(deck.sha1.count == 40, "a SHA-1 of \(deck.sha1.count) characters")
            }
            FuzzProperty.require(outcome(path) == first, "reading the same .\(format.rawValue) twice gave different answers")
        }
    }

    private static func outcome(_ path: String) -> Result<Deck, DeckErrorText> {
        do { return .success(try DeckReader.read(path: path, limits: limits)) } catch { return .failure(DeckErrorText(text: "\(error)")) }
    }

    struct DeckErrorText: Error, Equatable { var text: String }
}
