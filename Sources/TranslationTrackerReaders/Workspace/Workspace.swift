import Foundation
import TranslationTracker

/// A project on disk: its manifest, and the root folder that local paths are relative to.
///
/// `Workspace.locate(from:)` finds `locales/tracker.yaml` in the folder or the nearest folder
/// above it that has one, as git finds `.git`.
public struct Workspace: Sendable {
    /// The manifest's conventional place, relative to a project folder.
    public static let manifestRelativePath = "locales/tracker.yaml"

    /// The manifest, with the positions of its keys for diagnostics.
    public var loaded: LoadedManifest
    /// Absolute path of the manifest file.
    public var manifestPath: String
    /// Absolute path of the folder that local paths are relative to.
    public var root: String

    /// The manifest.
    public var manifest: Manifest { loaded.manifest }

    package init(loaded: LoadedManifest, manifestPath: String, root: String) {
        self.loaded = loaded
        self.manifestPath = manifestPath
        self.root = root
    }

    /// Finds the manifest from `folder` upward.
    public static func locate(from folder: String) -> String? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(manifestRelativePath).path
            if FileBytes.exists(candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Opens the workspace whose manifest is at `manifestPath` (or found from `currentDirectory`),
    /// checking that every document's English source file exists.
    public static func open(manifestPath: String?, currentDirectory: String) throws(ReaderError) -> Workspace {
        let path: String
        if let manifestPath {
            path = absolute(manifestPath, from: currentDirectory)
        } else if let found = locate(from: currentDirectory) {
            path = found
        } else {
            throw .manifestNotFound(searchedFrom: currentDirectory)
        }
        let display = displayPath(path, from: currentDirectory)
        guard let bytes = try FileBytes.read(path) else {
            throw .unreadable(path: display, reason: "no such file; check the --manifest path")
        }
        if let bad = UTF8Validation.firstInvalidOffset(bytes) {
            let (line, column) = UTF8Validation.position(of: bad, in: bytes)
            throw .notText(path: display, line: line, column: column, offset: bad)
        }
        let loaded: LoadedManifest
        do {
            loaded = try ManifestLoader().load(yaml: String(decoding: bytes, as: UTF8.self), file: display)
        } catch {
            throw .manifest(error)
        }
        let manifestFolder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let root = URL(fileURLWithPath: loaded.manifest.root, relativeTo: manifestFolder).standardizedFileURL.path
        let workspace = Workspace(loaded: loaded, manifestPath: path, root: root)
        try workspace.checkInsideRoot()
        try workspace.checkSources()
        return workspace
    }

    /// Absolute path of a root-relative path.
    public func path(_ relative: String) -> String {
        relative.hasPrefix("/") ? relative : root + "/" + relative
    }

    /// Checks that every local file the manifest names is inside the root once symbolic links are
    /// followed: `stamp` rewrites these files, and the manifest must not choose a file elsewhere.
    /// (The loader already refused absolute paths and '..'; links are only seen here, on disk.)
    private func checkInsideRoot() throws(ReaderError) {
        let realRoot = Self.resolvingSymlinks(root)
        var problems: [ManifestDiagnostic] = []
        for (index, document) in manifest.documents.enumerated() {
            guard let local = document.local else { continue }
            var named: [(key: String, path: String)] = [("source", local.source)]
            for language in manifest.targets {
                for candidate in local.translationCandidates(for: language.code) {
                    named.append(("translation", candidate))
                    if document.kind == .file { named.append(("translation", DeckStamp.sidecarPath(of: candidate))) }
                }
            }
            var reported = Set<String>()
            for (key, relative) in named where !reported.contains(key) {
                let resolved = Self.resolvingSymlinks(path(relative))
                guard !Self.isInside(resolved, folder: realRoot) else { continue }
                reported.insert(key)
                problems.append(
                    ManifestDiagnostic(
                        loaded.position(of: "documents[\(index)].local.\(key)"),
                        "\(relative) leads through a symbolic link to \(resolved), outside the root (\(realRoot)); local files must be inside the root: replace the link with the file, or set 'root' to a folder that holds both"))
            }
        }
        if !problems.isEmpty { throw .manifest(ManifestError(problems)) }
    }

    /// `path` with every symbolic link in it followed, as far as the parts exist; the parts that
    /// do not exist yet are kept as written. Unlike `realpath(3)`, a path to a file not yet
    /// created still resolves, so a write can be checked before it happens.
    package static func resolvingSymlinks(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var pending = Array(absolute.split(separator: "/").reversed().map(String.init))
        var resolved: [String] = []
        var links = 0
        while let component = pending.popLast() {
            if component == "." { continue }
            if component == ".." {
                if !resolved.isEmpty { resolved.removeLast() }
                continue
            }
            resolved.append(component)
            let current = "/" + resolved.joined(separator: "/")
            // A loop of links is left unresolved after as many hops as Linux allows (40).
            guard links < 40, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { continue }
            links += 1
            resolved.removeLast()
            if target.hasPrefix("/") { resolved.removeAll() }
            pending += target.split(separator: "/").reversed().map(String.init)
        }
        return "/" + resolved.joined(separator: "/")
    }

    /// Whether `path` is `folder` or inside it; both absolute and already resolved.
    package static func isInside(_ path: String, folder: String) -> Bool {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path == folder || path.hasPrefix(prefix)
    }

    private func checkSources() throws(ReaderError) {
        var problems: [ManifestDiagnostic] = []
        for (index, document) in manifest.documents.enumerated() {
            guard let local = document.local else { continue }
            if !FileBytes.exists(path(local.source)) {
                problems.append(
                    ManifestDiagnostic(
                        loaded.position(of: "documents[\(index)].local.source"),
                        "the English source of '\(document.id)' does not exist: \(local.source) (relative to \(root)); create it or correct the path"))
            }
        }
        if problems.count == 1 { throw .missingSource(problems[0]) }
        if !problems.isEmpty { throw .manifest(ManifestError(problems)) }
    }

    package static func absolute(_ path: String, from folder: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: folder, isDirectory: true)).standardizedFileURL.path
    }

    /// A path as a user should see it: relative to the current folder when inside it.
    package static func displayPath(_ path: String, from folder: String) -> String {
        let base = URL(fileURLWithPath: folder).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
