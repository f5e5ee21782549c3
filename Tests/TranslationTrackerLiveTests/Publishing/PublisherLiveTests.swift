import TranslationTrackerReports
import AsyncHTTPClient
import Foundation
import Testing

@testable import TranslationTrackerLive

/// The publisher against the real MediaWiki of `scripts/mediawiki`, with edits by another user
/// made between our read and our save (through ``Publisher/afterRead``), so the conflicts are
/// the wiki's own: a refused edit when both change the same lines, a silent merge otherwise.
@Suite("Publishing on a real MediaWiki: conflicts", .enabled(if: TestWiki.shouldRun))
struct PublisherLiveTests {
    static let begin = WikitextBlock.begin, end = WikitextBlock.end
    static let intro = "Intro paragraph written by people.\n\nA second paragraph.\n\n"
    static let outro = "\n\nNotes below the table.\n\n[[Category:Translation status]]"
    static let oldBlock = "\(begin)\n{| class=\"wikitable\"\n! Language\n|-\n| old row\n|}\n\(end)"
    static let newBlock = "\(begin)\n{| class=\"wikitable\"\n! Language\n|-\n| العربية\n|-\n| français\n|}\n\(end)\n"

    func credentials(_ wiki: TestWiki) -> BotCredentials { BotCredentials(user: wiki.botUser, password: wiki.botPassword) }

    /// When the page's revision we read was saved: long ago, in a second of our choosing
    /// (imported, see ``TestWiki/importRevisions(_:_:http:)``), so whether a later edit falls
    /// in the same second or a later one is decided by the test, never by the clock.
    static let baseTime = "2001-01-15T00:00:00Z"

    @Test("a concurrent edit of the same lines is refused by the wiki; we re-read and save once more")
    func sameLinesConflict() async throws {
        guard let wiki = TestWiki.required() else { return }
        try await TestWiki.withHTTP { http in
            let title = TestWiki.uniquePrefix("Publish/Conflict")
            let base = try #require(
                try await wiki.importRevisions(title, [(Self.intro + Self.oldBlock + Self.outro, Self.baseTime, "Earlier editor")], http: http).first)
            let other = try await wiki.otherEditor(http: http)
            let concurrent = Box(0)
            let reads = Box<[Int?]>([])
            let client = MediaWikiClient(api: wiki.api, wiki: "test", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
            let publisher = Publisher(client: client, target: PublishTarget(wiki: "test", title: title)) { page, attempt in
                reads.value.append(page.revision)
                guard attempt == 1 else { return }
                // Another user changes the lines we replace, in a later second than the base.
                concurrent.value = (try? await other.edit(title, Self.intro + Self.oldBlock.replacingOccurrences(of: "old row", with: "edited by hand") + Self.outro)) ?? -1
            }
            let outcome = try await publisher.publish(block: Self.newBlock, summary: "test", create: false, credentials: credentials(wiki))
            #expect(concurrent.value > base)
            #expect(reads.value == [base, concurrent.value], "the second attempt must read the concurrent revision")
            let latest = try #require(try await wiki.latest(title, http: http))
            #expect(outcome == .updated(revision: latest.id, previous: base, merged: false))
            #expect(latest.parent == concurrent.value, "our save follows the concurrent edit; nothing was overwritten blindly")
            #expect(latest.text == Self.intro + Self.newBlock.dropLast() + Self.outro)
        }
    }

    static let editedIntro = intro.replacingOccurrences(of: "Intro paragraph written by people.", with: "Intro paragraph, improved meanwhile.")

