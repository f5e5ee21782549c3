import TranslationTracker
import TranslationTrackerReaders
import TranslationTrackerLive

/// The workspace, its local reader and the live status reader over it.
struct LiveStatusReaderHandle {
    let workspace: Workspace
    var manifest: Manifest { workspace.manifest }
    var status: LiveStatusReader { LiveStatusReader(local: LocalFilesReader(workspace: workspace)) }
}
