import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerLive

@Suite("Publishing inputs: the target, the credentials, the summary")
struct PublishInputTests {
    @Test(
        "WIKI:TITLE splits at the first colon",
        arguments: [
            ("meta:Translation status", PublishTarget(wiki: "meta", title: "Translation status")),
            ("meta:User:Example/Status", PublishTarget(wiki: "meta", title: "User:Example/Status")),
        ])
    func target(_ text: String, _ expected: PublishTarget) {
        #expect(PublishTarget(text) == expected)
    }

    @Test("a target without a wiki or a title is refused", arguments: ["meta", ":Title", "meta:", ""])
    func badTargets(_ text: String) {
        #expect(PublishTarget(text) == nil)
    }

    @Test("credentials come from the environment, and their description hides the password")
    func environment() throws {
        let credentials = try BotCredentials.load(
            file: nil, environment: ["TRANSTRACK_BOT_USER": "Example@transtrack", "TRANSTRACK_BOT_PASSWORD": "s3cret-value"])
        #expect(credentials.user == "Example@transtrack")
        #expect(!"\(credentials)".contains("s3cret-value"))
        #expect(!String(reflecting: credentials).contains("s3cret-value"))
        #expect(throws: PublishError.self) { try BotCredentials.load(file: nil, environment: ["TRANSTRACK_BOT_USER": "Example@transtrack"]) }
    }

    @Test("a credentials file must be mode 0600; the error names the file and chmod 600")
    func fileMode() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("transtrack-credentials-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "# bot\nuser=Example@transtrack\npassword = s3cret-value\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        do throws(PublishError) {
            _ = try BotCredentials.read(path)
            Issue.record("a 0644 credentials file was accepted")
        } catch {
            #expect(error.description.contains(path))
            #expect(error.description.contains("chmod 600"))
            #expect(error.exitCode == 2)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let credentials = try BotCredentials.read(path)
        #expect(credentials.user == "Example@transtrack")
        #expect(credentials.password == "s3cret-value")
    }

    @Test("a malformed credentials file is refused without quoting the line")
    func malformedFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("transtrack-credentials-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "user=Example@transtrack\ns3cret-value\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        do throws(PublishError) {
            _ = try BotCredentials.read(path)
            Issue.record("a malformed credentials file was accepted")
        } catch {
            #expect(error.description.contains("line 2"))
            #expect(!error.description.contains("s3cret-value"))
        }
    }

    @Test("the edit summary names transtrack and the counts")
    func summary() {
        var totals = Totals([])
        totals.translations = 11
        totals.complete = 1
        totals.outdated = 2
        totals.incomplete = 6
        totals.missing = 2
        totals.coverage = 71.5
        let text = PublishSummary.text(totals)
        #expect(text.hasPrefix("transtrack "))
        #expect(text.contains("11 translations: 1 complete, 2 outdated, 6 incomplete, 2 missing; 71.5% of units current"))
    }

    @Test("the md5 sent with an edit is the hex MD5 of the UTF-8 text")
    func md5() {
        #expect(Publisher.md5("") == "d41d8cd98f00b204e9800998ecf8427e")
        #expect(Publisher.md5("é") == "66ddcd97cfdeabb2f6fb8a999b4bc76f")
    }
}
