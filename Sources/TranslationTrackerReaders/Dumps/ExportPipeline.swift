import Dispatch
import Foundation
import XMLStream

/// Reads an export from a ``DumpSource`` with every core: the calling thread cuts the stream into
/// ``ExportBlock``s at `</page>` boundaries, worker threads parse them with an ``ExportReader``
/// each, and results are merged in block order, so pages come out in the export's order.
///
/// Memory stays bounded whatever the dump's size: at most `maxInFlight` blocks exist between
/// being cut and being merged (a slot is freed only when its block is merged), and a page longer
/// than two blocks is parsed while it streams, by the calling thread, instead of being held.
/// With one thread the whole stream goes through one reader, which is the reference result.
final class ExportPipeline: @unchecked Sendable {
    // @unchecked: everything mutable below is read and written only while holding `condition`.
    private let condition = NSCondition()
    private var queue: [ExportBlock] = []
    private var closed = false
    private var cancelled = false
    private var inFlight = 0
    private var ready: [Int: BlockResult] = [:]
    private var nextIndex = 0
    private var linesBefore = 0
    private var merged = Export()
    private var failure: XMLStreamError?

    private let wants: ExportReader.Filter
    private let history: Bool
    private let folding: HistoryFolding?
    private let workers: Int
    private let blockSize: Int
    private let maxInFlight: Int

    /// - Parameters:
    ///   - workers: parsing threads; 1 parses the stream as it comes, on the calling thread.
    ///   - blockSize: bytes per block; pages longer than twice this are parsed as they stream.
    ///   - maxInFlight: blocks cut but not yet merged.
    init(
        wants: @escaping ExportReader.Filter, history: Bool, folding: HistoryFolding? = nil, workers: Int, blockSize: Int, maxInFlight: Int
    ) {
        self.wants = wants
        self.history = history
        self.folding = folding
        self.workers = max(workers, 1)
        self.blockSize = max(blockSize, 1)
        self.maxInFlight = max(maxInFlight, 2)
    }

    /// Reads the source to its end (or its first error) and returns the pages, in order.
    func run(_ source: DumpSource) throws(DumpError) -> Export {
        let group = DispatchGroup()
        if workers > 1 {
            for _ in 0..<workers {
                group.enter()
                let thread = Thread { [self] in
                    work()
                    group.leave()
                }
                thread.start()
            }
        }
        var sourceError: DumpError?
        do {
            if workers > 1 {
                try split(source)
            } else {
                _ = try stream(source, index: 0, start: 0, pending: [], frame: nil, untilPageEnd: false)
            }
        } catch {
            sourceError = error
        }
        condition.lock()
        closed = true
        if sourceError != nil { cancelled = true }
        condition.broadcast()
        condition.unlock()
        group.wait()
        source.close()
        if let sourceError { throw sourceError }
        condition.lock()
        defer { condition.unlock() }
        if let failure { throw .malformed(path: source.name, error: failure, decompressed: source.compression != .none) }
        var export = merged
        export.bytesRead = source.offset
        return export
    }

    // MARK: - Cutting (the calling thread)

    private func split(_ source: DumpSource) throws(DumpError) {
        // Each block gets one allocation of its final size: pieces are appended to `pending`,
        // which becomes the block, and only the bytes after the cut (part of a page) are copied.
        let capacity = blockSize + source.pieceSize + 4096
        var pending: [UInt8] = []
        pending.reserveCapacity(capacity)
        var start = 0
        var index = 0
        var frame: BlockFrame?
        // `pending[..<scanned]` holds no `</page>` a block could end at.
        var scanned = 0
        while let piece = try source.next() {
            pending += piece
            guard pending.count >= blockSize else { continue }
            if frame == nil {
                frame = BlockFrame.find(in: pending)
                if frame == nil {
                    // Not the usual start: one reader for the whole stream, which reports the problem.
                    _ = try stream(source, index: index, start: start, pending: pending, frame: nil, untilPageEnd: false)
                    return
                }
            }
            let floor = index == 0 ? frame!.rootEnd : 0
            if let cut = ExportBlock.lastPageEnd(in: pending, from: max(scanned - ExportBlock.pageEnd.count, floor)) {
                var rest: [UInt8] = []
                rest.reserveCapacity(capacity)
                rest += pending[cut...]
                pending.removeSubrange(cut...)
                let block = ExportBlock(index: index, start: start, bytes: pending, first: index == 0, last: false, frame: frame)
                pending = rest
                guard submit(block) else { return }
                start += cut
                index += 1
                scanned = 0
            } else if pending.count >= 2 * blockSize {
                // One page longer than two blocks: parse it as it streams rather than hold it.
                guard let rest = try stream(source, index: index, start: start, pending: pending, frame: frame, untilPageEnd: true)
                else { return }
                start += rest.consumed
                pending = []
                pending.reserveCapacity(capacity)
                pending += rest.remainder
                index += 1
                scanned = 0
            } else {
                scanned = pending.count
            }
        }
        let last = ExportBlock(index: index, start: start, bytes: pending, first: index == 0, last: true, frame: frame)
        _ = submit(last)
    }

