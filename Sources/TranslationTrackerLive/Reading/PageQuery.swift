/// One `action=query` followed through every `continue`, with the pages of all answers merged.
///
/// MediaWiki may split a query's result across requests (content of many pages, long
/// histories, generators); each answer carries a `continue` object whose values are sent back
/// with the original parameters until an answer has none. The titles MediaWiki normalized
/// (`normalized`) and the redirects it followed (`redirects=1`) are kept, so each asked title
/// can be mapped back to the page read for it.
///
/// An answer that asks for a continuation already followed would loop for ever; it is
/// ``MediaWikiError/looping(wiki:)``. (Continuations that are all new but never end stop at
/// ``Politeness/maxRequests``.)
struct PageQuery: Sendable {
    /// Pages read, by MediaWiki's title.
    var pages: [String: APIPage] = [:]
    /// Asked title → MediaWiki's normalized title.
    var normalized: [String: String] = [:]
    /// Title → redirect target.
    var redirects: [String: String] = [:]
    /// The raw answers, for parts of the query that are not pages (e.g. `messagegroupstats`).
    var answers: [JSONValue] = []
    /// Requests sent, the first included (retries are counted by the client).
    var requests = 0

    /// Continuations: the requests after the first.
    var continuations: Int { max(0, requests - 1) }

    static func run(_ client: MediaWikiClient, _ parameters: [(String, String)]) async throws(MediaWikiError) -> PageQuery {
        var query = PageQuery()
        var continuation: [(String, String)] = []
        var followed: Set<String> = []
        repeat {
            let answer = try await client.call(parameters + continuation)
            query.requests += 1
            query.add(answer)
            continuation = try Self.continuation(of: answer, followed: &followed, wiki: client.wiki)
        } while !continuation.isEmpty
        return query
    }

    /// The parameters an answer's `continue` asks to send back (empty when it has none), and
    /// ``MediaWikiError/looping(wiki:)`` when they were already followed once (`followed` keeps
    /// those of one query).
    static func continuation(of answer: JSONValue, followed: inout Set<String>, wiki: String) throws(MediaWikiError) -> [(String, String)] {
        let continuation = answer["continue"]?.object.compactMap { key, value in
            (value.string ?? value.int.map(String.init)).map { (key, $0) }
        }.sorted { $0.0 < $1.0 } ?? []
        guard continuation.isEmpty || followed.insert(MediaWikiClient.encode(continuation)).inserted else {
            throw .looping(wiki: wiki)
        }
        return continuation
    }

    mutating func add(_ answer: JSONValue) {
        answers.append(answer)
        let body = answer["query"]
        for entry in body?["normalized"]?.array ?? [] {
            if let from = entry["from"]?.string, let to = entry["to"]?.string { normalized[from] = to }
        }
        for entry in body?["redirects"]?.array ?? [] {
            if let from = entry["from"]?.string, let to = entry["to"]?.string { redirects[from] = to }
        }
        for json in body?["pages"]?.array ?? [] {
            guard let page = APIPage.decode(json) else { continue }
            if pages[page.page.title] == nil { pages[page.page.title] = page } else { pages[page.page.title]!.merge(page) }
        }
    }

    /// The page read for an asked title, following MediaWiki's normalization and redirects
    /// (a chain of redirects is followed as far as MediaWiki did), and whether it was a redirect.
    func page(asked title: String) -> (page: APIPage?, redirected: Bool) {
        var current = normalized[title] ?? title
        var redirected = false
        var seen: Set<String> = [current]
        while let target = redirects[current], seen.insert(target).inserted {
            current = target
            redirected = true
        }
        return (pages[current], redirected)
    }
}
