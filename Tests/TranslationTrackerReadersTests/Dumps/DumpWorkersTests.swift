import Foundation
import Testing
import TranslationTrackerReaders

@Suite("DumpFile's parsing threads")
struct DumpWorkersTests {
    @Test(
        "bzip2 is parsed on one thread (lbzip2 takes every core); everything else on every core",
        arguments: [
            (DumpCompression.bzip2, 8, 1), (.bzip2, 1, 1), (.none, 8, 8), (.gzip, 8, 8), (.xz, 2, 2), (.zstd, 64, 64),
            (.sevenZip, 4, 4), (.none, 1, 1), (.gzip, 0, 1),
        ])
    func defaultWorkers(_ compression: DumpCompression, processors: Int, expected: Int) {
        #expect(DumpFile.defaultWorkers(for: compression, processors: processors) == expected)
    }
}
