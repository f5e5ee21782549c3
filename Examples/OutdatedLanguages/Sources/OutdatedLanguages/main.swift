// Prints the languages whose translation of a document is outdated (some unit follows an older
// English than today's), with the ids of their stale units.
//
//   swift run OutdatedLanguages [DOCUMENT] [MANIFEST]
//
// DOCUMENT defaults to `summary`; the manifest is found from the current folder upward, like
// `transtrack` finds it.
import Foundation
import TranslationTracker
import TranslationTrackerReaders

let arguments = CommandLine.arguments.dropFirst()
let document = arguments.first ?? "summary"
let manifestPath = arguments.dropFirst().first

do {
    let workspace = try Workspace.open(manifestPath: manifestPath, currentDirectory: FileManager.default.currentDirectoryPath)
    let report = try LocalFilesReader(workspace: workspace).status(documents: [document])
    for translation in report.translations where translation.state == .outdated {
        let language = report.language(translation.language)
        let stale = translation.units(.stale).map(\.id.rawValue)
        print("\(translation.language)\t\(language?.name ?? "")\tstale units: \(stale.joined(separator: ", "))")
    }
} catch {
    // `Workspace.open` and `status` throw `ReaderError`, whose description says which file and what to do.
    FileHandle.standardError.write(Data("OutdatedLanguages: \(error)\n".utf8))
    exit(2)
}
