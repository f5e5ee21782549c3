import Dispatch
import Foundation
import TranslationTrackerReaders

/// Turns a plain XML dump into a Wikimedia-style multistream dump: `X-multistream.xml.bz2`, one
/// bzip2 stream for the `<mediawiki>`/`<siteinfo>` header, one per 100 pages, one for the closing
/// `</mediawiki>`, and `X-multistream-index.txt.bz2` with a line `offset:pageid:title` per page
/// (`offset`: the byte of the `.bz2` where the page's stream starts), as Wikimedia writes them.
///
/// Streams are compressed with libbz2 on every core, a batch at a time, and written in order;
/// memory holds one batch, never the dump.
struct SyntheticMultistream {
    /// The plain XML dump to convert.
    var source: String
    /// The `.bz2` to write; its index is written beside it.
    var path: String
    var pagesPerStream = 100

    struct Summary {
        var streams = 0
        var pages = 0
        var bytes = 0
        var index: String
    }

    /// `X-multistream.xml.bz2` → `X-multistream-index.txt.bz2`.
    static func indexPath(for path: String) -> String {
        let suffix = "-multistream.xml.bz2"
        let stem = path.hasSuffix(suffix) ? String(path.dropLast(suffix.count)) + "-multistream" : path
        return stem + "-index.txt.bz2"
    }

    private struct Group {
        var bytes: [UInt8]
        /// (page id, title) of each page, in order.
        var pages: [(Int, String)]
    }

    func write() throws(BenchError) -> Summary {
        guard let input = FileHandle(forReadingAtPath: source) else { throw .input("cannot read \(source); generate the plain dump first") }
        defer { try? input.close() }
        let out = try StreamedFile(path: path)
        let indexPath = Self.indexPath(for: path)
        var index: [UInt8] = []
        var summary = Summary(index: indexPath)
        var batch: [Group] = []
        let batchSize = max(ProcessInfo.processInfo.activeProcessorCount * 4, 4)

        func flush() {
            var compressed = [[UInt8]](repeating: [], count: batch.count)
            compressed.withUnsafeMutableBufferPointer { slots in
                nonisolated(unsafe) let slots = slots
                let groups = batch
                DispatchQueue.concurrentPerform(iterations: groups.count) { slots[$0] = BZip2.compress(groups[$0].bytes) }
            }
            for (group, bytes) in zip(batch, compressed) {
                for (id, title) in group.pages { index += Array("\(out.count):\(id):\(title)\n".utf8) }
                out.append(bytes)
                summary.streams += 1
                summary.pages += group.pages.count
            }
            batch = []
        }

        var pending: [UInt8] = []
        var headerDone = false
        var scanned = 0
        var pagesInPending = 0
        var cutEnds: [Int] = []
        let pageOpen = Array("<page>".utf8), pageClose = Array("</page>".utf8)
        var finished = false
        while !finished {
            let data = (try? input.read(upToCount: 4 << 20)) ?? nil
            if let data, !data.isEmpty { pending += data } else { finished = true }
            if !headerDone {
                guard let start = pending.firstRange(of: pageOpen)?.lowerBound else {
                    if finished { throw .input("\(source) has no <page>: not a dump") }
                    continue
                }
                // The header stream ends at the start of the line of the first <page>.
                let lineStart = (pending[..<start].lastIndex(of: 0x0A).map { $0 + 1 }) ?? start
                batch.append(Group(bytes: Array(pending[..<lineStart]), pages: []))
                pending.removeSubrange(..<lineStart)
                headerDone = true
                scanned = 0
            }
            // Cut after every `pagesPerStream`-th `</page>` and its line end.
            var searchFrom = scanned
            while let range = pending[searchFrom...].firstRange(of: pageClose) {
                var end = range.upperBound
                if end < pending.count, pending[end] == 0x0A { end += 1 }
                pagesInPending += 1
                searchFrom = end
                if pagesInPending == pagesPerStream {
                    cutEnds.append(end)
                    pagesInPending = 0
                }
            }
            scanned = max(searchFrom, pending.count - pageClose.count)
            var consumed = 0
            for end in cutEnds {
                batch.append(Self.group(Array(pending[consumed..<end])))
                consumed = end
            }
            cutEnds = []
            if consumed > 0 {
                pending.removeSubrange(..<consumed)
                scanned -= consumed
            }
            if batch.count >= batchSize { flush() }
        }
        // The pages after the last full stream, then `</mediawiki>` alone in the last stream.
        let lastClose = pending.lastRange(of: pageClose).map { range in
            range.upperBound < pending.count && pending[range.upperBound] == 0x0A ? range.upperBound + 1 : range.upperBound
        }
        if let lastClose {
            batch.append(Self.group(Array(pending[..<lastClose])))
            pending.removeSubrange(..<lastClose)
        }
        batch.append(Group(bytes: pending, pages: []))
        flush()
        try out.commit()
        summary.bytes = out.count

        let indexFile = try StreamedFile(path: indexPath)
        indexFile.append(BZip2.compress(index))
        try indexFile.commit()
        return summary
    }

    /// A stream's pages with their ids and titles (the first `<id>` after each `<title>`).
    private static func group(_ bytes: [UInt8]) -> Group {
        var pages: [(Int, String)] = []
        let titleOpen = Array("<title>".utf8), titleClose = Array("</title>".utf8)
        let idOpen = Array("<id>".utf8), idClose = Array("</id>".utf8)
        var from = 0
        while let open = bytes[from...].firstRange(of: titleOpen), let close = bytes[open.upperBound...].firstRange(of: titleClose) {
            let title = unescape(String(decoding: bytes[open.upperBound..<close.lowerBound], as: UTF8.self))
            var id = 0
            if let idStart = bytes[close.upperBound...].firstRange(of: idOpen), let idEnd = bytes[idStart.upperBound...].firstRange(of: idClose) {
                id = Int(String(decoding: bytes[idStart.upperBound..<idEnd.lowerBound], as: UTF8.self)) ?? 0
            }
            pages.append((id, title))
            from = close.upperBound
        }
        return Group(bytes: bytes, pages: pages)
    }

    private static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#039;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension Array where Element == UInt8 {
    fileprivate func lastRange(of needle: [UInt8]) -> Range<Int>? {
        guard count >= needle.count else { return nil }
        var start = count - needle.count
        while start >= 0 {
            if self[start..<(start + needle.count)].elementsEqual(needle) { return start..<(start + needle.count) }
            start -= 1
        }
        return nil
    }
}
