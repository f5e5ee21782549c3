import Foundation
import TranslationTrackerReaders

/// Times `DumpFile.read` on a dump, keeping the pages a tracker manifest would want (the 12
/// titles ``SyntheticDump`` plants), and prints seconds, MB/s, what was kept, CPU time and peak
/// RSS. One read per process, so peak RSS is that read's.
struct DumpReadBenchmark {
    var path: String
    /// Worker threads; nil lets `DumpFile` choose (all cores).
    var threads: Int?
    var history = true
    /// A multistream index: read only the streams holding wanted pages.
    var index: String?
    /// Pages kept: the dump's 12, and more spread evenly through the index `titlesFrom`.
    var want = SyntheticDump.wantedTitles.count
    var titlesFrom: String?

    /// The titles kept: the 12 wanted ones, then every n-th title of the index up to `want`.
    func wantedTitles() throws -> Set<String> {
        var wanted = SyntheticDump.wantedTitles
        guard want > wanted.count, let titlesFrom else { return wanted }
        let all = try MultistreamIndex.read(path: titlesFrom, wants: { _ in true }, given: true).wanted.map(\.title)
        let extra = want - wanted.count
        let step = max(all.count / extra, 1)
        var position = step / 2
        while wanted.count < want, position < all.count {
            wanted.insert(all[position])
            position += step
        }
        return wanted
    }

    func run() throws {
        let wanted = try wantedTitles()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let clock = ContinuousClock()
        let cpuStart = ProcessMemory.cpuSeconds
        let start = clock.now
        let export = try DumpFile.read(
            path: path, wants: { wanted.contains($0) }, history: history, threads: threads,
            options: DumpReadOptions(index: index.map { DumpIndex(path: $0, given: true) }))
        let seconds = (clock.now - start).seconds
        let cpu = ProcessMemory.cpuSeconds - cpuStart
        let revisions = export.pages.reduce(0) { $0 + $1.revisions.count }
        let textBytes = export.pages.reduce(0) { total, page in total + page.revisions.reduce(0) { $0 + ($1.text?.utf8.count ?? 0) } }
        let rate = Double(size) / 1_000_000 / seconds
        let rss = ProcessMemory.peakKiB
        let threadText = threads.map { "\($0) thread\($0 == 1 ? "" : "s")" } ?? "default threads"
        print(
            "transtrack-bench dump-read \(path) (\(index == nil ? threadText : "by the index \(index!)"), \(history ? "full history" : "latest revisions"), "
                + "\(wanted.count) wanted pages)")
        print("input        \(grouped(size)) bytes · \(fixed(seconds)) s · \(fixed(rate, 1)) MB/s of input")
        print(
            "kept         \(export.pages.count) of \(grouped(export.pagesSeen)) pages · \(grouped(revisions)) revisions · "
                + "\(grouped(textBytes)) bytes of text")
        print("cpu          \(fixed(cpu)) CPU s on \(ProcessInfo.processInfo.activeProcessorCount) cores")
        print("peak RSS     \(fixed(Double(rss) / 1024, 1)) MiB (ru_maxrss)")
        print(
            "summary: bytes=\(size) seconds=\(fixed(seconds)) mb_per_second=\(fixed(rate, 1)) pages_seen=\(export.pagesSeen) "
                + "pages_kept=\(export.pages.count) revisions_kept=\(revisions) cpu_seconds=\(fixed(cpu)) peak_rss_kib=\(rss)")
    }
}
