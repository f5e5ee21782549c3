import Testing
import TranslationTracker

@testable import TranslationTrackerReports

@Suite("terminal table with places (status --dump)")
struct PlacesTableTests {
    static func report() -> StatusReport {
        var counts = UnitCounts()
        counts.total = 2
        counts.current = 1
        counts.stale = 1
        let local = TranslationStatus(
            document: "plan", language: "ar", location: .file(path: "ar.wiki"), state: .outdated, counts: counts,
            units: [UnitStatus(id: "1", state: .current, provenance: .recorded), UnitStatus(id: "2", state: .stale, provenance: .recorded)])
        var meta = TranslationStatus(
            document: "plan", language: "ar", location: .wiki(id: "meta", title: "Plan/ar"), state: .outdated, counts: counts,
            units: [UnitStatus(id: "1", state: .current, provenance: .translate), UnitStatus(id: "2", state: .stale, provenance: .translate)])
        meta.revision = RevisionRef(id: 2200, timestamp: "2023-04-20T12:05:01Z")
        meta.translate = TranslateStats(total: 3, translated: 1, fuzzy: 1, basis: .unitPages, includesTitle: true)
        var arwiki = TranslationStatus(
            document: "plan", language: "ar", location: .wiki(id: "arwiki", title: "خطة"), state: .outdated, counts: counts,
            units: [UnitStatus(id: "1", state: .current, provenance: .inferred), UnitStatus(id: "2", state: .stale, provenance: .recorded)])
        arwiki.revision = RevisionRef(id: 3003, timestamp: "2023-06-01T10:00:00Z")
        let sources = [
            SourceStatus(location: .file(path: "en.wiki"), exists: true, units: 2),
            SourceStatus(location: .wiki(id: "meta", title: "Plan"), exists: true, units: 2, revision: RevisionRef(id: 1002, timestamp: "2023-04-20T12:00:00Z")),
        ]
        let document = DocumentStatus(
            id: "plan", name: "Plan", kind: .wikitext, source: sources[0], translations: [local, meta, arwiki], sources: sources + [sources[1]])
        return StatusReport(
            project: nil, sourceLanguage: "en", languages: [Language(code: "ar", name: "Arabic", autonym: "العربية", direction: .rtl)],
            documents: [document], untracked: [], findings: [])
    }

    @Test("each row names its place, how its states were decided, and the revision read")
    func rows() {
        let text = TerminalRenderer().render(Self.report())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("  source en at local: en.wiki, 2 units"))
        #expect(lines.contains("  source en at meta: Plan, 2 units, r1002 of 2023-04-20"), "each source once")
        #expect(lines.filter { $0.hasPrefix("  source en") }.count == 2)
        let header = lines.first { $0.hasPrefix("  lang") } ?? ""
        #expect(header.contains("place") && header.contains("provenance") && header.contains("page"))
        let rows = lines.filter { $0.hasPrefix("  ar ") }
        #expect(rows.count == 3)
        #expect(rows[0].contains("local") && rows[0].contains("recorded"))
        #expect(rows[1].contains("meta") && rows[1].contains("translate") && rows[1].hasSuffix("r2200 of 2023-04-20 · Translate 1/3 translated, 1 fuzzy"))
        #expect(rows[2].contains("arwiki") && rows[2].contains("recorded+inferred") && rows[2].hasSuffix("r3003 of 2023-06-01"))
    }

    @Test(
        "the provenance cell",
        arguments: [
            ([ProvenanceKind.recorded, .recorded], "recorded"), ([.inferred, .recorded], "recorded+inferred"), ([.translate], "translate"),
            ([.none], "-"), ([], "-"),
        ])
    func provenance(_ kinds: [ProvenanceKind], _ expected: String) {
        let units = kinds.enumerated().map { UnitStatus(id: UnitID("\($0.offset)"), state: $0.element == .none ? .unverified : .current, provenance: $0.element) }
        let status = TranslationStatus(document: "plan", language: "ar", location: .file(path: "ar.wiki"), state: .complete, counts: UnitCounts(), units: units)
        #expect(TerminalRenderer.provenance(status) == expected)
    }
}
