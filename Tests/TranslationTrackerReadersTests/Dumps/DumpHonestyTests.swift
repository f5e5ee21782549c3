import Foundation
import Testing
import TranslationTrackerReaders
import TranslationTracker
import XMLStream

/// What a dump read says about a file that is no export at all, and about an export of a schema
/// version the reader was not written for.
@Suite("DumpFile: honest errors and warnings")
struct DumpHonestyTests {
    /// Bytes of a PNG image: a binary file someone saved as `.xml`.
    static let binary: [UInt8] = {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var state: UInt32 = 12345
        for _ in 0..<4000 {
            state = state &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        return bytes
    }()

    @Test("a binary file named .xml is reported as not XML, not as incomplete", arguments: [1, 2])
    func binaryIsNotXML(threads: Int) throws {
        let scratch = try Scratch()
        try scratch.write("image.xml", Self.binary)
        let path = scratch.path("image.xml")
        var caught: DumpError?
        do { _ = try DumpSupport.read(path, threads: threads) } catch { caught = error }
        let error = try #require(caught)
        #expect(
            "\(error)" == "\(path): error: not a MediaWiki export: the file is not XML (its first characters are not an XML tag, "
                + "at byte 0, line 1, column 1); it may be another kind of file saved under this name (an image, an archive, "
                + "an HTML error page): export the pages again (Special:Export) or download the dump again")
    }
}

@Suite("DumpFile: export schema versions")
struct DumpSchemaVersionTests {
    static func export(version: String) -> [UInt8] {
        let text = String(decoding: SyntheticExport.document(pages: 40), as: UTF8.self)
            .replacingOccurrences(of: "export-0.11/\" version=\"0.11\"", with: "export-\(version)/\" version=\"\(version)\"")
        return Array(text.utf8)
    }

    @Test("an export of version 0.12 is read, with a warning naming the version", arguments: [1, 2])
    func unknownVersion(threads: Int) throws {
        let scratch = try Scratch()
        try scratch.write("new.xml", Self.export(version: "0.12"))
        let export = try DumpSupport.read(scratch.path("new.xml"), threads: threads, blockSize: 4096, pieceSize: 1000)
        #expect(export.pages.count == 40)
        #expect(export.siteInfo.schemaVersion == "0.12")
        #expect(
            export.schemaWarning
                == "export schema version 0.12 is not one this transtrack knows (0.10, 0.11); it was read as 0.11, so pages or revisions may be missed: check the results, or update transtrack"
        )
    }

    @Test("versions 0.10 and 0.11 read without a warning", arguments: ["0.10", "0.11"])
    func knownVersions(version: String) throws {
        let scratch = try Scratch()
        try scratch.write("known.xml", Self.export(version: version))
        let export = try DumpSupport.read(scratch.path("known.xml"), threads: 1)
        #expect(export.siteInfo.schemaVersion == version)
        #expect(export.schemaWarning == nil)
    }

    @Test("the warning becomes a warning finding on the dump file when dumps are read for status")
    func warningFinding() throws {
        let scratch = try Scratch()
        try scratch.write("meta.xml", Self.export(version: "0.12"))
        let manifest = Manifest(source: "en", languages: [Language(code: "en", name: "English", autonym: "English")], documents: [])
        let pages = try WikiPages.read([WikiDump(wiki: "meta", path: scratch.path("meta.xml"))], titles: WikiTitles(manifest: manifest))
        #expect(pages.findings.map(\.severity) == [.warning])
        #expect(pages.findings.map(\.check) == ["input"])
        #expect(pages.findings.map(\.file) == [scratch.path("meta.xml")])
        #expect(pages.findings.first?.message.hasPrefix("export schema version 0.12 is not one") == true)
    }
}
