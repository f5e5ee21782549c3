import TranslationTracker

/// Saves the pages of one publish (``PublishPage/plan(_:context:table:worklists:english:createTable:)``)
/// with one login per wiki, each page through ``Publisher`` (markers, conflicts, retries).
///
/// Pages are saved in the plan's order (worklists, then the table) and the first failure stops
/// the run, so the table never links to worklists that a failed run left behind it.
package struct PublishRun: Sendable {
    package var connections: WikiConnections
    package var log: @Sendable (String) -> Void

    package init(connections: WikiConnections, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.connections = connections
        self.log = log
    }

    /// Logs in (once per wiki, when the first page there is saved) and saves every page.
    package func publish(_ pages: [PublishPage], credentials: BotCredentials) async throws(PublishError) -> [(page: PublishPage, outcome: PublishOutcome)] {
        var sessions: [String: BotSession] = [:]
        var results: [(page: PublishPage, outcome: PublishOutcome)] = []
        for page in pages {
            let publisher = try self.publisher(page.target)
            var session: BotSession
            if let open = sessions[page.target.wiki] { session = open } else { session = try await publisher.login(credentials) }
            let outcome = try await publisher.publish(block: page.block, summary: page.summary, create: page.create, session: &session)
            sessions[page.target.wiki] = session
            results.append((page, outcome))
        }
        return results
    }

    /// Reads every page and returns its text before and after, saving nothing (`--dry-run`).
    package func preview(_ pages: [PublishPage]) async throws(PublishError) -> [(page: PublishPage, before: PageSnapshot, after: String)] {
        var results: [(page: PublishPage, before: PageSnapshot, after: String)] = []
        for page in pages {
            let (before, after) = try await self.publisher(page.target).preview(block: page.block, create: page.create)
            results.append((page, before, after))
        }
        return results
    }

    private func publisher(_ target: PublishTarget) throws(PublishError) -> Publisher {
        guard let client = connections.client(target.wiki) else {
            throw .wiki(.malformed(wiki: target.wiki, reason: "the manifest gives this wiki no valid API URL"))
        }
        return Publisher(client: client, target: target, log: log)
    }
}
