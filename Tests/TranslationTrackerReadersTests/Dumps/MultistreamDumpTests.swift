import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerReaders

/// Multistream dumps read by their index: only the streams of wanted pages, the same pages as
/// the whole dump, and a stale index is an error naming its line.
@Suite("multistream dumps read by their index")
struct MultistreamDumpTests {
    static let wanted: Set<String> = ["Page 7", "Page 8", "Page 150", "Page 250"]
    static let wants: ExportReader.Filter = { wanted.contains($0) }

    /// A 250-page dump in 3 page streams, its compressed index beside it by Wikimedia's naming.
    static func written(_ fixture: MultistreamFixture, in scratch: Scratch, index: [UInt8]? = nil) throws -> (dump: String, index: String) {
        try scratch.write("test-multistream.xml.bz2", fixture.dump)
        try scratch.write("test-multistream-index.txt.bz2", index ?? fixture.index())
        return (scratch.path("test-multistream.xml.bz2"), scratch.path("test-multistream-index.txt.bz2"))
    }

    static func read(_ dump: String, index: String?, given: Bool = true) throws(DumpError) -> Export {
        try DumpFile.read(path: dump, wants: wants, options: DumpReadOptions(index: index.map { DumpIndex(path: $0, given: given) }))
    }

    @Test("by the index: the same pages as the whole dump read by lbzip2/bzip2, from fewer pages parsed")
    func samePages() throws {
        let scratch = try Scratch()
        let fixture = MultistreamFixture(xml: MultistreamFixture.export(pages: 250), pagesPerStream: 100)
        #expect(fixture.streamOffsets.count == 3)
        let (dump, index) = try Self.written(fixture, in: scratch)
        let whole = try Self.read(dump, index: nil)
        let indexed = try Self.read(dump, index: index)
        #expect(indexed.pages == whole.pages)
        #expect(indexed.pages.map(\.title) == ["Page 7", "Page 8", "Page 150", "Page 250"])
        #expect(indexed.pages.first?.latest?.text == "Text of page 7 & more")
        #expect(indexed.siteInfo == whole.siteInfo)
        #expect(whole.pagesSeen == 250)
        #expect(indexed.pagesSeen == 250, "each of the 3 streams holds a wanted page")
        let one = try DumpFile.read(path: dump, wants: { $0 == "Page 120" }, options: DumpReadOptions(index: DumpIndex(path: index, given: true)))
        #expect(one.pages.map(\.title) == ["Page 120"])
        #expect(one.pagesSeen == 100, "only the stream of pages 101-200 is read")
    }

    @Test("the index is found beside the dump by name, compressed or not; an explicit one wins")
    func foundByName() throws {
        let scratch = try Scratch()
        let fixture = MultistreamFixture(xml: MultistreamFixture.export(pages: 250), pagesPerStream: 100)
        let (dump, index) = try Self.written(fixture, in: scratch)
        #expect(DumpIndex.beside(dump) == DumpIndex(path: index, given: false))
        try FileManager.default.removeItem(atPath: index)
        #expect(DumpIndex.beside(dump) == nil)
        try scratch.write("test-multistream-index.txt", fixture.index(compressed: false))
        #expect(DumpIndex.beside(dump) == DumpIndex(path: scratch.path("test-multistream-index.txt"), given: false))
        #expect(DumpIndex.beside(scratch.path("test.xml.bz2")) == nil, "only Wikimedia's multistream name")
        let plain = try Self.read(dump, index: scratch.path("test-multistream-index.txt"))
        #expect(plain.pages.map(\.title) == ["Page 7", "Page 8", "Page 150", "Page 250"])
    }

    /// An index damaged one way, the line the error must name, and what it must say.
    struct StaleCase: Sendable, CustomStringConvertible {
        var name: String
        var damage: @Sendable (MultistreamFixture) -> [String]
        var line: Int?
        var says: String
        var description: String { name }
    }

    /// The lines with the offset of page stream `stream`, given `offset` instead.
    static func moving(_ fixture: MultistreamFixture, stream: Int, to offset: Int) -> [String] {
        fixture.lines.map { line in
            let parts = line.split(separator: ":", maxSplits: 2)
            return Int(parts[0]) == fixture.streamOffsets[stream] ? "\(offset):\(parts[1]):\(parts[2])" : line
        }
    }

