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
    /// Login refused: wrong bot password, unknown user, missing grants.
    case login(wiki: String, reason: String)

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
        case .login(let wiki, let reason):
            "\(wiki): login failed (\(reason)); check TRANSTRACK_BOT_USER (User@botname) and TRANSTRACK_BOT_PASSWORD from Special:BotPasswords"
        }
    }

    /// Permission and authentication problems are configuration errors (exit 2), not gate failures.
    public var isPermissionProblem: Bool {
        switch self {
        case .login: return true
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
