import Foundation
import TranslationTracker
import TranslationTrackerReaders
import TranslationTrackerReports

/// Times, in process, what `transtrack status` does: open the workspace, read and parse every
/// local file, evaluate, render the terminal table (and, optionally, JSON).
struct StatusBenchmark {
    var manifestPath: String
    var renderJSON = true

    /// One pass through the pipeline.
    struct Run: Sendable {
        var open: Double
        var read: Double
        var evaluate: Double
        var terminal: Double
        var json: Double
        /// CPU seconds (all threads) of open + read+parse + evaluate + terminal rendering.
        var statusCPU: Double
        /// What `transtrack status` does: everything but JSON.
        var statusSeconds: Double { open + read + evaluate + terminal }
        var total: Double { statusSeconds + json }
    }

    /// What the pipeline saw, counted outside the timed phases.
    struct Volume: Sendable {
        var documents = 0
        var languages = 0
        var files = 0
        var translationUnits = 0
        var sourceUnits = 0
        var unitSlots = 0
        var counts = UnitCounts()
        var missingTranslations = 0
        var findings = 0
        var jsonBytes = 0
        var terminalBytes = 0
        var unitsRead: Int { translationUnits + sourceUnits }
    }

    func run() throws -> (Run, Volume) {
        let clock = ContinuousClock()
        var volume = Volume()
        let cpuStart = ProcessMemory.cpuSeconds
        let start = clock.now
        let workspace = try Workspace.open(manifestPath: manifestPath, currentDirectory: FileManager.default.currentDirectoryPath)
        let opened = clock.now
        // The snapshot is dropped before rendering, as in `transtrack status`.
        let (report, read, evaluate) = try readAndEvaluate(workspace, volume: &volume)
        let rendering = clock.now
        volume.terminalBytes = TerminalRenderer(style: .plain).render(report).utf8.count
        let rendered = clock.now
        let statusCPU = ProcessMemory.cpuSeconds - cpuStart
        if renderJSON {
            // Streamed as `status --format json` streams it; the chunks are counted, not kept.
            final class Count { var bytes = 0 }
            let count = Count()
            try StatusReportJSON().write(report, to: ChunkedOutput { count.bytes += $0.count })
            volume.jsonBytes = count.bytes
        }
        let json = (clock.now - rendered).seconds

        volume.documents = report.documents.count
        volume.languages = workspace.manifest.targets.count
        volume.counts = report.totals.units
        volume.unitSlots = report.totals.units.total
        volume.missingTranslations = report.totals.missing
        volume.findings = report.findings.count
        let run = Run(
            open: (opened - start).seconds, read: read, evaluate: evaluate, terminal: (rendered - rendering).seconds, json: json,
            statusCPU: statusCPU)
        return (run, volume)
    }

    /// Reads and evaluates document by document, as `transtrack status` does
    /// (`LocalFilesReader.status`), timing the two phases separately and counting files and
    /// units outside the timed parts.
    private func readAndEvaluate(_ workspace: Workspace, volume: inout Volume) throws -> (StatusReport, Double, Double) {
        let clock = ContinuousClock()
        let reader = LocalFilesReader(workspace: workspace)
        let evaluator = StatusEvaluator()
        let manifest = workspace.manifest
        let languages = manifest.targets.map(\.code)
        var read = Duration.zero, evaluate = Duration.zero
        var evaluations: [StatusEvaluator.DocumentEvaluation] = []
        for document in manifest.documents where document.local != nil {
            let start = clock.now
            let snapshot = try reader.read(document, languages: languages)
            let readDone = clock.now
            evaluations.append(evaluator.evaluate(snapshot, manifest: manifest))
            let evaluated = clock.now
            read += readDone - start
            evaluate += evaluated - readDone
            if snapshot.source.exists { volume.files += 1 }
            volume.sourceUnits += snapshot.source.document?.units.count ?? 0
            for page in snapshot.translations.values {
                if page.exists { volume.files += 1 }
                volume.translationUnits += page.document?.units.count ?? 0
            }
        }
        let start = clock.now
        let report = evaluator.report(evaluations, untracked: [], findings: [], manifest: manifest)
        evaluate += clock.now - start
        return (report, read.seconds, evaluate.seconds)
    }
}
