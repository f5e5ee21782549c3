import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerReports

/// The streamed JSON must be the bytes `JSONEncoder` gives (``JSONRenderer``), on the golden
/// reports and on random reports where every optional is set or not and strings hold what
/// JSON must escape.
@Suite("streamed JSON report")
struct StatusReportJSONTests {
    private func streamed(_ report: StatusReport) -> String {
        String(decoding: StatusReportJSON().bytes(report), as: UTF8.self)
    }

    @Test func goldenSample() throws {
        try Golden.check(streamed(SampleReport.report), against: "status.json")
    }

    @Test func hostileSampleEqualsEncoder() {
        var report = CIReportSample.hostile
        report.findings += CIReportSample.hostileWikiFindings
        #expect(streamed(report) == JSONRenderer().render(report))
    }

    @Test(arguments: 0..<40)
    func randomReportEqualsEncoder(seed: Int) {
        var random = RandomReport(seed: UInt64(seed))
        let report = random.report(units: seed % 5 == 0 ? 2_000 : 12)
        #expect(streamed(report) == JSONRenderer().render(report))
    }

    @Test("chunks delivered in order add up to the whole report")
    func chunked() throws {
        // The first seed from 99 whose report fills several chunks.
        var seed: UInt64 = 99
        var report: StatusReport
        repeat {
            var random = RandomReport(seed: seed)
            report = random.report(units: 5_000)
            seed += 1
        } while StatusReportJSON().bytes(report).count < 3 * ChunkedOutput.chunkSize
        final class Chunks { var sizes: [Int] = []; var bytes: [UInt8] = [] }
        let chunks = Chunks()
        try StatusReportJSON().write(report, to: ChunkedOutput { chunks.sizes.append($0.count); chunks.bytes += $0 })
        #expect(chunks.sizes.count > 1)
        #expect(chunks.sizes.dropLast().allSatisfy { $0 >= ChunkedOutput.chunkSize })
        #expect(String(decoding: chunks.bytes, as: UTF8.self) == JSONRenderer().render(report))
    }

    @Test("strings escape as the encoder escapes them", arguments: [
        "", "plain", "a/b", "quote \" backslash \\", "\u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1F}\u{7F}",
        "é 中文 🎉 \u{200F}\u{2028}\u{2029}\u{FEFF}", "</script>",
    ])
    func escaping(text: String) {
        var report = SampleReport.report
        report.project = text
        #expect(streamed(report) == JSONRenderer().render(report))
    }

    @Test("numbers print as the encoder prints them", arguments: [0.0, 100, 86.6, 0.1, 99.9, 1e-7, 1e21, -0.0, 33.3])
    func doubles(value: Double) {
        var report = SampleReport.report
        report.totals.coverage = value
        #expect(streamed(report) == JSONRenderer().render(report))
    }
}

/// Reports with random shapes and contents, the same for the same seed.
private struct RandomReport {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    private mutating func bool() -> Bool { next() & 1 == 0 }
    private mutating func maybe<T>(_ make: (inout RandomReport) -> T) -> T? { bool() ? make(&self) : nil }
    private mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }

    private static let pieces = [
        "a", "Budget", " ", "/", "\\", "\"", "\n", "\t", "\u{0}", "\u{1B}", "\u{7F}", "é", "中", "🎉", "\u{200F}", "<b>", "&", "{{x}}", "%s",
        "locales/ar/summary.wiki", "2024-01-02T03:04:05Z",
    ]

    mutating func string() -> String { (0..<int(0...6)).map { _ in pick(Self.pieces) }.joined() }

    mutating func revision() -> RevisionRef { RevisionRef(id: int(0...1_000_000), timestamp: string()) }

    mutating func location() -> PageLocation { bool() ? .file(path: string()) : .wiki(id: string(), title: string()) }

    mutating func unit() -> UnitStatus {
        let evidence = maybe {
            UnitEvidence(
                translation: $0.maybe { $0.revision() }, source: $0.maybe { $0.revision() },
                signal: $0.maybe { $0.pick([TranslateSignal.fuzzyMarker, .renderedPage, .englishHistory]) }, rendered: $0.maybe { $0.revision() })
        }
        return UnitStatus(
            id: UnitID(string()), state: pick(UnitState.allCases), provenance: pick([.recorded, .inferred, .translate, .translateInferred, .none]),
            line: maybe { $0.int(1...99_999) }, sourceLine: maybe { $0.int(1...99_999) }, recorded: maybe { $0.string() },
            expected: maybe { $0.string() }, evidence: evidence)
    }

    mutating func counts() -> UnitCounts {
        var counts = UnitCounts()
        counts.total = int(0...500)
        counts.current = int(0...counts.total)
        counts.stale = int(0...9)
        counts.missing = int(0...9)
        counts.unverified = int(0...9)
        counts.extra = int(0...9)
        return counts
    }

    mutating func translation(document: String, units: Int) -> TranslationStatus {
        var status = TranslationStatus(
            document: document, language: LanguageCode(string()), location: location(), state: pick(DocumentState.allCases),
            counts: counts(), units: (0..<units).map { _ in unit() }, matchedByPosition: bool())
        status.revision = maybe { $0.revision() }
        status.translate = maybe {
            TranslateStats(
                total: $0.int(0...99), translated: $0.int(0...99), fuzzy: $0.int(0...99), proofread: $0.maybe { $0.int(0...99) },
                basis: $0.pick([.wiki, .unitPages, .renderedPage]), includesTitle: $0.bool())
        }
        return status
    }

    mutating func source() -> SourceStatus {
        SourceStatus(location: location(), exists: bool(), units: int(0...999), revision: maybe { $0.revision() })
    }

    mutating func finding() -> Finding {
        Finding(
            check: string(), severity: pick(Severity.allCases), document: maybe { $0.string() }, language: maybe { LanguageCode($0.string()) },
            unit: maybe { UnitID($0.string()) }, file: maybe { $0.string() }, line: maybe { $0.int(1...999) }, column: maybe { $0.int(1...99) },
            message: string(), fragments: maybe { random in (0..<random.int(0...3)).map { _ in random.string() } },
            wiki: maybe {
                WikiLocation(
                    wiki: $0.string(), title: $0.string(), revision: $0.maybe { $0.int(1...999_999) }, url: $0.maybe { $0.string() },
                    englishDiff: $0.maybe { $0.string() }, englishEditsBehind: $0.maybe { $0.int(0...99) })
            })
    }

    mutating func report(units: Int) -> StatusReport {
        let documents = (0..<int(0...3)).map { _ in
            let id = string()
            return DocumentStatus(
                id: id, name: string(), kind: pick(DocumentKind.allCases), source: source(),
                translations: (0..<int(0...3)).map { _ in translation(document: id, units: int(0...units)) },
                sources: maybe { random in (0..<random.int(0...2)).map { _ in random.source() } })
        }
        let languages = (0..<int(0...3)).map { _ in
            Language(code: LanguageCode(string()), name: string(), autonym: string(), direction: pick(TextDirection.allCases))
        }
        return StatusReport(
            project: maybe { $0.string() }, sourceLanguage: LanguageCode(string()), languages: languages, documents: documents,
            untracked: (0..<int(0...2)).map { _ in UntrackedDocument(id: string(), reason: string()) },
            findings: (0..<int(0...6)).map { _ in finding() })
    }
}
