import ArgumentParser
import TranslationTracker
import TranslationTrackerReaders

/// The steps most commands share: open the workspace, read the local files, evaluate status.
struct Session {
    var workspace: Workspace
    var report: StatusReport

    init(_ options: WorkspaceOptions) throws {
        workspace = try options.openWorkspace()
        let documents = try options.documents(in: workspace.manifest)
        let languages = try options.languages(in: workspace.manifest)
        let reader = LocalFilesReader(workspace: workspace)
        report = try reading { () throws(ReaderError) in try reader.status(documents: documents, languages: languages) }
        if let languages {
            report.languages = report.languages.filter { languages.contains($0.code) }
        }
    }
}
