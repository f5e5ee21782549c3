import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads only the bzip2 streams of a multistream dump that hold wanted pages, found through the
/// dump's index: the first stream (the `<mediawiki>` and `<siteinfo>` header), each stream an
/// index line of a wanted title points at, then the closing tag, parsed as one export.
///
/// An index that does not match the dump never gives a quiet wrong answer: each of these is a
/// ``DumpError/staleIndex(index:line:dump:problem:given:)`` naming the index line:
/// an offset past the end of the file or not at a bzip2 stream; the header stream not ending
/// where the index's first stream begins; a stream that does not hold the page (id and title)
/// its line promised; and a dump that goes on past the stream of the index's last line with
/// anything but the closing `</mediawiki>` (pages the index does not know of).
enum MultistreamDump {
    static func read(
        path: String, index location: DumpIndex, wants: @escaping ExportReader.Filter, history: Bool, folding: HistoryFolding?
    ) throws(DumpError) -> Export {
        let index = try MultistreamIndex.read(path: location.path, wants: wants, given: location.given)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT || errno == ENOTDIR ? "no such file" : String(cString: strerror(errno))
            throw .unreadable(path: path, reason: reason)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw .unreadable(path: path, reason: "a multistream dump read by its index must be a regular file")
        }
        let size = Int(info.st_size)
        func stale(_ entry: MultistreamIndex.Entry?, _ problem: String) -> DumpError {
            .staleIndex(index: index.path, line: entry?.line, dump: path, problem: problem, given: location.given)
        }
        func stream(at entry: MultistreamIndex.Entry) throws(DumpError) -> (bytes: [UInt8], end: Int) {
            guard entry.offset < size else {
                throw stale(entry, "offset \(entry.offset) is beyond the end of the dump (\(size) bytes)")
            }
            do {
                return try BZip2.stream(in: descriptor, at: entry.offset)
            } catch {
                throw stale(entry, "at offset \(entry.offset): \(error)")
            }
        }

        // The header, which must end where the index's first stream begins.
        let header: (bytes: [UInt8], end: Int)
        do { header = try BZip2.stream(in: descriptor, at: 0) } catch {
            throw .unreadable(path: path, reason: "its first bzip2 stream (the header) cannot be read: \(error)")
        }
        guard let first = index.first, let last = index.last else { throw stale(nil, "the index lists no page") }
        guard header.end == first.offset else {
            throw stale(first, "the dump's first stream (its header) ends at byte \(header.end), but the index's first stream starts at byte \(first.offset)")
        }

        let reader = ExportReader(wants: wants, history: history, folding: folding)
        var bytesRead = 0
        func feed(_ bytes: [UInt8], final: Bool = false) throws(DumpError) {
            bytesRead += bytes.count
            do { try reader.feed(bytes, final: final) } catch {
                throw .malformed(path: path, error: error, decompressed: true)
            }
        }
        try feed(header.bytes)
        // The first index line of each stream to read, in order; decompressed a batch at a time on
        // every core (each stream is independent, read with pread), parsed in order.
        var streams: [MultistreamIndex.Entry] = []
        for entry in index.wanted where entry.offset != streams.last?.offset { streams.append(entry) }
        let batch = max(ProcessInfo.processInfo.activeProcessorCount, 1) * 2
        var lastEnd: Int?
        for start in stride(from: 0, to: streams.count, by: batch) {
            let chosen = Array(streams[start..<min(start + batch, streams.count)])
            for entry in chosen where entry.offset >= size {
                throw stale(entry, "offset \(entry.offset) is beyond the end of the dump (\(size) bytes)")
            }
            let slots = Mutex<[Result<(bytes: [UInt8], end: Int), BZip2.Failure>?]>(Array(repeating: nil, count: chosen.count))
            DispatchQueue.concurrentPerform(iterations: chosen.count) { slot in
                let result = Result { () throws(BZip2.Failure) in try BZip2.stream(in: descriptor, at: chosen[slot].offset) }
                slots.withLock { $0[slot] = result }
            }
            let results = slots.withLock { $0 }
            for (slot, entry) in chosen.enumerated() {
                switch results[slot]! {
                case .success(let (bytes, end)):
                    if entry.offset == last.offset { lastEnd = end }
                    try feed(bytes)
                case .failure(let error):
                    throw stale(entry, "at offset \(entry.offset): \(error)")
                }
            }
        }
        // The dump must end with the closing stream right after the index's last stream.
        var tailStart: Int
        if let lastEnd { tailStart = lastEnd } else { tailStart = try stream(at: last).end }
        let tail: (bytes: [UInt8], end: Int)
        do {
            guard tailStart < size else { throw BZip2.Failure.truncated }
            tail = try BZip2.stream(in: descriptor, at: tailStart)
        } catch {
            throw stale(last, "the dump should close with a last stream holding </mediawiki> at byte \(tailStart), after the index's last stream: \(error)")
        }
        guard tail.end == size, String(decoding: tail.bytes, as: UTF8.self).trimmingWhitespace == "</mediawiki>" else {
            throw stale(last, "the dump goes on after the index's last stream with pages the index does not list (the index is older than the dump)")
        }
        try feed(tail.bytes, final: true)

        var export = reader.export
        export.bytesRead = bytesRead
        // Every wanted page the index promised must have been in its stream.
        // (A title may be there twice, as in a dump made by hand; the id tells the pages apart.)
        var found: [String: Set<Int>] = [:]
        for page in export.pages { found[page.title, default: []].insert(page.id) }
        for entry in index.wanted where found[entry.title]?.contains(entry.pageID) != true {
            let what =
                found[entry.title].map { "holds page '\(entry.title)' with id \($0.sorted().map(String.init).joined(separator: ", ")), not \(entry.pageID)" }
                ?? "does not hold page \(entry.pageID) '\(entry.title)'"
            throw stale(entry, "the stream at offset \(entry.offset) \(what)")
        }
        return export
    }
}

extension String {
    fileprivate var trimmingWhitespace: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[start...end]
    }
}
