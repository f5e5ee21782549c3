import TranslationTracker
import TranslationTrackerReaders
import TranslationTrackerReports

/// The operations the `transtrack` commands are shells over, for any Swift program: read the
/// places, evaluate every state with the one `StatusEvaluator`, and return values (a report,
/// a gate's verdict, the missing list), never text or exit codes.
///
/// ```swift
/// let tracker = Tracker(workspace: try Workspace.open(manifestPath: nil, currentDirectory: "."))
/// let result = try await tracker.status(.dumps([WikiDump(wiki: "meta", path: "meta.xml")]), checks: true)
/// let verdict = Gate(failOn: [.stale]).evaluate(result.report)
/// ```
public struct Tracker: Sendable {
    /// The manifest and the folder its paths are relative to.
    public var workspace: Workspace

    /// A tracker of one workspace.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// What a read gave: the report and, when wikis were read live or from the cache, what was
    /// read and how (per wiki request tallies, for `--verbose`).
    public struct Reading: Sendable {
        /// The status at every place read.
        public var report: StatusReport
        package var snapshot: LiveSnapshot?
        /// What a live read changed in the cache.
        package var changes: [CacheChange]
    }

    /// The status of the chosen documents and languages at every place read. `checks` also runs
    /// the content checks (as `check` and `report` do) on every current or unverified unit,
    /// local or on a wiki.
    public func status(
        _ places: Places, documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil, checks: Bool = false
    ) async throws(TrackerError) -> Reading {
        let local = LocalFilesReader(workspace: workspace)
        let evaluator = StatusEvaluator(checks: checks ? CheckRunner(configuration: workspace.manifest.checks) : nil)
        var reading: Reading
        switch places {
        case .local:
            do throws(ReaderError) {
                reading = Reading(report: try local.status(documents: documents, languages: languages, evaluator: evaluator), snapshot: nil, changes: [])
            } catch {
                throw .files(error)
            }
        case .dumps(let dumps):
            do throws(WikiDumpError) {
                let report = try DumpStatusReader(local: local, dumps: dumps).status(documents: documents, languages: languages, evaluator: evaluator)
                reading = Reading(report: report, snapshot: nil, changes: [])
            } catch {
                throw .dumps(error)
            }
        case .live(let connections):
            reading = try await readWikis(.live(LiveReader(connections: connections)), documents: documents, languages: languages, evaluator: evaluator)
        case .offline:
            reading = try await readWikis(.offline, documents: documents, languages: languages, evaluator: evaluator)
        }
        if let languages { reading.report.languages = reading.report.languages.filter { languages.contains($0.code) } }
        return reading
    }

    private func readWikis(
        _ source: LiveStatusReader.Source, documents: Set<String>?, languages: Set<LanguageCode>?, evaluator: StatusEvaluator
    ) async throws(TrackerError) -> Reading {
        do throws(LiveError) {
            let result = try await LiveStatusReader(local: LocalFilesReader(workspace: workspace)).status(
                source, documents: documents, languages: languages, evaluator: evaluator)
            return Reading(report: result.report, snapshot: result.snapshot, changes: result.changes)
        } catch {
            throw .wikis(error)
        }
    }

    /// `check`: the status with content checks at every place read, and the gate's verdict on it.
    public func check(
        _ places: Places, gate: Gate, documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil
    ) async throws(TrackerError) -> (reading: Reading, result: Gate.Result) {
        let reading = try await status(places, documents: documents, languages: languages, checks: true)
        return (reading, gate.evaluate(reading.report))
    }

    /// `missing`: every missing translation and missing unit at every place read.
    public func missing(
        _ places: Places, documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil
    ) async throws(TrackerError) -> (reading: Reading, entries: [MissingList.Entry]) {
        let reading = try await status(places, documents: documents, languages: languages)
        return (reading, MissingList().entries(reading.report))
    }
}
