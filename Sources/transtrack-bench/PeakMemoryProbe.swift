import Foundation
import TranslationTrackerReaders
import XMLStream

#if canImport(Glibc)
    import Glibc
#endif

/// `transtrack-bench peak xml|dump|deck FILE …`: one read that the test suites bound in memory,
/// in a process of its own, printing what came of it and how far it raised this process's peak
/// resident memory.
///
/// A test cannot measure this in its own process: the peak is process-wide, and other suites
/// run beside it (allocating, or resetting the peak for their own measurement). Here nothing
/// else runs, so the figure is this read's alone. The output is two lines:
///
/// ```
/// result: ok pages_kept=40 pages_seen=41 last=Page 40
/// peak_growth_kib=5120
/// ```
///
/// `result:` is `ok …` or `error: ` and the read's error as users see it; the exit status is 0
/// either way (the read's error is the result asked for).
struct PeakMemoryProbe {
    enum Read {
        /// ``XMLPushParser`` over the file in pieces of `piece` bytes, counting events.
        case xml(piece: Int)
        /// ``DumpFile/read(path:wants:history:threads:options:)`` keeping the pages named in
        /// `titles` or with one of `prefixes` (every page when neither is given).
        case dump(threads: Int, blockSize: Int?, pieceSize: Int, prefixes: [String], titles: Set<String>?, history: Bool)
        /// ``DeckReader/read(path:limits:)``.
        case deck(limits: DeckLimits)
    }

    var path: String
    var read: Read

    func run() {
        let before = ProcessMemory.resetPeak()
        let result = perform()
        let after = before == nil ? ProcessMemory.peakKiB : ProcessMemory.highWaterMarkKiB ?? ProcessMemory.peakKiB
        print("result: \(result)")
        print("peak_growth_kib=\(max(after - (before ?? 0), 0))")
    }

    private func perform() -> String {
        switch read {
        case .xml(let piece):
            let counter = EventCounter()
            let parser = XMLPushParser(handler: counter)
            guard let file = FileHandle(forReadingAtPath: path) else { return "error: cannot open \(path)" }
            defer { try? file.close() }
            do throws(XMLStreamError) {
                while true {
                    let data = (try? file.read(upToCount: piece)) ?? nil
                    guard let data, !data.isEmpty else { break }
                    try parser.feed(Array(data))
                }
                try parser.feed([], final: true)
                return "ok elements=\(counter.elements) text_bytes=\(counter.textBytes)"
            } catch {
                return "error: \(error)"
            }
        case .dump(let threads, let blockSize, let pieceSize, let prefixes, let titles, let history):
            let wants: ExportReader.Filter = { title in
                (prefixes.isEmpty && titles == nil) || prefixes.contains { title.hasPrefix($0) } || titles?.contains(title) == true
            }
            do {
                let export = try DumpFile.read(
                    path: path, wants: wants, history: history,
                    threads: threads, options: DumpReadOptions(blockSize: blockSize, pieceSize: pieceSize))
                return "ok pages_kept=\(export.pages.count) pages_seen=\(export.pagesSeen) last=\(export.pages.last?.title ?? "-")"
            } catch {
                return "error: \(error)"
            }
        case .deck(let limits):
            do {
                let deck = try DeckReader.read(path: path, limits: limits)
                return "ok pages=\(deck.pageCount)"
            } catch {
                return "error: \(error)"
            }
        }
    }
}

/// Counts elements and text bytes and keeps nothing, like a reader skipping unwanted pages.
private final class EventCounter: XMLEventHandler {
    var elements = 0
    var textBytes = 0

    func startElement(_ name: Span<UInt8>, attributes: [XMLAttribute]) { elements += 1 }
    func endElement(_ name: Span<UInt8>) {}
    func characters(_ text: Span<UInt8>) { textBytes += text.count }
}
