/// What can go wrong talking to a wiki, typed so the CLI can say what to do and pick the exit
/// code. Messages never contain credentials.
public enum MediaWikiError: Error, Sendable, CustomStringConvertible {
    /// The API answered with an error object (often with HTTP 200 and a `MediaWiki-API-Error` header).
    case api(code: String, info: String, wiki: String)
    /// The wiki kept refusing (lag, 5xx) after every retry.
    case unavailable(wiki: String, reason: String, attempts: Int)
    /// No connection, a timeout, a TLS failure.
    case transport(wiki: String, reason: String)
    /// The answer was not the JSON the API returns.
    case malformed(wiki: String, reason: String)
    /// Login refused: wrong bot password, unknown user, missing grants. Carries our own words
    /// only, never the wiki's, which could echo the password.
    case login(wiki: String, problem: LoginProblem)
    /// The API answered with a redirect we do not follow: any redirect of a POST (it would send
    /// the form, the bot password included, again), or one to another scheme, host or port.
    /// Names origins only (`scheme://host:port`), never a path or query.
    case redirect(wiki: String, from: String, to: String, post: Bool)
    /// The API URL is not https (plain http is only for a wiki on this machine); refused before
    /// any request.
    case insecure(wiki: String, origin: String)
    /// A query's answer asked for a continuation it had already asked for: followed, it would
    /// never end.
    case looping(wiki: String)
    /// The client sent ``Politeness/maxRequests`` requests and refuses to send more.
    case tooManyRequests(wiki: String, sent: Int)
    /// An answer's body held more than ``Politeness/maxBodyBytes`` bytes; it was not read further.
    case tooLarge(wiki: String, limit: Int)

    public var description: String {
        switch self {
        case .api(let code, let info, let wiki):
            "\(wiki): the API refused the request (\(code)): \(info)\(Self.advice(code))"
        case .unavailable(let wiki, let reason, let attempts):
            "\(wiki): not available after \(attempts) attempts (\(reason)); try again later"
        case .transport(let wiki, let reason):
            "\(wiki): cannot reach the wiki (\(reason)); check the API URL in the manifest and the network"
        case .malformed(let wiki, let reason):
            "\(wiki): unexpected answer from the API (\(reason)); is the manifest's API URL an api.php?"
        case .login(let wiki, let problem):
            "\(wiki): login failed: \(problem); the credentials come from TRANSTRACK_BOT_USER (User@botname) and TRANSTRACK_BOT_PASSWORD"
        case .redirect(let wiki, let from, let to, let post):
            "\(wiki): the API at \(from) answered \(post ? "a POST" : "a GET") with a redirect to \(to), which transtrack does not follow"
                + (post ? " (it would send the form again, the bot password included)" : " (only redirects within the same scheme, host and port are followed)")
                + "; set the wiki's `api:` in the manifest to the URL the wiki really serves, e.g. https://meta.wikimedia.org/w/api.php"
        case .insecure(let wiki, let origin):
            "\(wiki): the API URL \(origin) is not https; transtrack talks to wikis only over https:// (plain http:// only on this machine: localhost, 127.0.0.0/8, ::1); change the wiki's `api:` in the manifest to its https:// URL"
        case .looping(let wiki):
            "\(wiki): the wiki's answers loop: a query was asked to continue from the same point twice; transtrack stopped reading it (is the manifest's API URL the wiki's api.php?)"
        case .tooManyRequests(let wiki, let sent):
            "\(wiki): sent \(sent) requests, the most allowed in one run; if the wiki really needs more, raise --max-requests N"
        case .tooLarge(let wiki, let limit):
            "\(wiki): an answer from the API was larger than \(Self.size(limit)); it was not read further nor kept (is the manifest's API URL the wiki's api.php?)"
        }
    }

    /// `64 MiB`, or the bytes when not a whole number of MiB.
    static func size(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    /// Permission, authentication and API-URL problems are configuration errors (exit 2), not gate failures.
    package var isPermissionProblem: Bool {
        switch self {
        case .login, .redirect, .insecure: return true
        case .api(let code, _, _):
            return ["permissiondenied", "protectedpage", "cascadeprotected", "readapidenied", "writeapidenied", "mwoauth-invalid-authorization",
                "notloggedin", "assertuserfailed", "assertbotfailed", "blocked", "autoblocked"].contains(code)
        default: return false
        }
    }

    private static func advice(_ code: String) -> String {
        switch code {
        case "permissiondenied", "writeapidenied": "; the bot password needs the 'Edit existing pages' and 'Create, edit, and move pages' grants"
        case "protectedpage", "cascadeprotected": "; the page is protected; ask an administrator or publish elsewhere"
        case "badtoken": "; the session expired; run the command again"
        case "missingtitle", "nocreate-missing": "; the page does not exist; pass --create to create it"
        case "maxlag": "; the wiki is lagging; try again later"
        case "ratelimited": "; slow down, or ask for the bot flag"
        default: ""
        }
    }
}
