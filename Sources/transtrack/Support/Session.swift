import ArgumentParser
import TranslationTracker
import TranslationTrackerLive
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

    /// `--live` or `--offline`: the local files and every wiki place of the manifest, read
    /// through the Action API (refreshing the cache) or from the cache; one status per place.
    init(_ options: WorkspaceOptions, live: LiveOptions, contentChecks: Bool = false) async throws {
        workspace = try options.openWorkspace()
        let documents = try options.documents(in: workspace.manifest)
        let languages = try options.languages(in: workspace.manifest)
        let reader = LiveStatusReader(local: LocalFilesReader(workspace: workspace))
        let evaluator = StatusEvaluator(checks: contentChecks ? CheckRunner(configuration: workspace.manifest.checks) : nil)
        if live.live {
            report = try await live.withConnections(workspace.manifest) { connections async throws(LiveError) in
                let result = try await reader.status(.live(LiveReader(connections: connections)), documents: documents, languages: languages, evaluator: evaluator)
                await live.report(result.snapshot, connections: connections)
                return result.report
            }
        } else {
            report = try await LiveOptions.offline { () async throws(LiveError) in
                let result = try await reader.status(.offline, documents: documents, languages: languages, evaluator: evaluator)
                await live.report(result.snapshot, connections: nil)
                return result.report
            }
        }
        if let languages {
            report.languages = report.languages.filter { languages.contains($0.code) }
        }
    }
}