    /// Waits for a free slot and queues a block for the workers; false once the read has failed.
    private func submit(_ block: ExportBlock) -> Bool {
        guard reserve() else { return false }
        condition.lock()
        queue.append(block)
        condition.signal()
        condition.unlock()
        return true
    }

    private func reserve() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while inFlight >= maxInFlight, !cancelled { condition.wait() }
        if cancelled { return false }
        inFlight += 1
        return true
    }

    /// Parses one block on the calling thread while it streams: `pending`, then pieces from the
    /// source up to the first `</page>` (or to the end with `untilPageEnd` false, the one-thread
    /// read). Returns the bytes read past that `</page>` and how many bytes the block had, or nil
    /// at the end of the stream or after an error.
    private func stream(
        _ source: DumpSource, index: Int, start: Int, pending: [UInt8], frame: BlockFrame?, untilPageEnd: Bool
    ) throws(DumpError) -> (remainder: [UInt8], consumed: Int)? {
        guard reserve() else { return nil }
        let reader = ExportReader(wants: wants, history: history, folding: folding)
        let framed = index > 0 ? frame : nil
        var length = 0
        var newlines = 0
        var carry: [UInt8] = []
        func result(_ error: XMLStreamError?) -> BlockResult {
            BlockResult(
                index: index, export: reader.export, newlines: newlines,
                error: error.map { BlockResult.locate($0, block: start, length: length, frame: framed) })
        }
        func feed(_ bytes: ArraySlice<UInt8>) throws(XMLStreamError) {
            length += bytes.count
            newlines += ExportBlock.newlines(in: bytes)
            try reader.feed(bytes)
            // The last six bytes fed, where a `</page>` cut by the next piece begins.
            let keep = ExportBlock.pageEnd.count - 1
            let tail = bytes[max(bytes.startIndex, bytes.endIndex - keep)...]
            carry = Array((carry + tail).dropFirst(max(carry.count + tail.count - keep, 0)))
        }
        do throws(XMLStreamError) {
            if let framed { try reader.feed(framed.prefix) }
            try feed(pending[...])
        } catch {
            deposit(result(error))
            return nil
        }
        while true {
            let next: [UInt8]?
            do { next = try source.next() } catch {
                deposit(result(nil))
                throw error
            }
            do throws(XMLStreamError) {
                guard let piece = next else {
                    try reader.feed([], final: true)
                    deposit(result(nil))
                    return nil
                }
                if untilPageEnd, let end = ExportBlock.firstPageEnd(in: piece[...], carry: carry) {
                    try feed(piece[..<end])
                    try reader.feed(frame?.suffix ?? [], final: true)
                    deposit(result(nil))
                    return (Array(piece[end...]), length)
                }
                try feed(piece[...])
            } catch {
                deposit(result(error))
                return nil
            }
        }
    }

    // MARK: - Parsing (worker threads) and merging

    private func work() {
        while let block = take() {
            deposit(BlockResult.parse(block, wants: wants, history: history, folding: folding))
        }
    }

    private func take() -> ExportBlock? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty, !closed, !cancelled { condition.wait() }
        if cancelled || queue.isEmpty { return nil }
        return queue.removeFirst()
    }

    /// Files a result and merges every result that is next in order; the first error (in stream
    /// order) stops the read.
    private func deposit(_ result: BlockResult) {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        ready[result.index] = result
        while let next = ready.removeValue(forKey: nextIndex) {
            nextIndex += 1
            inFlight -= 1
            if cancelled { continue }
            if var error = next.error {
                if error.line > 0 { error.line += linesBefore }
                failure = error
                cancelled = true
                continue
            }
            if next.index == 0 { merged.siteInfo = next.export.siteInfo }
            merged.pages += next.export.pages
            merged.pagesSeen += next.export.pagesSeen
            linesBefore += next.newlines
        }
    }
}