    @Test("a concurrent edit of other lines in a later second is merged silently by the wiki; noticed from oldrevid and confirmed by a re-read")
    func differentLinesMerge() async throws {
        guard let wiki = TestWiki.required() else { return }
        try await TestWiki.withHTTP { http in
            let title = TestWiki.uniquePrefix("Publish/Merge")
            let base = try #require(
                try await wiki.importRevisions(title, [(Self.intro + Self.oldBlock + Self.outro, Self.baseTime, "Earlier editor")], http: http).first)
            let other = try await wiki.otherEditor(http: http)
            let concurrent = Box(0)
            let reads = Box<[Int?]>([])
            let client = MediaWikiClient(api: wiki.api, wiki: "test", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
            let publisher = Publisher(client: client, target: PublishTarget(wiki: "test", title: title)) { page, attempt in
                reads.value.append(page.revision)
                guard attempt == 1 else { return }
                concurrent.value = (try? await other.edit(title, Self.editedIntro + Self.oldBlock + Self.outro)) ?? -1
            }
            let outcome = try await publisher.publish(block: Self.newBlock, summary: "test", create: false, credentials: credentials(wiki))
            #expect(concurrent.value > base)
            let latest = try #require(try await wiki.latest(title, http: http))
            // One save of ours, which the wiki merged with theirs; the re-read finds the table in place.
            #expect(latest.parent == concurrent.value)
            #expect(reads.value == [base, latest.id])
            #expect(latest.text == Self.editedIntro + Self.newBlock.dropLast() + Self.outro)
            #expect(outcome == .updated(revision: latest.id, previous: base, merged: true))
        }
    }

    @Test("a concurrent edit of other lines in the base revision's second is saved over by the wiki; the publisher puts it back")
    func differentLinesSameSecond() async throws {
        guard let wiki = TestWiki.required() else { return }
        try await TestWiki.withHTTP { http in
            let title = TestWiki.uniquePrefix("Publish/SameSecond")
            let base = try #require(
                try await wiki.importRevisions(title, [(Self.intro + Self.oldBlock + Self.outro, Self.baseTime, "Earlier editor")], http: http).first)
            let concurrent = Box(0)
            let reads = Box<[Int?]>([])
            let client = MediaWikiClient(api: wiki.api, wiki: "test", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
            let publisher = Publisher(client: client, target: PublishTarget(wiki: "test", title: title)) { page, attempt in
                reads.value.append(page.revision)
                guard attempt == 1 else { return }
                // Someone else's edit with the very second of the revision we read: MediaWiki's
                // self-conflict check (only revisions after that second count) lets our save
                // replace it instead of merging.
                let ids = try? await wiki.importRevisions(title, [(Self.editedIntro + Self.oldBlock + Self.outro, Self.baseTime, "Concurrent editor")], http: http)
                concurrent.value = ids?.last ?? -1
            }
            let outcome = try await publisher.publish(block: Self.newBlock, summary: "test", create: false, credentials: credentials(wiki))
            #expect(concurrent.value > base)
            let history = try await wiki.history(title, http: http)
            let latest = try #require(try await wiki.latest(title, http: http))
            // Four revisions: the base, theirs, ours saved over theirs (read again by the second
            // attempt), and ours built on their text.
            try #require(history.count == 4)
            #expect(history[0..<2] == [base, concurrent.value])
            #expect(reads.value == [base, history[2]])
            #expect(latest.id == history.last)
            #expect(latest.text == Self.editedIntro + Self.newBlock.dropLast() + Self.outro)
            #expect(outcome == .updated(revision: latest.id, previous: base, merged: true))
        }
    }

