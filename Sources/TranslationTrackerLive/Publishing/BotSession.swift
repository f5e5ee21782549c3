import Foundation

/// A logged-in BotPassword session on one wiki: the session cookie lives in the client's
/// cookie jar, the CSRF token and the account's rights here.
///
/// Logs in the way bots do: a login token (`meta=tokens&type=login`), then `action=login` with
/// `lgname`/`lgpassword`/`lgtoken` (BotPasswords are meant for exactly that), then the CSRF
/// token and whether the account has the `bot` right, which decides `assert=bot` or `assert=user`
/// on edits. Nothing said about a failure repeats the password.
struct BotSession: Sendable {
    let client: MediaWikiClient
    private(set) var csrf: String
    let isBot: Bool

    static func login(_ client: MediaWikiClient, credentials: BotCredentials) async throws(PublishError) -> BotSession {
        let scrub = { (text: String) in text.replacingOccurrences(of: credentials.password, with: "(password hidden)") }
        let tokens = try await call(
            client, [("action", "query"), ("meta", "tokens|userinfo"), ("type", "login|csrf"), ("uiprop", "rights")], post: false, scrub: scrub)
        // The client already holds this account's session (a second publish with one client):
        // MediaWiki refuses to log in again inside a bot-password session.
        if let existing = reuse(tokens, client: client, account: credentials.user) { return existing }
        guard let loginToken = tokens["query"]?["tokens"]?["logintoken"]?.string else {
            throw .wiki(.malformed(wiki: client.wiki, reason: "no login token in the answer"))
        }
        let answer = try await call(
            client, [("action", "login"), ("lgname", credentials.user), ("lgpassword", credentials.password), ("lgtoken", loginToken)],
            post: true, scrub: scrub)
        let login = answer["login"]
        guard login?["result"]?.string == "Success" else {
            let result = login?["result"]?.string ?? "no result"
            let reason = login?["reason"]?.string ?? login?["reason"]?["text"]?.string ?? "no reason given"
            throw .wiki(.login(wiki: client.wiki, reason: scrub("\(result): \(reason)")))
        }
        let info = try await call(
            client, [("action", "query"), ("meta", "tokens|userinfo"), ("type", "csrf"), ("uiprop", "rights")], post: false, scrub: scrub)
        guard let csrf = info["query"]?["tokens"]?["csrftoken"]?.string, csrf != "+\\" else {
            throw .wiki(.login(wiki: client.wiki, reason: "logged in, but the wiki gave no edit token"))
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
        let info = try await Self.call(client, [("action", "query"), ("meta", "tokens"), ("type", "csrf")], post: false, scrub: { $0 })
        guard let csrf = info["query"]?["tokens"]?["csrftoken"]?.string, csrf != "+\\" else {
            throw .wiki(.login(wiki: client.wiki, reason: "the session ended and no new edit token was given"))
        }
        self.csrf = csrf
    }

    /// `assert=bot` for accounts with the bot right, else `assert=user`: either way the edit
    /// fails instead of being saved logged out if the session is lost.
    var assertion: String { isBot ? "bot" : "user" }

    private static func call(
        _ client: MediaWikiClient, _ parameters: [(String, String)], post: Bool, scrub: (String) -> String
    ) async throws(PublishError) -> JSONValue {
        do throws(MediaWikiError) {
            return try await client.call(parameters, post: post)
        } catch {
            throw .wiki(scrubbed(error, scrub))
        }
    }

    /// The error with every text the wiki sent run through `scrub`.
    static func scrubbed(_ error: MediaWikiError, _ scrub: (String) -> String) -> MediaWikiError {
        switch error {
        case .api(let code, let info, let wiki): .api(code: code, info: scrub(info), wiki: wiki)
        case .unavailable(let wiki, let reason, let attempts): .unavailable(wiki: wiki, reason: scrub(reason), attempts: attempts)
        case .transport(let wiki, let reason): .transport(wiki: wiki, reason: scrub(reason))
        case .malformed(let wiki, let reason): .malformed(wiki: wiki, reason: scrub(reason))
        case .login(let wiki, let reason): .login(wiki: wiki, reason: scrub(reason))
        }
    }
}
