import TranslationTracker
import TranslationTrackerReaders

/// What `stamp` did: per translation file, the units stamped, already current or skipped and
/// whether it was written; the diagnostics it printed on the way (`path: error: …`, notes) and
/// how many files failed.
public struct StampResult: Sendable, Codable {
    /// What happened to one translation file.
    public struct File: Sendable, Codable {
        /// A unit that was not stamped, and why.
        public struct Skipped: Sendable, Codable {
            /// The unit.
            public var unit: UnitID
            /// Why it was not stamped.
            public var reason: String
        }

        /// The document's id.
        public var document: String
        /// The translation's language.
        public var language: LanguageCode
        /// The translation file, relative to the workspace root.
        public var path: String
        /// Whether the file exists.
        public var exists: Bool
        /// Units whose `src=` now records today's English.
        public var stamped: [UnitID]
        /// Units that already recorded it.
        public var unchanged: [UnitID]
        /// Units not stamped.
        public var skipped: [Skipped]
        /// Whether the file was written (never in a dry run).
        public var written: Bool
    }

    /// The JSON schema version.
    public var schemaVersion = StatusReport.currentSchemaVersion
    /// Whether this was a dry run: nothing written.
    public var dryRun: Bool
    /// One entry per translation file considered.
    public var files: [File]
    /// Lines for standard error, in order: errors about one file or document, and notes.
    public var diagnostics: [String]
    /// Files that could not be stamped.
    public var failures: Int

    enum CodingKeys: String, CodingKey { case schemaVersion, dryRun, files }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        dryRun = try container.decode(Bool.self, forKey: .dryRun)
        files = try container.decode([File].self, forKey: .files)
        diagnostics = []
        failures = 0
    }

    init(dryRun: Bool, files: [File], diagnostics: [String], failures: Int) {
        self.dryRun = dryRun
        self.files = files
        self.diagnostics = diagnostics
        self.failures = failures
    }
}

extension Tracker {
    /// Records that translated units now follow today's English (`transtrack stamp`): writes
    /// `src=` into the markers of the chosen units of wikitext translations (only those bytes
    /// change; the file is replaced atomically), and a deck's stamp record beside it.
    ///
    /// `required`: the user named the language and the document, so a missing translation is an
    /// error; otherwise it is skipped (no deck in that language, say). A file that cannot be read
    /// or stamped is reported in ``StampResult/diagnostics`` and counted, and the others go on.
    public func stamp(
        languages codes: [LanguageCode], documents chosen: Set<String>?, units wanted: Set<UnitID>?, required: Bool, dryRun: Bool
    ) throws(TrackerError) -> StampResult {
        let manifest = workspace.manifest
        var results: [StampResult.File] = []
        var failures = 0
        var diagnostics: [String] = []
        for spec in manifest.documents where chosen?.contains(spec.id) ?? true {
            guard let local = spec.local else {
                if chosen != nil { diagnostics.append("\(spec.id): nothing to stamp here: it has no local files") }
                continue
            }
            if spec.kind == .file {
                let (files, failed) = try stampDecks(
                    spec, local: local, codes: codes, required: required, wanted: wanted, dryRun: dryRun, diagnostics: &diagnostics)
                results += files
                failures += failed
                continue
            }
            let sourcePage = try readPage(local.source, workspace: workspace, spec: spec, language: manifest.source)
            guard let source = sourcePage.document else {
                throw .input(sourcePage.findings.map { "\($0.locationText ?? local.source): error: \($0.message)" }.joined(separator: "\n"))
            }
            for code in codes {
                let path = local.translation.expanded(for: code)
                // Read, stamp and write under the file's lock, so that a `stamp` of another unit
                // running at the same time changes the file before or after us, never in between.
                let lock = dryRun ? nil : try files { () throws(ReaderError) in try FileLock.acquire(workspace.path(path)) }
                defer { lock?.release() }
                let page = try readPage(path, workspace: workspace, spec: spec, language: code)
                var result = StampResult.File(
                    document: spec.id, language: code, path: path, exists: page.exists, stamped: [], unchanged: [], skipped: [], written: false)
                guard page.exists else {
                    if required {
                        diagnostics.append("\(path): error: no \(code) translation to stamp; create it first")
                        failures += 1
                    }
                    results.append(result)
                    continue
                }
                guard let translation = page.document else {
                    page.findings.forEach { diagnostics.append("\($0.locationText ?? path): error: \($0.message)") }
                    failures += 1
                    continue
                }
                let stamp = Stamper().stamp(translation: translation, source: source, units: wanted)
                if stamp.changed, !dryRun {
                    try files { () throws(ReaderError) in try AtomicFile.write(stamp.bytes, to: workspace.path(path), inside: workspace.root) }
                    result.written = true
                }
                result.stamped = stamp.stamped
                result.unchanged = stamp.unchanged
                result.skipped = stamp.skipped.map { StampResult.File.Skipped(unit: $0.0, reason: $0.1) }
                results.append(result)
            }
        }
        return StampResult(dryRun: dryRun, files: results, diagnostics: diagnostics, failures: failures)
    }

