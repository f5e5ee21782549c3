import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerReaders

@Suite("LocalFilesReader")
struct LocalFilesReaderTests {
    @Test("reads the source and every target language; absent translations are absent, not errors")
    func snapshot() throws {
        let scratch = try Scratch.project()
        let workspace = try Workspace.open(manifestPath: nil, currentDirectory: scratch.root)
        let snapshot = try LocalFilesReader(workspace: workspace).read()
        #expect(snapshot.documents.count == 1)
        let summary = try #require(snapshot.documents.first)
        #expect(summary.source.document?.units.map(\.id) == ["1", "2"])
        #expect(summary.translations["fr"]?.exists == true)
        #expect(summary.translations["ar"]?.exists == false)
        #expect(summary.translations["ar"]?.location == .file(path: "locales/ar/summary.wiki"))
        #expect(snapshot.untracked == [UntrackedDocument(id: "slides", reason: "no local files declared; it is tracked on wikis only")])
    }

    @Test("filters by document and language")
    func filters() throws {
        let scratch = try Scratch.project()
        let workspace = try Workspace.open(manifestPath: nil, currentDirectory: scratch.root)
        let snapshot = try LocalFilesReader(workspace: workspace).read(documents: ["summary"], languages: ["fr"])
        #expect(snapshot.documents.first?.translations.keys.sorted() == ["fr"])
        #expect(snapshot.untracked.isEmpty)
    }

    @Test("a file that is not UTF-8 becomes a located finding")
    func notUTF8() throws {
        let scratch = try Scratch.project()
        try scratch.write("locales/ar/summary.wiki", Array("<!--T:1-->\nنص\n".utf8) + [0xC3, 0x28])
        let workspace = try Workspace.open(manifestPath: nil, currentDirectory: scratch.root)
        let page = try #require(try LocalFilesReader(workspace: workspace).read().documents.first?.translations["ar"])
        #expect(page.exists)
        #expect(page.document == nil)
        let finding = try #require(page.findings.first)
        #expect(finding.check == StatusCheck.input)
        #expect(finding.severity == .error)
        #expect(finding.line == 3 && finding.column == 1)
        #expect(finding.message.contains("byte offset \(Array("<!--T:1-->\nنص\n".utf8).count)"))
    }

    @Test("translation files for undeclared languages are reported, other folders are not")
    func unknownLanguages() throws {
        let scratch = try Scratch.project()
        try scratch.write("locales/de/summary.wiki", "Hallo\n")
        try scratch.write("locales/templates/readme.txt", "not a language\n")
        try scratch.write("locales/xx/other.wiki", "no summary here\n")
        let workspace = try Workspace.open(manifestPath: nil, currentDirectory: scratch.root)
        let findings = try LocalFilesReader(workspace: workspace).read().findings
        #expect(findings.map(\.file) == ["locales/de/summary.wiki"])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message.contains("'de' is not a language in the manifest") == true)
    }
}
