import ArgumentParser
import TranslationTracker
import TranslationTrackerReaders

/// The steps most commands share: open the workspace, read the local files, evaluate status.
struct Session {
    var workspace: Workspace
    var report: StatusReport

    /// `contentChecks` runs the checks of ``CheckRegistry`` on every current or unverified unit
    /// (for `check` and `report`); plain `status` only needs unit states.
    ///
    /// With `dumps`, every wiki place those dumps cover is read too (each dump once), and a
    /// language gets one status per place.
    init(_ options: WorkspaceOptions, contentChecks: Bool = false, dumps: [WikiDump] = []) throws {
        workspace = try options.openWorkspace()
        let documents = try options.documents(in: workspace.manifest)
        let languages = try options.languages(in: workspace.manifest)
        let reader = LocalFilesReader(workspace: workspace)
        let evaluator = StatusEvaluator(checks: contentChecks ? CheckRunner(configuration: workspace.manifest.checks) : nil)
        if dumps.isEmpty {
            report = try reading { () throws(ReaderError) in try reader.status(documents: documents, languages: languages, evaluator: evaluator) }
        } else {
            report = try readingDumps { () throws(WikiDumpError) in
                try DumpStatusReader(local: reader, dumps: dumps).status(documents: documents, languages: languages, evaluator: evaluator)
            }
        }
        if let languages {
            report.languages = report.languages.filter { languages.contains($0.code) }
        }
    }
}
