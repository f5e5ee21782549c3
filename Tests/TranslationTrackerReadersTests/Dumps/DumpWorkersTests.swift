import Foundation
import Testing
import TranslationTrackerReaders

@Suite("DumpFile's parsing threads")
struct DumpWorkersTests {
    @Test("bzip2 is parsed on one thread (lbzip2 takes every core); everything else on every core")
    func defaultWorkers() {
        #expect(DumpFile.defaultWorkers(for: .bzip2) == 1)
        for compression in DumpCompression.allCases where compression != .bzip2 {
            #expect(DumpFile.defaultWorkers(for: compression) == ProcessInfo.processInfo.activeProcessorCount, "\(compression)")
        }
    }
}
