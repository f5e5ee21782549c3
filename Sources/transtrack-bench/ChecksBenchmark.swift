import Foundation
import TranslationTracker
import TranslationTrackerReaders

/// Throughput of the content checks: every registered check on N unit pairs, each translated
/// unit analysed afresh (as in `transtrack check`), English analyses shared per document.
struct ChecksBenchmark {
    var manifestPath: String
    var pairs: Int

    struct Pair: Sendable {
        var english: UnitAnalysis
        var unit: TranslationUnit
        var language: Language
    }

    /// Issue 15's goal: checking every unit of Meta-Wiki's translations in seconds on one core.
    static let goal = 200_000
    /// Translate Toolkit's pofilter, the usual tool for such checks, on comparable pairs.
    static let pofilterReference = 1_400

    func run() throws {
        let workspace = try Workspace.open(manifestPath: manifestPath, currentDirectory: FileManager.default.currentDirectoryPath)
        let manifest = workspace.manifest
        let snapshot = try LocalFilesReader(workspace: workspace).read()
        var pool: [Pair] = []
        for document in snapshot.documents {
            guard let source = document.source.document else { continue }
            let english = CheckRunner.EnglishUnits(FingerprintedSource(source))
            for (code, page) in document.translations {
                guard let translation = page.document, let language = manifest.language(code) else { continue }
                for unit in translation.units {
                    guard let analysis = english.analysis(unit.id) else { continue }
                    pool.append(Pair(english: analysis, unit: unit, language: language))
                }
            }
        }
        guard !pool.isEmpty else { throw BenchError.usage("no translated units to check in \(manifestPath)") }
        let pairsPool = pool
        let runner = CheckRunner()
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunks = max(cores * 8, 1)
        let perChunk = (pairs + chunks - 1) / chunks
        let clock = ContinuousClock()
        let cpuStart = ProcessMemory.cpuSeconds
        let start = clock.now
        let counts = Parallel.map(Array(0..<chunks)) { (chunk: Int) -> Int in
            var findings = 0
            let first = chunk * perChunk
            // With fewer pairs than chunks, the last chunks have none.
            for index in first..<max(first, min(first + perChunk, pairs)) {
                let pair = pairsPool[index % pairsPool.count]
                findings += runner.run(english: pair.english, translated: pair.unit, language: pair.language, document: "d", file: nil).count
            }
            return findings
        }
        let seconds = (clock.now - start).seconds
        let cpu = ProcessMemory.cpuSeconds - cpuStart
        print("transtrack-bench checks \(manifestPath): \(grouped(pairs)) pairs drawn from \(grouped(pool.count)) distinct pairs, \(CheckRegistry.all.count) checks each")
        print("findings     \(grouped(counts.reduce(0, +)))")
        print(
            "checks       \(fixed(seconds)) s · \(grouped(Int(Double(pairs) / seconds))) pairs/s on \(cores) cores · "
                + "\(grouped(Int(Double(pairs) / cpu))) pairs per CPU-second (per core)")
        let perCPU = Int(Double(pairs) / cpu)
        print(
            "goal         \(grouped(perCPU)) of \(grouped(Self.goal)) pairs per CPU-second (\(Int((Double(perCPU) / Double(Self.goal) * 100).rounded()))%) · "
                + "reference: pofilter checks ~\(grouped(Self.pofilterReference)) pairs/s")
        print("peak RSS     \(grouped(ProcessMemory.peakKiB / 1024)) MiB")
        print("summary: pairs=\(pairs) seconds=\(fixed(seconds)) pairs_per_second=\(Int(Double(pairs) / seconds)) pairs_per_cpu_second=\(Int(Double(pairs) / cpu))")
    }
}
