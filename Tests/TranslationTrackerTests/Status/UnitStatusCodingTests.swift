import Foundation
import Testing

@testable import TranslationTracker

/// ``UnitStatus`` keeps its evidence out of line and so writes its own `Codable`: it must
/// encode as the synthesized conformance of the same fields did, and read back what it wrote.
@Suite("unit status JSON")
struct UnitStatusCodingTests {
    /// The fields of ``UnitStatus``, with the conformance the compiler writes.
    private struct Synthesized: Codable {
        var id: UnitID
        var state: UnitState
        var provenance: ProvenanceKind
        var line: Int?
        var sourceLine: Int?
        var recorded: String?
        var expected: String?
        var evidence: UnitEvidence?
    }

    static let revision = RevisionRef(id: 42, timestamp: "2024-01-02T03:04:05Z")

    static let statuses = [
        UnitStatus(id: "1", state: .current, provenance: .recorded),
        UnitStatus(id: "h1a2b3c4d", state: .stale, provenance: .recorded, line: 3, sourceLine: 4, recorded: "79879d852e", expected: "7b11097e73"),
        UnitStatus(
            id: "7", state: .unverified, provenance: .translateInferred, line: 9,
            evidence: UnitEvidence(translation: revision, source: revision, signal: .renderedPage, rendered: revision)),
        UnitStatus(id: "8", state: .missing, provenance: .none, evidence: UnitEvidence()),
    ]

    private static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test(arguments: statuses)
    func encodesAsSynthesized(status: UnitStatus) throws {
        let synthesized = Synthesized(
            id: status.id, state: status.state, provenance: status.provenance, line: status.line, sourceLine: status.sourceLine,
            recorded: status.recorded, expected: status.expected, evidence: status.evidence)
        #expect(try Self.encoded(status) == Self.encoded(synthesized))
    }

    @Test(arguments: statuses)
    func roundTrips(status: UnitStatus) throws {
        let decoded = try JSONDecoder().decode(UnitStatus.self, from: Data(Self.encoded(status).utf8))
        #expect(decoded == status)
        #expect(decoded.evidence == status.evidence)
    }

    @Test func evidenceIsAValue() {
        var a = Self.statuses[2]
        let b = a
        a.evidence?.signal = .fuzzyMarker
        #expect(b.evidence?.signal == .renderedPage)
        #expect(a != b)
        a.evidence?.signal = .renderedPage
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
    }
}
