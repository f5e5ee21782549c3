import TranslationTrackerReports
import Digests
import Foundation

/// Publishes a marked block (the wikitext status table) on one page of one wiki, replacing only
/// the part between the transtrack markers (see ``WikitextBlock``).
///
/// One publish: log in, read the latest revision (with the wiki's clock), put the block into
/// that text, and save with `action=edit` carrying `baserevid`, `basetimestamp` and
/// `starttimestamp`, so that MediaWiki notices anything saved after our read. When it does, it
/// either refuses (`editconflict`) or merges our change with the other one without saying so;
/// the answer's `oldrevid` then differs from our `baserevid`. Either way we read again, put the
/// block into the newest text and save once more; a second conflict is reported (exit 1).
/// After a silent merge the block goes into the other edit's own text, because MediaWiki saves
/// over an edit made in the same second as the revision we read instead of merging it.
///
/// A `badtoken` answer gets a fresh token once. The text carries its `md5`, so a transfer that
/// damaged it is refused, and `nocreate` (or `createonly` with `--create`) makes the wiki refuse
/// to create or overwrite a page behind our back.
///
/// ```swift
/// let publisher = Publisher(client: client, target: PublishTarget("meta:Translation status")!)
/// let outcome = try await publisher.publish(block: table, summary: summary, create: false, credentials: credentials)
/// ```
package struct Publisher: Sendable {
    package let client: MediaWikiClient
    package let target: PublishTarget
    /// Called after each read of the page and before the save that follows it, with the read
    /// and the attempt number (1, then 2 after a conflict). Tests make concurrent edits here.
    package var afterRead: @Sendable (PageSnapshot, Int) async -> Void
    /// Progress lines for `--verbose` (login, reads, retries); never the password.
    package var log: @Sendable (String) -> Void

    /// Saves in all for one publish: the first, and one after a conflict.
    package static let attempts = 2

    package init(
        client: MediaWikiClient, target: PublishTarget, afterRead: @escaping @Sendable (PageSnapshot, Int) async -> Void = { _, _ in },
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.client = client
        self.target = target
        self.log = log
        self.afterRead = afterRead
    }

    /// The page's latest revision, or a missing page, with the wiki's time of the read.
    package func read() async throws(PublishError) -> PageSnapshot {
        let answer: JSONValue
        do throws(MediaWikiError) {
            answer = try await client.call([
                ("action", "query"), ("prop", "revisions"), ("titles", target.title), ("rvprop", "ids|timestamp|content"),
                ("rvslots", "main"), ("curtimestamp", "1"),
            ])
        } catch {
            throw .wiki(error)
        }
        let readAt = answer["curtimestamp"]?.string ?? ""
        guard let page = answer["query"]?["pages"]?[0] else {
            throw .wiki(.malformed(wiki: client.wiki, reason: "no page in the answer to a revisions query"))
        }
        if page["invalid"]?.bool == true {
            throw .invalidTitle(target: target, reason: page["invalidreason"]?.string ?? "invalid")
        }
        let title = page["title"]?.string ?? target.title
        guard page["missing"]?.bool != true, let revision = page["revisions"]?[0] else {
            return PageSnapshot(title: title, revision: nil, timestamp: nil, readAt: readAt, text: "")
        }
        guard let id = revision["revid"]?.int, let slot = revision["slots"]?["main"], let text = slot["content"]?.string else {
            throw .wiki(.malformed(wiki: client.wiki, reason: "the latest revision of \(title) has no readable text"))
        }
        return PageSnapshot(title: title, revision: id, timestamp: revision["timestamp"]?.string, readAt: readAt, text: text)
    }

    /// The text the page would have with `block` in it: the page's own text with the marked
    /// part replaced, or, for a missing page and `create`, just the block.
    package func text(for block: String, on page: PageSnapshot, create: Bool) throws(PublishError) -> String {
        guard page.exists else {
            guard create else { throw .missingPage(target: target) }
            do throws(WikitextBlock.Problem) { return try WikitextBlock.newPage(block) } catch { throw .markers(target: target, problem: error) }
        }
        do throws(WikitextBlock.Problem) { return try WikitextBlock.replace(in: page.text, with: block) } catch { throw .markers(target: target, problem: error) }
    }

    /// What `--dry-run` shows: the page as read and as it would be saved. Reads without logging in.
    package func preview(block: String, create: Bool) async throws(PublishError) -> (page: PageSnapshot, text: String) {
        let page = try await read()
        return (page, try text(for: block, on: page, create: create))
    }

    /// Logs in and saves the block; see the type's documentation for conflicts and retries.
    package func publish(block: String, summary: String, create: Bool, credentials: BotCredentials) async throws(PublishError) -> PublishOutcome {
        var session = try await login(credentials)
        return try await publish(block: block, summary: summary, create: create, session: &session)
    }

    /// A session for ``publish(block:summary:create:session:)``, so that several pages of one
    /// wiki (the table and its worklists) are saved after a single login.
    func login(_ credentials: BotCredentials) async throws(PublishError) -> BotSession {
        let session = try await BotSession.login(client, credentials: credentials)
        log("\(client.wiki): logged in as \(credentials.user) (assert=\(session.assertion))")
        return session
    }

    /// Saves the block with a session already logged in to this wiki.
    func publish(block: String, summary: String, create: Bool, session: inout BotSession) async throws(PublishError) -> PublishOutcome {
        var firstBase: Int?
        var merged = false
        // After a save that followed someone else's (oldrevid ≠ baserevid): our revision, and theirs.
        var overlap: (ours: Int, theirs: Int)?
        var lastReason = ""
        for attempt in 1...Self.attempts {
            let page = try await read()
            log("\(target): read " + (page.revision.map { "revision \($0)" } ?? "a missing page"))
            await afterRead(page, attempt)
            var basis = page
            if let overlap, page.revision == overlap.ours {
                // MediaWiki merges an edit saved between our read and our save into ours, but
                // saves over it when it has the same second as the revision we read (its
                // self-conflict check compares whole seconds). Build on that edit's text, so it
                // is kept either way: after a real merge this gives the page as it is.
                basis.text = try await text(ofRevision: overlap.theirs)
            }
            let text = try self.text(for: block, on: basis, create: create)
            if firstBase == nil { firstBase = page.revision }
            if let revision = page.revision, text == page.text {
                return merged ? .updated(revision: revision, previous: firstBase ?? revision, merged: true) : .upToDate(revision: revision)
            }
            let answer: JSONValue
            do throws(PublishError) {
                answer = try await save(text, on: page, summary: summary, session: &session)
            } catch .wiki(.api(let code, let info, _)) where Self.conflictCodes.contains(code) {
                lastReason = "\(info) (\(code))"
                log("\(target): \(lastReason); reading the page again")
                continue
            }
            guard let edit = answer["edit"], edit["result"]?.string == "Success" else {
                let edit = answer["edit"]
                let reason = edit?["info"]?.string ?? edit?["code"]?.string ?? edit?["result"]?.string ?? "no result"
                throw .refused(target: target, reason: reason)
            }
            if edit["nochange"]?.bool == true, let revision = page.revision {
                return merged ? .updated(revision: revision, previous: firstBase ?? revision, merged: true) : .upToDate(revision: revision)
            }
            guard let newRevision = edit["newrevid"]?.int else {
                throw .wiki(.malformed(wiki: client.wiki, reason: "the edit answer has no newrevid"))
            }
            guard let base = page.revision else { return .created(revision: newRevision) }
            let parent = edit["oldrevid"]?.int ?? base
            if parent == base {
                return .updated(revision: newRevision, previous: firstBase ?? base, merged: merged)
            }
            // Someone saved after our read and MediaWiki merged the two: read again and make sure
            // the block is ours.
            merged = true
            overlap = (newRevision, parent)
            lastReason = "revision \(parent) was saved after our read of revision \(base), and the wiki merged our edit with it (or saved over it)"
            log("\(target): \(lastReason); reading the page again")
        }
        throw .conflict(target: target, reason: "the page changed again after a re-read and one retry: \(lastReason)")
    }

    /// The wikitext of one revision.
    func text(ofRevision id: Int) async throws(PublishError) -> String {
        let answer: JSONValue
        do throws(MediaWikiError) {
            answer = try await client.call([("action", "query"), ("prop", "revisions"), ("revids", String(id)), ("rvprop", "content"), ("rvslots", "main")])
        } catch {
            throw .wiki(error)
        }
        guard let text = answer["query"]?["pages"]?[0]?["revisions"]?[0]?["slots"]?["main"]?["content"]?.string else {
            throw .wiki(.malformed(wiki: client.wiki, reason: "revision \(id) has no readable text"))
        }
        return text
    }

    /// Answers that mean "the page changed since you read it".
    static let conflictCodes: Set<String> = ["editconflict", "articleexists", "pagedeleted"]

    /// One `action=edit`, with a new token once if the wiki says the token is bad.
    private func save(_ text: String, on page: PageSnapshot, summary: String, session: inout BotSession) async throws(PublishError) -> JSONValue {
        var refreshed = false
        while true {
            var parameters: [(String, String)] = [("action", "edit"), ("title", target.title), ("text", text), ("summary", summary)]
            if let revision = page.revision {
                parameters.append(("baserevid", String(revision)))
                if let timestamp = page.timestamp { parameters.append(("basetimestamp", timestamp)) }
                parameters.append(("nocreate", "1"))
            } else {
                parameters.append(("createonly", "1"))
            }
            if !page.readAt.isEmpty { parameters.append(("starttimestamp", page.readAt)) }
            parameters += [("md5", Self.md5(text)), ("bot", "1"), ("assert", session.assertion), ("token", session.csrf)]
            do throws(MediaWikiError) {
                return try await client.call(parameters, post: true)
            } catch .api(let code, _, _) where code == "badtoken" && !refreshed {
                refreshed = true
                log("\(target): the edit token expired (badtoken); asking for a new one")
                try await session.refreshToken()
            } catch {
                throw .wiki(error)
            }
        }
    }

    /// The hex MD5 of the text's UTF-8 bytes, as `action=edit` checks it.
    static func md5(_ text: String) -> String {
        MD5Digest.hex(text.utf8)
    }
}
