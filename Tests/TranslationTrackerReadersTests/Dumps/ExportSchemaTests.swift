import Foundation
import TranslationTrackerReaders
import Testing

/// Our export fixtures are real MediaWiki exports as far as MediaWiki's own schema can tell.
///
/// The schemas come from Debian's `mediawiki` package (`/usr/share/doc/mediawiki/docs/export-0.1x.xsd.gz`,
/// which `scripts/test` installs), never from the network: each imports the W3C's `xml.xsd` by URL,
/// so the test writes a copy whose import points at `Fixtures/dumps/xml.xsd`, a small local
/// declaration of the `xml:` attributes. Without the package or `xmllint` the test is skipped
/// locally and fails under `CI=true`, where a skipped schema check would hide a wrong fixture.
@Suite("Export fixtures against MediaWiki's export schemas")
struct ExportSchemaTests {
    static let schemaFolder = "/usr/share/doc/mediawiki/docs"
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Every XML fixture the reader tests parse, with the export version it declares.
    static let fixtures: [String] = {
        let folders = ["Tests/TranslationTrackerReadersTests/Fixtures/dumps", "Tests/TranslationTrackerReadersTests/Fixtures/status-dumps"]
        return folders.flatMap { folder -> [String] in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: DumpSupport.root + "/" + folder)) ?? []
            return names.filter { $0.hasSuffix(".xml") }.sorted().map { folder + "/" + $0 }
        }
    }()

    static var canRun: Bool {
        DumpSupport.which("xmllint") != nil && FileManager.default.fileExists(atPath: schemaFolder + "/export-0.11.xsd.gz")
    }

    @Test("there are fixtures of both export versions")
    func fixturesExist() throws {
        let versions = try Set(Self.fixtures.map { try Self.version(of: $0) })
        #expect(versions == ["0.10", "0.11"], "fixtures: \(Self.fixtures)")
        #expect(Self.fixtures.count >= 6)
    }

    @Test("each fixture validates with xmllint --schema", .enabled(if: canRun || isCI), arguments: fixtures)
    func validates(_ fixture: String) throws {
        guard Self.canRun else {
            Issue.record(
                "CI=true and no xmllint or MediaWiki export schema: install libxml2-utils and mediawiki (apt-get install libxml2-utils mediawiki), as scripts/test does"
            )
            return
        }
        let scratch = try Scratch()
        let version = try Self.version(of: fixture)
        let schema = try Self.offlineSchema(version: version, in: scratch)
        let (status, output) = try Self.xmllint(["--noout", "--nonet", "--schema", schema, DumpSupport.root + "/" + fixture])
        #expect(status == 0, "\(fixture) does not validate against export-\(version).xsd:\n\(output)")
        #expect(output.contains("validates"), "\(output)")
    }

    @Test("a revision without its sha1 fails: the check is real", .enabled(if: canRun))
    func catchesAnInvalidExport() throws {
        let scratch = try Scratch()
        let original = try String(contentsOfFile: DumpSupport.root + "/" + Self.fixtures.first { $0.contains("status-dumps/frwiki") }!, encoding: .utf8)
        let broken = original.replacingOccurrences(of: #"<sha1>[0-9a-z]*</sha1>"#, with: "", options: .regularExpression)
        #expect(broken != original)
        try scratch.write("broken.xml", broken)
        let schema = try Self.offlineSchema(version: "0.11", in: scratch)
        let (status, output) = try Self.xmllint(["--noout", "--nonet", "--schema", schema, scratch.path("broken.xml")])
        #expect(status != 0)
        #expect(output.contains("sha1"), "\(output)")
    }

    /// The `version="0.1x"` of a fixture's root element.
    static func version(of fixture: String) throws -> String {
        let text = try String(contentsOfFile: DumpSupport.root + "/" + fixture, encoding: .utf8)
        guard let range = text.range(of: #"version="0\.1[01]""#, options: .regularExpression) else {
            throw SchemaTestError("\(fixture): no export version 0.10 or 0.11 on its root element")
        }
        return String(text[range].dropFirst(9).dropLast())
    }

    /// MediaWiki's schema with its `xml.xsd` import pointed at the local declaration.
    static func offlineSchema(version: String, in scratch: Scratch) throws -> String {
        let unzipped = scratch.path("export-\(version).xsd.orig")
        let status = try DumpSupport.run(["gzip", "-dc", schemaFolder + "/export-\(version).xsd.gz"], output: unzipped)
        guard status == 0 else { throw SchemaTestError("gzip -dc \(schemaFolder)/export-\(version).xsd.gz failed") }
        let text = try String(contentsOfFile: unzipped, encoding: .utf8)
        let remote = "schemaLocation=\"http://www.w3.org/2001/xml.xsd\""
        guard text.contains(remote) else { throw SchemaTestError("export-\(version).xsd no longer imports \(remote)") }
        let local = "schemaLocation=\"\(DumpSupport.fixture("xml.xsd"))\""
        try scratch.write("export-\(version).xsd", text.replacingOccurrences(of: remote, with: local))
        return scratch.path("export-\(version).xsd")
    }

    /// Runs xmllint; returns its status and what it wrote to standard error.
    static func xmllint(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DumpSupport.which("xmllint")!)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = PipeReader.readAll(errors.fileHandleForReading)
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

struct SchemaTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