    static let staleCases: [StaleCase] = [
        StaleCase(name: "offset beyond the end of the file", damage: { moving($0, stream: 2, to: 999_999_999) },
            line: 250, says: "offset 999999999 is beyond the end of the dump"),
        StaleCase(name: "offset not at a bzip2 stream", damage: { moving($0, stream: 1, to: $0.streamOffsets[1] + 1) },
            line: 150, says: "no bzip2 stream starts there"),
        StaleCase(name: "the stream does not hold the page", damage: { moving($0, stream: 1, to: $0.streamOffsets[0]) },
            line: 150, says: "does not hold page 150 'Page 150'"),
        StaleCase(name: "another dump's index: the ids differ", damage: { fixture in
            fixture.lines.map { line in
                let parts = line.split(separator: ":", maxSplits: 2)
                return "\(parts[0]):\(Int(parts[1])! + 5000):\(parts[2])"
            }
        }, line: 7, says: "holds page 'Page 7' with id 7, not 5007"),
        StaleCase(name: "an index older than the dump (its last stream missing)", damage: { fixture in
            Array(fixture.lines.prefix(200))
        }, line: 200, says: "the dump goes on after the index's last stream"),
        StaleCase(name: "an index missing the first stream", damage: { fixture in
            Array(fixture.lines.dropFirst(100))
        }, line: 1, says: "ends at byte"),
        StaleCase(name: "not an index at all", damage: { fixture in
            var lines = fixture.lines
            lines[2] = "<mediawiki>"
            return lines
        }, line: 3, says: "the line is not offset:pageid:title"),
        StaleCase(name: "offsets out of order", damage: { fixture in
            var lines = fixture.lines
            lines.swapAt(99, 100)
            return lines
        }, line: 101, says: "is smaller than the offset"),
    ]

    @Test("a stale or mismatched index is an error naming the index, its line and what to do", arguments: staleCases)
    func staleIndex(_ stale: StaleCase) throws {
        let scratch = try Scratch()
        let fixture = MultistreamFixture(xml: MultistreamFixture.export(pages: 250), pagesPerStream: 100)
        var damaged = fixture
        damaged.lines = stale.damage(fixture)
        let (dump, index) = try Self.written(fixture, in: scratch, index: damaged.index())
        let error = try #require(throws: DumpError.self) { try Self.read(dump, index: index) }
        let message = error.description
        let place = stale.line.map { "\(index):\($0): error: " } ?? "\(index): error: "
        #expect(message.hasPrefix(place), "\(message)")
        #expect(message.contains(stale.says), "\(message)")
        #expect(message.hasSuffix("regenerate the index or drop --index to read the whole dump"), "\(message)")
        // Found by name, the advice says how to do without it.
        let implicit = try #require(throws: DumpError.self) { try Self.read(dump, index: index, given: false) }
        #expect(implicit.description.contains("found beside the dump by its name: regenerate it, or move it away"))
    }

    @Test("status from Meta's export as a multistream dump with its index: the same report as from the XML")
    func sameStatus() throws {
        let scratch = try Scratch()
        let xml = try String(contentsOfFile: StatusDumps.folder + "/meta.xml", encoding: .utf8)
        let fixture = MultistreamFixture(xml: xml, pagesPerStream: 3)
        #expect(fixture.streamOffsets.count > 3)
        try scratch.write("metawiki-multistream.xml.bz2", fixture.dump)
        try scratch.write("metawiki-multistream-index.txt.bz2", fixture.index())
        let workspace = try StatusDumps.workspace()
        let plain = try DumpStatusReader(local: LocalFilesReader(workspace: workspace), dumps: [StatusDumps.dump("meta")]).status()
        let byName = try DumpStatusReader(
            local: LocalFilesReader(workspace: workspace), dumps: [WikiDump(wiki: "meta", path: scratch.path("metawiki-multistream.xml.bz2"))]
        ).status()
        #expect(byName == plain.relocated(from: StatusDumps.folder + "/meta.xml", to: scratch.path("metawiki-multistream.xml.bz2")))
    }
}

extension StatusReport {
    /// The same report with findings naming the dump file renamed (none do today; kept honest).
    fileprivate func relocated(from: String, to: String) -> StatusReport {
        var copy = self
        copy.findings = findings.map { finding in
            var finding = finding
            if finding.file == from { finding.file = to }
            return finding
        }
        return copy
    }
}
