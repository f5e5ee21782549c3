import Foundation
import Testing

@Suite("bad input gives findings or errors with file:line, never a crash")
struct BadInputEndToEndTests {
    @Test("a translation that is not UTF-8 is a finding at its first bad byte")
    func notUTF8() throws {
        let workspace = try TempWorkspace.dataset()
        var bytes = Array("== Titre == <!--T:1-->\n\n<!--T:2-->\nCaf".utf8)
        bytes += [0xE9, 0x0A]  // Latin-1 é
        try workspace.write("locales/fr/summary.wiki", bytes)
        let status = try workspace.run("status")
        #expect(status.status == 0)
        let check = try workspace.run("check", "--fail-on", "error")
        #expect(check.status == 1)
        #expect(check.stdout.contains("locales/fr/summary.wiki:4:4: error: not valid UTF-8 (byte offset 38)"))
    }

    @Test("duplicate ids, stray and unclosed tags, misplaced markers are located findings")
    func structure() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.replace("locales/ru/summary.wiki", "<!--T:9 src=", with: "<!--T:8 src=")
        try workspace.replace("locales/id/summary.wiki", "<languages/>", with: "<languages/>\n</translate>")
        let text = try workspace.read("locales/es/summary.wiki")
        try workspace.write("locales/es/summary.wiki", text.replacingOccurrences(of: "en 5 idiomas", with: "en 5 idiomas <!--T:40-->"))
        let output = try workspace.run("check", "--fail-on", "error")
        #expect(output.status == 1)
        #expect(output.stdout.contains("locales/ru/summary.wiki:36:1: error: unit id 8 is used twice (first at line 25)"))
        #expect(output.stdout.contains("locales/id/summary.wiki:2:1: error: </translate> without a matching <translate>"))
        #expect(output.stdout.contains("locales/es/summary.wiki:") && output.stdout.contains("unit marker in an unsupported position"))
    }

    @Test("an unclosed <translate> in the English is reported and the units are still read")
    func unclosedTranslate() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.replace("locales/en/summary.wiki", "</translate>", with: "")
        let output = try workspace.run("check", "--fail-on", "error")
        #expect(output.status == 1)
        #expect(output.stdout.contains("locales/en/summary.wiki:3:1: error: <translate> is never closed"))
        // The section now runs to the end of the file, so `<references />` becomes a 16th unit.
        let status = try workspace.run("status")
        #expect(status.status == 0)
        #expect(status.stdout.contains("16 units"))
        let arabic = status.stdout.split(separator: "\n").first { $0.hasPrefix("  ar ") }
        #expect(arabic?.contains("incomplete") == true)
    }

    @Test("a folder for a language the manifest does not declare is a warning")
    func unknownLanguageFolder() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.write("locales/de/summary.wiki", "<!--T:1-->\nHallo\n")
        let output = try workspace.run("check", "--fail-on", "warning")
        #expect(output.status == 1)
        #expect(output.stdout.contains("locales/de/summary.wiki: warning: 'de' is not a language in the manifest"))
    }

    @Test("a translation path that is a folder is an input error, exit 2")
    func folderInsteadOfFile() throws {
        let workspace = try TempWorkspace.dataset()
        try FileManager.default.createDirectory(atPath: workspace.path("locales/ja/summary.wiki"), withIntermediateDirectories: true)
        let output = try workspace.run("status")
        #expect(output.status == 2)
        #expect(output.stderr.contains("summary.wiki: error: cannot read: it is a folder"))
    }
}
