import Foundation
import TranslationTracker
import TranslationTrackerReaders
import TranslationTrackerReports

/// The committed `reports/` folder of a workspace: every report format rendered from one
/// status report, compared with the files (`report --check`) or written over them atomically
/// (`report --update`). A Markdown report links local files from its own folder, so that a code
/// host showing it resolves them (`reports/` → `../locales/…`).
public struct ReportsFolder: Sendable {
    /// The workspace whose reports these are.
    public var workspace: Workspace
    /// Relative to the workspace root.
    public var folder: String

    /// The reports folder of a workspace, `reports/` under its root unless told.
    public init(workspace: Workspace, folder: String = "reports") {
        self.workspace = workspace
        self.folder = folder
    }

    /// Each report file (`reports/NAME`) and the text it should hold now.
    public func files(_ report: StatusReport, context: RenderContext) -> [(name: String, text: String)] {
        ReportSet.files(report, context: context).map { name, rendered in
            let path = workspace.path(folder) + "/" + name
            let text = name == ReportFormat.markdown.fileName ? Self.markdown(report, context: context, at: path, root: workspace.root) : rendered
            return (folder + "/" + name, text)
        }
    }

    /// The report files that differ from what the report renders now.
    public func stale(_ report: StatusReport, context: RenderContext) throws(TrackerError) -> [String] {
        var stale: [String] = []
        for file in files(report, context: context) {
            let current: [UInt8]?
            do throws(ReaderError) { current = try FileBytes.read(workspace.path(file.name)) } catch { throw .files(error) }
            if current != Array(file.text.utf8) { stale.append(file.name) }
        }
        return stale
    }

    /// Writes the report files that differ; returns their names.
    public func update(_ report: StatusReport, context: RenderContext) throws(TrackerError) -> [String] {
        let stale = try stale(report, context: context)
        for file in files(report, context: context) where stale.contains(file.name) {
            try Self.write(file.text, to: workspace.path(file.name))
        }
        return stale
    }

    /// A Markdown report to be written at `path` (absolute), its local links relative to its folder.
    package static func markdown(_ report: StatusReport, context: RenderContext, at path: String, root: String) -> String {
        markdownRenderer(at: path, root: root).render(report, context: context)
    }

    /// The Markdown renderer for a report written at `path`, its links leading to `root`.
    package static func markdownRenderer(at path: String, root: String) -> MarkdownRenderer {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return MarkdownRenderer(root: relativePath(from: folder, to: root))
    }

    /// The relative path from one absolute folder to another: from `/w/reports` to `/w` is `..`,
    /// and from a folder to itself is empty.
    package static func relativePath(from folder: String, to target: String) -> String {
        let from = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        let to = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        var common = 0
        while common < min(from.count, to.count), from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...]).joined(separator: "/")
    }

    /// Writes a report atomically, creating its folder.
    package static func write(_ text: String, to path: String) throws(TrackerError) {
        try createFolder(of: path)
        do throws(ReaderError) { try AtomicFile.write(text, to: path) } catch { throw .files(error) }
    }

    /// Writes a report atomically as `render` streams it, creating its folder: a report that
    /// grows with the units goes to disk a chunk at a time.
    package static func write(to path: String, _ render: (ChunkedOutput) throws -> Void) throws(TrackerError) {
        try createFolder(of: path)
        do throws(ReaderError) {
            try AtomicFile.write(to: path) { write in
                try withoutActuallyEscaping(write) { write in try render(ChunkedOutput(write)) }
            }
        } catch {
            throw .files(error)
        }
    }

    private static func createFolder(of path: String) throws(TrackerError) {
        do {
            try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        } catch {
            throw .input("\(path): error: cannot create its folder: \(error.localizedDescription)")
        }
    }

    /// A saved JSON status report, to compare with (`report --compare`).
    package static func baseline(_ path: String, absolute: String) throws(TrackerError) -> StatusReport {
        let bytes: [UInt8]?
        do throws(ReaderError) { bytes = try FileBytes.read(absolute) } catch { throw .files(error) }
        guard let bytes else { throw .input("\(path): error: no such file; save a baseline with `transtrack status --format json > \(path)`") }
        let report: StatusReport
        do {
            report = try JSONDecoder().decode(StatusReport.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw .input("\(path): error: not a transtrack JSON report (\(describe(error))); save one with `transtrack status --format json`")
        } catch {
            throw .input("\(path): error: not a transtrack JSON report; save one with `transtrack status --format json`")
        }
        guard report.schemaVersion == StatusReport.currentSchemaVersion else {
            throw .input("\(path): error: schema version \(report.schemaVersion); this transtrack reads \(StatusReport.currentSchemaVersion)")
        }
        return report
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context): "missing '\(key.stringValue)' at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            "\(context.debugDescription) at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        @unknown default: "\(error)"
        }
    }
}
