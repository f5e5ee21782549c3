import ArgumentParser
import TranslationTracker
import TranslationTrackerLive
import TranslationTrackerReaders

/// What every reading command starts with: the workspace opened, the `--document` and
/// `--language` filters checked, and ``Tracker/status(_:documents:languages:checks:)`` run on the
/// places the options name (the local files, and the wikis from dumps, live or from the cache).
struct Session {
    var workspace: Workspace
    var report: StatusReport

    /// `contentChecks` runs the content checks on every current or unverified unit, local or on
    /// a wiki (for `check`, `report` and `publish`); plain `status` only needs unit states.
    init(_ options: WorkspaceOptions, places: PlaceOptions, contentChecks: Bool = false) async throws {
        let workspace = try options.openWorkspace()
        let documents = try options.documents(in: workspace.manifest)
        let languages = try options.languages(in: workspace.manifest)
        let tracker = Tracker(workspace: workspace)
        self.workspace = workspace
        report = try await places.withPlaces(workspace.manifest) { chosen in
            let reading = try await tracker.status(chosen, documents: documents, languages: languages, checks: contentChecks)
            if case .live(let connections) = chosen {
                await places.report(reading.snapshot, connections: connections)
            } else {
                await places.report(reading.snapshot, connections: nil)
            }
            return reading.report
        }
    }
}
