import Foundation

/// A logged-in BotPassword session on one wiki: the session cookie lives in the client's
/// cookie jar, the CSRF token and the account's rights here.
///
/// Logs in the way bots do: a login token (`meta=tokens&type=login`), then `action=login` with
/// `lgname`/`lgpassword`/`lgtoken` (BotPasswords are meant for exactly that), then the CSRF
/// token and whether the account has the `bot` right, which decides `assert=bot` or `assert=user`
/// on edits.
///
/// Nothing the wiki says about a failed login reaches a message: a server can echo the password
/// in any encoding (percent-encoded, escaped, cut short), so no scrubbing of its text is safe.
/// Every failure becomes a ``LoginProblem`` in our own words instead.
struct BotSession: Sendable {
    let client: MediaWikiClient
    private(set) var csrf: String
    let isBot: Bool

    static func login(_ client: MediaWikiClient, credentials: BotCredentials) async throws(PublishError) -> BotSession {
        let tokens = try await call(client, [("action", "query"), ("meta", "tokens|userinfo"), ("type", "login|csrf"), ("uiprop", "rights")])
        // The client already holds this account's session (a second publish with one client):
        // MediaWiki refuses to log in again inside a bot-password session.
        if let existing = reuse(tokens, client: client, account: credentials.user) { return existing }
        guard let loginToken = tokens["query"]?["tokens"]?["logintoken"]?.string else {
            throw .wiki(.login(wiki: client.wiki, problem: .unexpectedAnswer))
        }
        let answer = try await call(
            client, [("action", "login"), ("lgname", credentials.user), ("lgpassword", credentials.password), ("lgtoken", loginToken)],
            post: true)
        if let problem = LoginProblem.from(result: answer["login"]?["result"]?.string) {
            throw .wiki(.login(wiki: client.wiki, problem: problem))
        }
        let info = try await call(client, [("action", "query"), ("meta", "tokens|userinfo"), ("type", "csrf"), ("uiprop", "rights")])
        guard let csrf = info["query"]?["tokens"]?["csrftoken"]?.string, csrf != "+\\" else {
            throw .wiki(.login(wiki: client.wiki, problem: .noEditToken))
        }
        let rights = info["query"]?["userinfo"]?["rights"]?.array.compactMap(\.string) ?? []
        return BotSession(client: client, csrf: csrf, isBot: rights.contains("bot"))
    }

    /// The session the client already has, when it is logged in as `account` (`User@bot`).
    private static func reuse(_ answer: JSONValue, client: MediaWikiClient, account: String) -> BotSession? {
        guard let info = answer["query"]?["userinfo"], info["anon"] == nil, let name = info["name"]?.string,
            let csrf = answer["query"]?["tokens"]?["csrftoken"]?.string, csrf != "+\\"
        else { return nil }
        let user = account.split(separator: "@", maxSplits: 1).first.map(String.init) ?? account
        guard name.lowercased() == user.replacingOccurrences(of: "_", with: " ").lowercased() else { return nil }
        return BotSession(client: client, csrf: csrf, isBot: info["rights"]?.array.contains(.string("bot")) ?? false)
    }

    /// Asks for a new CSRF token, after a `badtoken` answer.
    mutating func refreshToken() async throws(PublishError) {
        let info = try await Self.call(client, [("action", "query"), ("meta", "tokens"), ("type", "csrf")])
        guard let csrf = info["query"]?["tokens"]?["csrftoken"]?.string, csrf != "+\\" else {
            throw .wiki(.login(wiki: client.wiki, problem: .sessionEnded))
        }
        self.csrf = csrf
    }

    /// `assert=bot` for accounts with the bot right, else `assert=user`: either way the edit
    /// fails instead of being saved logged out if the session is lost.
    var assertion: String { isBot ? "bot" : "user" }

    /// One request of the login. An API error becomes ``LoginProblem/apiError`` (its `info` is
    /// the wiki's text); the other errors carry only our words, status codes and origins.
    private static func call(_ client: MediaWikiClient, _ parameters: [(String, String)], post: Bool = false) async throws(PublishError) -> JSONValue {
        do throws(MediaWikiError) {
            return try await client.call(parameters, post: post)
        } catch .api {
            throw .wiki(.login(wiki: client.wiki, problem: .apiError))
        } catch {
            throw .wiki(error)
        }
    }
}
