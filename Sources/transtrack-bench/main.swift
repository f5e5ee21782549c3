import Foundation
import TranslationTracker
import TranslationTrackerReaders

// `transtrack-bench`: generates a synthetic Meta-scale workspace and prints how fast `status`
// runs on it; generates a synthetic MediaWiki dump and prints how fast it is read; times the
// wikitext parser on pathological shapes. Figures only;
// nothing here asserts a time. See scripts/bench and scripts/bench-dumps.

func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { out += "," }
        out.append(digit)
    }
    return (value < 0 ? "-" : "") + out
}

func fixed(_ value: Double, _ decimals: Int = 3) -> String { String(format: "%.\(decimals)f", value) }

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

func percent(_ part: Int, of whole: Int) -> String { whole == 0 ? "0.0%" : fixed(Double(part) * 100 / Double(whole), 1) + "%" }

func generate(_ workspace: SyntheticWorkspace, into folder: String) throws {
    let summary = try workspace.generate(into: folder)
    print(
        "generated \(folder): \(workspace.documents) documents × \(workspace.languages) languages × \(workspace.units) units · "
            + "\(grouped(summary.files)) files · \(fixed(Double(summary.bytes) / 1_048_576, 1)) MiB · "
            + "\(grouped(summary.absentTranslations)) translations left absent · \(fixed(summary.seconds, 1)) s")
}

func generateDump(_ dump: SyntheticDump, into file: String) throws {
    let summary = try dump.write(to: file)
    print(
        "generated \(file): \(fixed(Double(summary.bytes) / 1_048_576, 1)) MiB · \(grouped(summary.pages)) pages · "
            + "\(grouped(summary.revisions)) revisions (\(fixed(Double(summary.revisions) / Double(max(summary.pages, 1)), 1)) per page, "
            + "\(grouped(summary.textBytes / max(summary.revisions, 1))) bytes of text on average) · "
            + "\(percent(summary.nonLatinBytes, of: summary.textBytes)) of the text in non-Latin scripts · "
            + "\(summary.wantedPages) wanted pages with \(summary.wantedRevisions) revisions · \(fixed(summary.seconds, 1)) s")
    print(
        "summary: bytes=\(summary.bytes) pages=\(summary.pages) revisions=\(summary.revisions) text_bytes=\(summary.textBytes) "
            + "wanted_pages=\(summary.wantedPages) wanted_revisions=\(summary.wantedRevisions)")
}

/// Writes a multistream dump from a plain one; `plain` generates that first (and removes it after).
func generateMultistream(_ multistream: SyntheticMultistream, plain: SyntheticDump?) throws {
    if let plain { try generateDump(plain, into: multistream.source) }
    defer { if plain != nil { try? FileManager.default.removeItem(atPath: multistream.source) } }
    let clock = ContinuousClock()
    let start = clock.now
    let summary = try multistream.write()
    print(
        "generated \(multistream.path): \(fixed(Double(summary.bytes) / 1_048_576, 1)) MiB · \(grouped(summary.streams)) bzip2 streams · "
            + "\(grouped(summary.pages)) pages · index \(summary.index) · \(fixed((clock.now - start).seconds, 1)) s")
}

func status(manifest: String, repeats: Int, json: Bool) throws {
    let benchmark = StatusBenchmark(manifestPath: manifest, renderJSON: json)
    var runs: [StatusBenchmark.Run] = []
    var volume = StatusBenchmark.Volume()
    for _ in 0..<repeats {
        let (run, seen) = try benchmark.run()
        runs.append(run)
        volume = seen
    }
    let open = median(runs.map(\.open)), read = median(runs.map(\.read)), evaluate = median(runs.map(\.evaluate))
    let terminal = median(runs.map(\.terminal))
    let render = median(runs.map(\.json)), statusSeconds = median(runs.map(\.statusSeconds)), total = median(runs.map(\.total))
    let c = volume.counts
    let slots = volume.unitSlots
    let rss = ProcessMemory.peakKiB
    let hwm = ProcessMemory.highWaterMarkKiB.map { " · VmHWM \(grouped($0 / 1024)) MiB" } ?? ""
    let rate = Int(Double(volume.unitsRead) / statusSeconds)
    let rateWithJSON = Int(Double(volume.unitsRead) / total)

    print("transtrack-bench status \(manifest): \(repeats) run\(repeats == 1 ? "" : "s") in process, median shown")
    print("workspace    \(volume.documents) documents × \(volume.languages) languages · \(grouped(volume.files)) files read")
    print(
        "units        \(grouped(volume.unitsRead)) read (\(grouped(volume.translationUnits)) translation + \(grouped(volume.sourceUnits)) English)"
            + " · \(grouped(slots)) evaluated (English units × translations)")
    print(
        "unit states  \(percent(c.current, of: slots)) current · \(percent(c.stale, of: slots)) stale · \(percent(c.missing, of: slots)) missing · "
            + "\(percent(c.unverified, of: slots)) unverified · \(grouped(c.extra)) extra · \(grouped(volume.missingTranslations)) translations missing · "
            + "\(grouped(volume.findings)) findings")
    print(
        "phases       open \(fixed(open)) s · read+parse \(fixed(read)) s · evaluate \(fixed(evaluate)) s · "
            + "render terminal \(fixed(terminal)) s · "
            + (json ? "render JSON \(fixed(render)) s (\(fixed(Double(volume.jsonBytes) / 1_048_576, 1)) MiB)" : "render JSON skipped"))
    let cpu = median(runs.map(\.statusCPU))
    print(
        "status       \(fixed(statusSeconds)) s (open + read+parse + evaluate + terminal table) · \(grouped(rate)) units/s · "
            + "\(fixed(cpu)) CPU s on \(ProcessInfo.processInfo.activeProcessorCount) cores · \(grouped(Int(Double(volume.unitsRead) / cpu))) units per CPU-second")
    if json { print("status+JSON  \(fixed(total)) s · \(grouped(rateWithJSON)) units/s") }
    print("peak RSS     \(grouped(rss / 1024)) MiB (ru_maxrss)\(hwm)")
    print("runs (s)     " + runs.map { fixed($0.statusSeconds) }.joined(separator: " "))
    print(
        "summary: units=\(volume.unitsRead) files=\(volume.files) seconds=\(fixed(statusSeconds)) units_per_second=\(rate)"
            + " cpu_seconds=\(fixed(cpu)) seconds_with_json=\(fixed(total)) peak_rss_kib=\(rss)")
}

do {
    switch try BenchArguments.parse(Array(CommandLine.arguments.dropFirst())) {
    case .help: print(BenchArguments.usage)
    case .generate(let folder, let workspace): try generate(workspace, into: folder)
    case .status(let manifest, let repeats, let json): try status(manifest: manifest, repeats: repeats, json: json)
    case .checks(let manifest, let pairs): try ChecksBenchmark(manifestPath: manifest, pairs: pairs).run()
    case .dumpGenerate(let file, let dump): try generateDump(dump, into: file)
    case .multistreamGenerate(let multistream, let dump): try generateMultistream(multistream, plain: dump)
    case .history(let benchmark): try benchmark.run()
    case .dumpRead(let benchmark): try benchmark.run()
    case .parseShapes(let benchmark): benchmark.run()
    case .peak(let probe): probe.run()
    }
} catch let error as BenchError {
    FileHandle.standardError.write(Data("transtrack-bench: \(error)\n".utf8))
    exit(error.exitCode)
} catch {
    FileHandle.standardError.write(Data("transtrack-bench: \(error)\n".utf8))
    exit(2)
}
