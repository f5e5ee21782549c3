import TranslationTracker

/// What changed since a baseline report (`--compare BASELINE.json`), per document and language:
/// units that became current, units no longer current, units newly stale.
public struct ReportComparison: Sendable, Hashable, Codable {
    /// What changed for one translation.
    public struct Change: Sendable, Hashable, Codable {
        /// The document's id.
        public var document: String
        /// The translation's language.
        public var language: LanguageCode
        /// Coverage in the baseline; nil when the translation was not there.
        public var coverageBefore: Double?
        /// Coverage now.
        public var coverageNow: Double
        /// Units current now that were not in the baseline.
        public var gained: [UnitID]
        /// Units current in the baseline that are not now.
        public var lost: [UnitID]
        /// Units stale now that were not stale in the baseline.
        public var newlyStale: [UnitID]

        /// Whether nothing changed.
        public var isEmpty: Bool { gained.isEmpty && lost.isEmpty && newlyStale.isEmpty && coverageBefore == coverageNow }
    }

    /// One entry per translation that changed.
    public var changes: [Change]

    /// What changed from `baseline` to `current`.
    public init(baseline: StatusReport, current: StatusReport) {
        var before: [String: TranslationStatus] = [:]
        for status in baseline.translations { before["\(status.document)/\(status.language)"] = status }
        changes = current.translations.map { status in
            let old = before["\(status.document)/\(status.language)"]
            let oldCurrent = Set(old?.units(.current).map(\.id) ?? [])
            let oldStale = Set(old?.units(.stale).map(\.id) ?? [])
            let nowCurrent = status.units(.current).map(\.id)
            let nowCurrentSet = Set(nowCurrent)
            return Change(
                document: status.document, language: status.language, coverageBefore: old?.coverage, coverageNow: status.coverage,
                gained: nowCurrent.filter { !oldCurrent.contains($0) },
                lost: (old?.units(.current).map(\.id) ?? []).filter { !nowCurrentSet.contains($0) },
                newlyStale: status.units(.stale).map(\.id).filter { !oldStale.contains($0) })
        }
    }

    /// What changed for one translation, or nil when nothing did.
    public func change(document: String, language: LanguageCode) -> Change? {
        changes.first { $0.document == document && $0.language == language }
    }
}
