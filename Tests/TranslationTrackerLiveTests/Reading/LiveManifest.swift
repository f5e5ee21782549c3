import Foundation
import TranslationTracker
import TranslationTrackerReaders

/// A temporary workspace whose manifest points every wiki (meta, commons, arwiki, frwiki) at
/// the test wiki's api.php (or a server of the test's own), for live reading tests.
struct LiveManifest {
    let root: String
    var manifestPath: String { root + "/locales/tracker.yaml" }
    var cacheFolder: String { root + "/locales/" + ".transtrack-cache" }

    /// `documents` is the YAML of the `documents:` list, indented by two spaces; `languages`
    /// replaces the default ar, fr, ja targets (YAML lines of the `languages:` list, English apart).
    init(api: URL, documents: String, wikis: [String] = ["meta", "commons", "arwiki", "frwiki"], languages: [String]? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("transtrack-live-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/locales", withIntermediateDirectories: true)
        let wikiLines = wikis.map { "  - { id: \($0), name: \($0), api: \"\(api.absoluteString)\" }" }.joined(separator: "\n")
        let yaml = """
            version: 1
            root: ..
            project: { name: Live test, contact: tests@transtrack.invalid }
            source: en
            languages:
              - { code: en, name: English, autonym: English }
            \((languages ?? Self.defaultLanguages).map { "  " + $0 }.joined(separator: "\n"))
            wikis:
            \(wikiLines)
            documents:
            \(documents)

            """
        try yaml.write(toFile: manifestPath, atomically: true, encoding: .utf8)
    }

    static let defaultLanguages = [
        "- { code: ar, name: Arabic, autonym: العربية, direction: rtl }",
        "- { code: fr, name: French, autonym: français }",
        "- { code: ja, name: Japanese, autonym: 日本語 }",
    ]

    func workspace() throws -> Workspace { try Workspace.open(manifestPath: manifestPath, currentDirectory: root) }

    func reader() throws -> LiveStatusReaderHandle { LiveStatusReaderHandle(workspace: try workspace()) }

    /// Every cache file and its bytes, to prove a failed read left them alone.
    func cacheFiles() -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: cacheFolder) else { return [:] }
        for case let relative as String in walker {
            let path = cacheFolder + "/" + relative
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                result[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return result
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}