    /// Stamps slide decks: writes each translated deck's stamp record (its sidecar) atomically.
    private func stampDecks(
        _ spec: DocumentSpec, local: LocalLocation, codes: [LanguageCode], required: Bool, wanted: Set<UnitID>?, dryRun: Bool,
        diagnostics: inout [String]
    ) throws(TrackerError) -> ([StampResult.File], Int) {
        let manifest = workspace.manifest
        let reader = DeckPageReader(workspace: workspace)
        let sourcePage = try files { () throws(ReaderError) in
            try reader.read(candidates: [local.source], document: spec.id, language: manifest.source, isSource: true)
        }
        guard let english = sourcePage.deck else {
            let messages = sourcePage.findings.map { "\($0.locationText ?? local.source): error: \($0.message)" }
            throw .input(
                messages.isEmpty ? "\(local.source): error: the English deck does not exist; create it or correct the path" : messages.joined(separator: "\n"))
        }
        var results: [StampResult.File] = []
        var failures = 0
        for code in codes {
            let page = try files { () throws(ReaderError) in try reader.read(candidates: local.translationCandidates(for: code), document: spec.id, language: code) }
            let path = page.location.path ?? local.translation.expanded(for: code)
            var result = StampResult.File(
                document: spec.id, language: code, path: path, exists: page.exists, stamped: [], unchanged: [], skipped: [], written: false)
            guard page.exists else {
                if required {
                    diagnostics.append("\(path): error: no \(code) deck to stamp; create it first")
                    failures += 1
                }
                results.append(result)
                continue
            }
            // A stamp record that cannot be read is not overwritten: it may be someone's work.
            let unreadable = page.findings.filter { $0.severity == .error }
            guard let deck = page.deck, unreadable.isEmpty else {
                unreadable.forEach { diagnostics.append("\($0.locationText ?? path): error: \($0.message)") }
                failures += 1
                continue
            }
            let stamp = DeckStamper().stamp(translation: deck, english: english, existing: page.deckStamp, sourcePath: local.source, units: wanted)
            if stamp.changed, !dryRun {
                let sidecar = DeckStamp.sidecarPath(of: path)
                try files { () throws(ReaderError) in try AtomicFile.write(stamp.stamp.encoded(), to: workspace.path(sidecar), inside: workspace.root) }
                result.written = true
            }
            result.stamped = stamp.stamped
            result.unchanged = stamp.unchanged
            result.skipped = stamp.skipped.map { StampResult.File.Skipped(unit: $0.0, reason: $0.1) }
            results.append(result)
        }
        return (results, failures)
    }

    private func read(_ path: String, workspace: Workspace, spec: DocumentSpec, language: LanguageCode) throws -> PageState {
        try LocalFilesReader.readPage(path: path, absolute: workspace.path(path), kind: .wikitext, document: spec.id, language: language)
    }

    /// Runs a file operation; its ``ReaderError`` becomes ``TrackerError/files(_:)``.
    private func files<T>(_ body: () throws(ReaderError) -> T) throws(TrackerError) -> T {
        do throws(ReaderError) { return try body() } catch { throw .files(error) }
    }

    private func readPage(_ path: String, workspace: Workspace, spec: DocumentSpec, language: LanguageCode) throws(TrackerError) -> PageState {
        do throws(ReaderError) {
            return try LocalFilesReader.readPage(path: path, absolute: workspace.path(path), kind: .wikitext, document: spec.id, language: language)
        } catch {
            throw .files(error)
        }
    }
}
