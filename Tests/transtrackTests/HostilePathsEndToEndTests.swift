import Foundation
import Testing

/// A manifest from a pull request must not make `stamp` or `fetch` write anywhere but inside the
/// project: not through '..', not through a symbolic link, not through a wiki id.
@Suite("hostile manifests and links cannot move writes outside the workspace")
struct HostilePathsEndToEndTests {
    /// A folder beside the workspace, holding a copy of the French summary.
    static func victim(beside workspace: TempWorkspace) throws -> (name: String, path: String) {
        let name = "transtrack-victim-\(UUID().uuidString)"
        let folder = URL(fileURLWithPath: workspace.root).deletingLastPathComponent().appendingPathComponent(name).path
        try FileManager.default.createDirectory(atPath: folder + "/fr", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: workspace.path("locales/fr/summary.wiki"), toPath: folder + "/fr/summary.wiki")
        return (name, folder + "/fr/summary.wiki")
    }

    @Test("stamp refuses a translation pattern that climbs out of the root, at its line, and writes nothing")
    func dotDotPattern() throws {
        let workspace = try TempWorkspace.dataset()
        let victim = try Self.victim(beside: workspace)
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: victim.path).deletingLastPathComponent().deletingLastPathComponent().path) }
        let before = try String(contentsOfFile: victim.path, encoding: .utf8)
        try workspace.replace("locales/tracker.yaml", "translation: locales/{lang}/summary.wiki", with: "translation: ../\(victim.name)/{lang}/summary.wiki")
        let output = try workspace.run("stamp", "fr")
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(
            output.stderr
                == "locales/tracker.yaml:46:20: error: the translation pattern '../\(victim.name)/{lang}/summary.wiki' leaves the root folder with '..'; local files must be inside the root ('root: ..'): write the path from the root without '..', or set 'root' to a folder that holds them\n"
        )
        #expect(try String(contentsOfFile: victim.path, encoding: .utf8) == before)
    }

    @Test("stamp refuses a translation that is a symbolic link to a file outside the root; the link and the file stay as they were")
    func linkOutside() throws {
        let workspace = try TempWorkspace.dataset()
        let victim = try Self.victim(beside: workspace)
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: victim.path).deletingLastPathComponent().deletingLastPathComponent().path) }
        let before = try String(contentsOfFile: victim.path, encoding: .utf8)
        try workspace.remove("locales/fr/summary.wiki")
        try FileManager.default.createSymbolicLink(atPath: workspace.path("locales/fr/summary.wiki"), withDestinationPath: victim.path)
        let output = try workspace.run("stamp", "fr")
        #expect(output.status == 2)
        #expect(output.stdout == "")
        let resolved = URL(fileURLWithPath: victim.path).resolvingSymlinksInPath().path
        let root = URL(fileURLWithPath: workspace.root).resolvingSymlinksInPath().path
        #expect(
            output.stderr
                == "locales/tracker.yaml:46:20: error: locales/fr/summary.wiki leads through a symbolic link to \(resolved), outside the root (\(root)); local files must be inside the root: replace the link with the file, or set 'root' to a folder that holds both\n"
        )
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: workspace.path("locales/fr/summary.wiki")) == victim.path)
        #expect(try String(contentsOfFile: victim.path, encoding: .utf8) == before)
    }

    @Test("stamp writes through a symbolic link inside the root and keeps the link")
    func linkInside() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.write("shared/fr-summary.wiki", try workspace.bytes("locales/fr/summary.wiki"))
        try workspace.remove("locales/fr/summary.wiki")
        try FileManager.default.createSymbolicLink(atPath: workspace.path("locales/fr/summary.wiki"), withDestinationPath: "../../shared/fr-summary.wiki")
        let output = try workspace.run("stamp", "fr", "--document", "summary")
        #expect(output.stderr == "")
        #expect(output.stdout == "locales/fr/summary.wiki: stamped 2 units (7, 12); 13 already current\n")
        #expect(output.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: workspace.path("locales/fr/summary.wiki")) == "../../shared/fr-summary.wiki")
        #expect(try workspace.read("shared/fr-summary.wiki").contains("<!--T:7 src=b145bb250c-->") == false, "the target was stamped")
        #expect(try workspace.run("check", "--language", "fr", "--document", "summary").status == 0)
    }

    @Test("fetch with a wiki id '..' is refused by the manifest before anything is written")
    func dotDotWikiID() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.replace("locales/tracker.yaml", "- { id: meta,", with: "- { id: \"..\",")
        try workspace.replace("locales/tracker.yaml", "- wiki: meta", with: "- wiki: \"..\"")
        let parent = URL(fileURLWithPath: workspace.root).deletingLastPathComponent().path
        // The names a cache write would leave; the parent is the shared temporary folder, where
        // other processes come and go, so only these are compared.
        let cacheNames = [".transtrack-cache", "site.json", "pages", "units", "history"]
        func cacheEntries(in folder: String) -> [String] {
            cacheNames.filter { FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0)) }
        }
        let before = cacheEntries(in: parent)
        let output = try workspace.run("fetch")
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(
            output.stderr
                == "locales/tracker.yaml:26:11: error: wiki id '..' must be lowercase letters, digits, '-' and '_', starting with a letter or digit, e.g. 'meta' or 'frwiki'; it names the wiki's folder in the cache\n"
                    + "locales/tracker.yaml:83:9: error: unknown wiki 'meta'; declare it under 'wikis:' first\n",
            "the publish: section names the wiki by its old id"
        )
        #expect(!FileManager.default.fileExists(atPath: workspace.path("locales/.transtrack-cache")))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("locales/site.json")))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("locales/pages")))
        #expect(cacheEntries(in: parent) == before)
        #expect(cacheEntries(in: workspace.root) == [])
    }
}