    @Test("a page that changes again after the re-read is reported as a conflict (exit 1), never overwritten")
    func keepsChanging() async throws {
        guard let wiki = TestWiki.required() else { return }
        try await TestWiki.withHTTP { http in
            let title = TestWiki.uniquePrefix("Publish/KeepsChanging")
            _ = try await wiki.importRevisions(title, [(Self.intro + Self.oldBlock + Self.outro, Self.baseTime, "Earlier editor")], http: http)
            let lastEdit = Box(0)
            let client = MediaWikiClient(api: wiki.api, wiki: "test", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
            let publisher = Publisher(client: client, target: PublishTarget(wiki: "test", title: title)) { _, attempt in
                // Before each of our saves, someone else rewrites the table by hand, one second
                // after the revision we read.
                let text = Self.intro + Self.oldBlock.replacingOccurrences(of: "old row", with: "hand edit \(attempt)") + Self.outro
                let ids = try? await wiki.importRevisions(title, [(text, "2001-01-15T00:00:0\(attempt)Z", "Hand editor")], http: http)
                lastEdit.value = ids?.last ?? -1
            }
            do throws(PublishError) {
                let outcome = try await publisher.publish(block: Self.newBlock, summary: "test", create: false, credentials: credentials(wiki))
                Issue.record("expected a conflict, got \(outcome)")
            } catch {
                #expect(error.exitCode == 1)
                #expect(error.description == "test:\(title): edit conflict: the page changed again after a re-read and one retry: Edit conflict. (editconflict); look at the page's history, then run publish again")
            }
            let latest = try #require(try await wiki.latest(title, http: http))
            #expect(latest.id == lastEdit.value, "the other user's last edit stays the latest revision")
            #expect(latest.text == Self.intro + Self.oldBlock.replacingOccurrences(of: "old row", with: "hand edit 2") + Self.outro)
        }
    }

    @Test("a token made stale by a new session between read and save (badtoken) is renewed once")
    func badToken() async throws {
        guard let wiki = TestWiki.required() else { return }
        try await TestWiki.withHTTP { http in
            let title = TestWiki.uniquePrefix("Publish/BadToken")
            let bot = try await wiki.seeder(http: http)
            let base = try await bot.edit(title, Self.intro + Self.oldBlock + Self.outro)
            let client = MediaWikiClient(api: wiki.api, wiki: "test", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
            let renewed = Box(false)
            let publisher = Publisher(client: client, target: PublishTarget(wiki: "test", title: title)) { _, attempt in
                guard attempt == 1 else { return }
                // Log the publisher's own client out and in again: a new session, so the CSRF
                // token the publisher holds no longer matches.
                do {
                    let csrf = try await client.call([("action", "query"), ("meta", "tokens")])["query"]?["tokens"]?["csrftoken"]?.string ?? ""
                    _ = try await client.call([("action", "logout"), ("token", csrf)], post: true)
                    let login = try await client.call([("action", "query"), ("meta", "tokens"), ("type", "login")])
                    let token = login["query"]?["tokens"]?["logintoken"]?.string ?? ""
                    let answer = try await client.call(
                        [("action", "login"), ("lgname", wiki.botUser), ("lgpassword", wiki.botPassword), ("lgtoken", token)], post: true)
                    renewed.value = answer["login"]?["result"]?.string == "Success"
                } catch {
                    Issue.record("could not renew the session: \(error)")
                }
            }
            let outcome = try await publisher.publish(block: Self.newBlock, summary: "test", create: false, credentials: credentials(wiki))
            #expect(renewed.value)
            let latest = try #require(try await wiki.latest(title, http: http))
            #expect(outcome == .updated(revision: latest.id, previous: base, merged: false))
            #expect(latest.text == Self.intro + Self.newBlock.dropLast() + Self.outro)
        }
    }

    @Test("create, then update, then nothing to do")
    func createUpdateNochange() async throws {
        guard let wiki = TestWiki.required() else { return }
        try await TestWiki.withHTTP { http in
            let title = TestWiki.uniquePrefix("Publish/Lifecycle")
            let client = MediaWikiClient(api: wiki.api, wiki: "test", userAgent: "transtrack-tests/1.0 (tests@transtrack.invalid)", http: http)
            let publisher = Publisher(client: client, target: PublishTarget(wiki: "test", title: title))
            await #expect(throws: PublishError.self) {
                try await publisher.publish(block: Self.newBlock, summary: "test", create: false, credentials: credentials(wiki))
            }
            let created = try await publisher.publish(block: Self.newBlock, summary: "test", create: true, credentials: credentials(wiki))
            guard case .created(let first) = created else {
                Issue.record("expected a creation, got \(created)")
                return
            }
            #expect(try await wiki.latest(title, http: http)?.text == String(Self.newBlock.dropLast()))
            let again = try await publisher.publish(block: Self.newBlock, summary: "test", create: true, credentials: credentials(wiki))
            #expect(again == .upToDate(revision: first))
            let changed = Self.newBlock.replacingOccurrences(of: "français", with: "español")
            let updated = try await publisher.publish(block: changed, summary: "test", create: false, credentials: credentials(wiki))
            let latest = try #require(try await wiki.latest(title, http: http))
            #expect(updated == .updated(revision: latest.id, previous: first, merged: false))
        }
    }
}
