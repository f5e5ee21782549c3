import TranslationTracker
import TranslationTrackerReaders

/// What `mark` did: per English source, the units that got a real `<!--T:n-->` marker (from
/// their derived id to the new one) and whether the file was written.
public struct MarkResult: Sendable, Codable {
    /// A unit that got a marker: its derived id and its new numeric id.
    public struct Assignment: Sendable, Codable {
        /// The id the unit had (derived from its text).
        public var from: UnitID
        /// The id its new marker gives it.
        public var to: UnitID
    }

    /// A unit left without a marker, and why.
    public struct Skip: Sendable, Codable {
        /// The unit.
        public var unit: UnitID
        /// Why it got no marker.
        public var reason: String
    }

    /// What happened to one English source.
    public struct File: Sendable, Codable {
        /// The document's id.
        public var document: String
        /// The source file, relative to the workspace root.
        public var path: String
        /// The units that got markers.
        public var assigned: [Assignment]
        /// The units left without one.
        public var skipped: [Skip]
        /// Whether the file was written (never in a dry run).
        public var written: Bool
    }

    /// The JSON schema version.
    public var schemaVersion = StatusReport.currentSchemaVersion
    /// Whether this was a dry run: nothing written.
    public var dryRun: Bool
    /// One entry per English source considered.
    public var files: [File]
}

extension Tracker {
    /// Gives the English sources' unmarked units real `<!--T:n-->` markers, as marking a page for
    /// translation does (`transtrack mark`); each file is replaced atomically, unless `dryRun`.
    public func mark(documents chosen: Set<String>?, dryRun: Bool) throws(TrackerError) -> MarkResult {
        let manifest = workspace.manifest
        var files: [MarkResult.File] = []
        for spec in manifest.documents where chosen?.contains(spec.id) ?? true {
            guard spec.kind == .wikitext, let local = spec.local else { continue }
            let page: PageState
            do throws(ReaderError) {
                page = try LocalFilesReader.readPage(
                    path: local.source, absolute: workspace.path(local.source), kind: .wikitext, document: spec.id, language: manifest.source)
            } catch {
                throw .files(error)
            }
            guard let source = page.document else {
                throw .input(page.findings.map { "\($0.locationText ?? local.source): error: \($0.message)" }.joined(separator: "\n"))
            }
            let result = SourceMarker().mark(source)
            let write = !dryRun && !result.assigned.isEmpty
            if write {
                do throws(ReaderError) { try AtomicFile.write(result.bytes, to: workspace.path(local.source)) } catch { throw .files(error) }
            }
            files.append(
                MarkResult.File(
                    document: spec.id, path: local.source, assigned: result.assigned.map { MarkResult.Assignment(from: $0.0, to: $0.1) },
                    skipped: result.skipped.map { MarkResult.Skip(unit: $0.0, reason: $0.1) }, written: write))
        }
        return MarkResult(dryRun: dryRun, files: files)
    }
}
