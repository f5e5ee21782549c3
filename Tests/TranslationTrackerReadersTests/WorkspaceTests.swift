import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerReaders

@Suite("Workspace: finding and opening the manifest")
struct WorkspaceTests {
    @Test("the manifest is found from a subfolder upward, like git finds .git")
    func locate() throws {
        let scratch = try Scratch.project()
        try FileManager.default.createDirectory(atPath: scratch.path("a/b/c"), withIntermediateDirectories: true)
        let found = Workspace.locate(from: scratch.path("a/b/c"))
        #expect(found.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
            == URL(fileURLWithPath: scratch.path("locales/tracker.yaml")).resolvingSymlinksInPath().path)
        let elsewhere = try Scratch()
        #expect(Workspace.locate(from: elsewhere.root) == nil)
    }

    @Test("root is relative to the manifest's folder; paths display relative to the current folder")
    func rootAndPaths() throws {
        let scratch = try Scratch.project()
        let workspace = try Workspace.open(manifestPath: nil, currentDirectory: scratch.root)
        #expect(URL(fileURLWithPath: workspace.root).resolvingSymlinksInPath().path == URL(fileURLWithPath: scratch.root).resolvingSymlinksInPath().path)
        #expect(workspace.loaded.file == "locales/tracker.yaml")
        #expect(workspace.path("locales/fr/summary.wiki").hasSuffix("/locales/fr/summary.wiki"))
        #expect(Workspace.displayPath("/x/y/z.txt", from: "/x") == "y/z.txt")
        #expect(Workspace.displayPath("/elsewhere/z.txt", from: "/x") == "/elsewhere/z.txt")
    }

    @Test("a missing source file is an error at the line of its path in the manifest")
    func missingSource() throws {
        let scratch = try Scratch.project()
        try FileManager.default.removeItem(atPath: scratch.path("locales/en/summary.wiki"))
        #expect {
            _ = try Workspace.open(manifestPath: "locales/tracker.yaml", currentDirectory: scratch.root)
        } throws: { error in
            "\(error)".hasPrefix("locales/tracker.yaml:10:22: error: the English source of 'summary' does not exist: locales/en/summary.wiki")
        }
    }

    @Test("no manifest, a manifest that is not UTF-8, a manifest path that does not exist")
    func openErrors() throws {
        let scratch = try Scratch()
        #expect(throws: ReaderError.self) { try Workspace.open(manifestPath: nil, currentDirectory: scratch.root) }
        try scratch.write("bad.yaml", [0x76, 0x65, 0x72, 0xFF])
        #expect {
            _ = try Workspace.open(manifestPath: "bad.yaml", currentDirectory: scratch.root)
        } throws: { error in
            "\(error)" == "bad.yaml:1:4: error: not valid UTF-8 (byte offset 3); save the file as UTF-8"
        }
        #expect {
            _ = try Workspace.open(manifestPath: "nope.yaml", currentDirectory: scratch.root)
        } throws: { error in
            "\(error)".contains("nope.yaml: error: cannot read: no such file")
        }
    }
}
