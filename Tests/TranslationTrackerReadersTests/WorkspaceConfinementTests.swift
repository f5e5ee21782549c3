import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerReaders

/// Local files the manifest names stay inside the root once symbolic links are followed, and a
/// write through a link keeps the link.
@Suite("Workspace confinement: links are followed before a file is trusted")
struct WorkspaceConfinementTests {
    func link(_ scratch: Scratch, _ relative: String, to target: String) throws {
        try? FileManager.default.removeItem(atPath: scratch.path(relative))
        try FileManager.default.createSymbolicLink(atPath: scratch.path(relative), withDestinationPath: target)
    }

    @Test("a translation that is a link to a file outside the root is a manifest error at the pattern")
    func translationLinkOutside() throws {
        let scratch = try Scratch.project()
        let outside = try Scratch()
        try outside.write("victim.wiki", "theirs\n")
        try link(scratch, "locales/fr/summary.wiki", to: outside.path("victim.wiki"))
        let resolved = Workspace.resolvingSymlinks(outside.path("victim.wiki"))
        let root = Workspace.resolvingSymlinks(scratch.root)
        #expect {
            _ = try Workspace.open(manifestPath: "locales/tracker.yaml", currentDirectory: scratch.root)
        } throws: { error in
            "\(error)"
                == "locales/tracker.yaml:10:60: error: locales/fr/summary.wiki leads through a symbolic link to \(resolved), outside the root (\(root)); local files must be inside the root: replace the link with the file, or set 'root' to a folder that holds both"
        }
    }

    @Test("a language folder that is a link outside the root is refused too, and so is a linked source")
    func folderLinkOutside() throws {
        let scratch = try Scratch.project()
        let outside = try Scratch()
        try outside.write("ar/summary.wiki", "x\n")
        try outside.write("en.wiki", "x\n")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("locales/ar"), withDestinationPath: outside.path("ar"))
        try link(scratch, "locales/en/summary.wiki", to: outside.path("en.wiki"))
        let resolved = Workspace.resolvingSymlinks(outside.root)
        let root = Workspace.resolvingSymlinks(scratch.root)
        #expect {
            _ = try Workspace.open(manifestPath: "locales/tracker.yaml", currentDirectory: scratch.root)
        } throws: { error in
            "\(error)" == """
                locales/tracker.yaml:10:22: error: locales/en/summary.wiki leads through a symbolic link to \(resolved)/en.wiki, outside the root (\(root)); local files must be inside the root: replace the link with the file, or set 'root' to a folder that holds both
                locales/tracker.yaml:10:60: error: locales/ar/summary.wiki leads through a symbolic link to \(resolved)/ar/summary.wiki, outside the root (\(root)); local files must be inside the root: replace the link with the file, or set 'root' to a folder that holds both
                """
        }
    }

    @Test("links that stay inside the root are fine, relative or absolute")
    func linksInside() throws {
        let scratch = try Scratch.project()
        try scratch.write("shared/fr.wiki", "== Objectifs == <!--T:1-->\n")
        try link(scratch, "locales/fr/summary.wiki", to: "../../shared/fr.wiki")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("locales/ar"), withDestinationPath: scratch.path("shared"))
        _ = try Workspace.open(manifestPath: "locales/tracker.yaml", currentDirectory: scratch.root)
    }

    @Test("resolving follows links in the parts that exist and keeps the rest as written")
    func resolving() throws {
        let scratch = try Scratch()
        let base = Workspace.resolvingSymlinks(scratch.root)
        try scratch.write("real/file.txt", "x")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link"), withDestinationPath: "real")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("loop"), withDestinationPath: "loop")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("dangling"), withDestinationPath: "/nonexistent/place")
        #expect(Workspace.resolvingSymlinks(scratch.path("link/file.txt")) == base + "/real/file.txt")
        #expect(Workspace.resolvingSymlinks(scratch.path("link/new/deeper.txt")) == base + "/real/new/deeper.txt")
        #expect(Workspace.resolvingSymlinks(scratch.path("link/../link/./file.txt")) == base + "/real/file.txt")
        #expect(Workspace.resolvingSymlinks(scratch.path("dangling")) == "/nonexistent/place")
        #expect(Workspace.resolvingSymlinks(scratch.path("loop")) == base + "/loop")
        #expect(Workspace.isInside("/a/b", folder: "/a"))
        #expect(Workspace.isInside("/a", folder: "/a"))
        #expect(!Workspace.isInside("/ab", folder: "/a"))
        #expect(Workspace.isInside("/x", folder: "/"))
    }

    @Test("a write through a link inside the root replaces the target and keeps the link")
    func writeThroughLinkInside() throws {
        let scratch = try Scratch()
        try scratch.write("target.wiki", "old\n")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.wiki"), withDestinationPath: "target.wiki")
        try AtomicFile.write("new\n", to: scratch.path("link.wiki"))
        try AtomicFile.write(Array("newer\n".utf8), to: scratch.path("link.wiki"), inside: scratch.root)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path("link.wiki")) == "target.wiki")
        #expect(try String(contentsOfFile: scratch.path("target.wiki"), encoding: .utf8) == "newer\n")
        #expect(try scratch.entries() == ["link.wiki", "target.wiki"])
    }

    @Test("a write through a link to outside the root is refused; the link and its target are left as they were")
    func writeThroughLinkOutside() throws {
        let scratch = try Scratch()
        let outside = try Scratch()
        try outside.write("victim.txt", "theirs\n")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.wiki"), withDestinationPath: outside.path("victim.txt"))
        let resolved = Workspace.resolvingSymlinks(outside.path("victim.txt"))
        #expect {
            try AtomicFile.write(Array("ours\n".utf8), to: scratch.path("link.wiki"), inside: scratch.root)
        } throws: { error in
            "\(error)"
                == "\(scratch.path("link.wiki")): error: cannot write: it leads through a symbolic link to \(resolved), outside \(scratch.root); replace the link with the file; the file was left as it was"
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path("link.wiki")) == outside.path("victim.txt"))
        #expect(try String(contentsOfFile: outside.path("victim.txt"), encoding: .utf8) == "theirs\n")
        #expect(try scratch.entries() == ["link.wiki"])
    }
}
