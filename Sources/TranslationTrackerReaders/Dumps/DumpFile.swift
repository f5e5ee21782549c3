import Foundation
import XMLStream

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A dump or export on disk (or standard input), read as a stream with bounded memory.
///
/// Reads plain XML and gzip, bzip2 (multistream included), xz and zstd compressed exports, told
/// by their first bytes; decompression runs in a child process (parallel `lbzip2` and `pigz`
/// when installed). The decompressed stream is cut into blocks of whole pages that are parsed on
/// every core and merged in page order, so the result is the same as a one-thread read. A
/// multistream `.bz2` given with its index (``DumpReadOptions/index``) is read stream by stream
/// instead: only the streams holding wanted pages (``MultistreamDump``).
///
/// ```swift
/// let export = try DumpFile.read(path: "metawiki-pages-articles.xml.bz2") { $0.hasPrefix("Wikimedia Foundation Annual Plan/") }
/// ```
package enum DumpFile {
    /// Reads the pages `wants` accepts from the export at `path` (`-` for standard input).
    ///
    /// - Parameters:
    ///   - history: keep every revision (true) or only the latest of each page.
    ///   - threads: parsing threads; nil chooses (``defaultWorkers(for:)``), 1 reads the stream
    ///     with one parser (the reference result, for tests and benchmarks).
    package static func read(
        path: String, wants: @escaping ExportReader.Filter, history: Bool = true, threads: Int? = nil,
        options: DumpReadOptions = DumpReadOptions()
    ) throws(DumpError) -> Export {
        if let index = options.index, path != "-" {
            return try MultistreamDump.read(path: path, index: index, wants: wants, history: history, folding: options.folding)
        }
        let source = try DumpSource(
            path: path, standardInput: options.standardInput, searchPath: options.searchPath, pieceSize: options.pieceSize)
        defer { source.close() }
        let workers = max(threads ?? defaultWorkers(for: source.compression), 1)
        let blockSize = options.blockSize ?? min(max(options.memoryBudget / (2 * workers), 1 << 20), 2 << 20)
        let maxInFlight = max(2, min(2 * workers, options.memoryBudget / max(blockSize, 1)))
        let pipeline = ExportPipeline(
            wants: wants, history: history, folding: options.folding, workers: workers, blockSize: blockSize, maxInFlight: maxInFlight)
        return try pipeline.run(source)
    }

    /// Parsing threads when the caller does not say: every core, except for bzip2, where
    /// decompression (about a third of libxml2's speed even with `lbzip2` on every core) is the
    /// bottleneck and already takes every core, so cutting and parsing in parallel only competes
    /// with it; one parser keeps up with the decompressor. `processors` is the machine's core
    /// count, a parameter so that tests can state the answer for a machine they are not on.
    package static func defaultWorkers(
        for compression: DumpCompression, processors: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> Int {
        compression == .bzip2 ? 1 : max(processors, 1)
    }
}

/// How ``DumpFile`` reads: sizes for tests and benchmarks, and where input and tools come from.
package struct DumpReadOptions: Sendable {
    /// Bytes per block parsed by one thread; nil chooses from the budget (1–2 MiB).
    package var blockSize: Int?
    /// Bytes read from the file or decompressor at a time.
    package var pieceSize: Int
    /// About how many bytes of blocks may wait to be parsed or merged at once.
    package var memoryBudget: Int
    /// What `-` reads (standard input unless a test passes a pipe).
    package var standardInput: Int32
    /// Folders searched for decompressors; nil searches `PATH`.
    package var searchPath: [String]?
    /// Fold long histories rather than keep every revision's text (``HistoryFolding``); nil keeps them.
    package var folding: HistoryFolding?
    /// The index of a multistream `.bz2`: only the streams holding wanted pages are read.
    package var index: DumpIndex?

    package init(
        blockSize: Int? = nil, pieceSize: Int = 1 << 20, memoryBudget: Int = 16 << 20, standardInput: Int32 = STDIN_FILENO,
        searchPath: [String]? = nil, folding: HistoryFolding? = nil, index: DumpIndex? = nil
    ) {
        self.folding = folding
        self.index = index
        self.blockSize = blockSize
        self.pieceSize = pieceSize
        self.memoryBudget = memoryBudget
        self.standardInput = standardInput
        self.searchPath = searchPath
    }
}
