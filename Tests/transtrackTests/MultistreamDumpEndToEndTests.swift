import Foundation
import Testing

/// `status --dump` on a multistream dump with its index (found by name or given with `--index`),
/// made in the test from Meta's export fixture with the `bzip2` tool: a stream per two pages.
@Suite("transtrack status with a multistream dump and its index")
struct MultistreamDumpEndToEndTests {
    static let meta = TempWorkspace.repository + "/Tests/TranslationTrackerReadersTests/Fixtures/status-dumps/meta.xml"

    /// bzip2 of `text`, as its own stream.
    static func bzip2(_ text: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bzip2", "-c"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(Data(text.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }

    /// Meta's export as `metawiki-multistream.xml.bz2` and its index lines.
    static func multistream(in workspace: TempWorkspace) throws -> [String] {
        let xml = try String(contentsOfFile: meta, encoding: .utf8)
        let first = xml.range(of: "<page>")!.lowerBound
        var dump = try bzip2(String(xml[..<first]))
        var lines: [String] = []
        var rest = xml[first...]
        var group: [Substring] = []
        func flush() throws {
            guard !group.isEmpty else { return }
            for page in group {
                let title = page.range(of: "<title>")!.upperBound
                let id = page.range(of: "<id>")!.upperBound
                lines.append("\(dump.count):\(page[id..<page[id...].range(of: "</id>")!.lowerBound]):\(page[title..<page[title...].range(of: "</title>")!.lowerBound])")
            }
            dump += try bzip2(group.joined())
            group = []
        }
        while let end = rest.range(of: "</page>\n") {
            group.append(rest[..<end.upperBound])
            rest = rest[end.upperBound...]
            if group.count == 2 { try flush() }
        }
        try flush()
        dump += try bzip2(String(rest))
        try workspace.write("dumps/metawiki-multistream.xml.bz2", dump)
        return lines
    }

    @Test("the index found beside the dump, or given with --index: the same status as the whole export")
    func sameStatus() throws {
        let workspace = try TempWorkspace.dataset()
        let lines = try Self.multistream(in: workspace)
        let whole = try workspace.run("status", "--dump", "meta=" + Self.meta)
        #expect(whole.status == 0, "\(whole.stderr)")
        // Without an index, the whole .bz2 is read by lbzip2/bzip2.
        let unindexed = try workspace.run("status", "--dump", "meta=dumps/metawiki-multistream.xml.bz2")
        #expect(unindexed.stdout == whole.stdout)
        try workspace.write("dumps/metawiki-multistream-index.txt.bz2", try Self.bzip2(lines.map { $0 + "\n" }.joined()))
        let byName = try workspace.run("status", "--dump", "meta=dumps/metawiki-multistream.xml.bz2")
        #expect(byName.status == 0, "\(byName.stderr)")
        #expect(byName.stdout == whole.stdout)
        try workspace.remove("dumps/metawiki-multistream-index.txt.bz2")
        try workspace.write("elsewhere/index.txt", lines.map { $0 + "\n" }.joined())
        let given = try workspace.run("status", "--dump", "meta=dumps/metawiki-multistream.xml.bz2", "--index", "elsewhere/index.txt")
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.stdout == whole.stdout)
        let named = try workspace.run(
            "status", "--dump", "meta=dumps/metawiki-multistream.xml.bz2", "--dump", "arwiki=" + Self.meta.replacingOccurrences(of: "meta.xml", with: "arwiki.xml"),
            "--index", "meta=elsewhere/index.txt")
        #expect(named.status == 0, "\(named.stderr)")
    }

    @Test("a stale index exits 2 with the index file, its line and what to do; --index alone is a usage error")
    func staleIndex() throws {
        let workspace = try TempWorkspace.dataset()
        var lines = try Self.multistream(in: workspace)
        // The index of an older dump: its last streams are missing.
        lines.removeLast(2)
        try workspace.write("stale-index.txt", lines.map { $0 + "\n" }.joined())
        let stale = try workspace.run("status", "--dump", "meta=dumps/metawiki-multistream.xml.bz2", "--index", "stale-index.txt")
        #expect(stale.status == 2)
        #expect(stale.stdout.isEmpty)
        #expect(
            stale.stderr.contains("stale-index.txt:\(lines.count): error: the multistream index of dumps/metawiki-multistream.xml.bz2 does not match the dump: "),
            "\(stale.stderr)")
        #expect(stale.stderr.contains("regenerate the index or drop --index to read the whole dump"), "\(stale.stderr)")

        let alone = try workspace.run("status", "--index", "stale-index.txt")
        #expect(alone.status == 64)
        #expect(alone.stderr.contains("--index is the index of a multistream dump: pass the dump with --dump WIKI=FILE too"), "\(alone.stderr)")
        let ambiguous = try workspace.run(
            "status", "--dump", "meta=dumps/metawiki-multistream.xml.bz2", "--dump", "arwiki=" + Self.meta, "--index", "stale-index.txt")
        #expect(ambiguous.status == 64)
        #expect(ambiguous.stderr.contains("does not say which dump it indexes; write --index WIKI=FILE"), "\(ambiguous.stderr)")
    }
}
