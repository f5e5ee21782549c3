/// Why a BotPassword login failed, in our own words. The wiki's own text about a failed login is
/// never shown: a hostile or broken server can echo the password in it, in any encoding.
///
/// Each case says what to check; ``MediaWikiError/login(wiki:problem:)`` adds the wiki id.
public enum LoginProblem: Sendable, Hashable, CustomStringConvertible {
    /// `WrongPass`, `WrongPluginPass`, `NotExists`, `Illegal`, `NoName`, `EmptyPass`.
    case credentialsRejected
    /// `Throttled`: too many attempts lately.
    case throttled
    /// `Aborted`: the wiki wants a bot password for `action=login`, not the account's own password.
    case notABotPassword
    /// `Failed` or another refusal: wrong name or password, a revoked bot password, an IP restriction.
    case refused
    /// The API answered the login with an error object.
    case apiError
    /// An answer that is not MediaWiki's login answer (no login token, no result, `NeedToken`).
    case unexpectedAnswer
    /// Logged in, but the wiki gave no edit token.
    case noEditToken
    /// The session ended and no new edit token was given.
    case sessionEnded

    /// Maps the `result` of `action=login` to a problem; nil for `Success`.
    static func from(result: String?) -> LoginProblem? {
        switch result {
        case "Success": nil
        case "WrongPass", "WrongPluginPass", "NotExists", "Illegal", "NoName", "EmptyPass": .credentialsRejected
        case "Throttled": .throttled
        case "Aborted": .notABotPassword
        case "NeedToken", nil: .unexpectedAnswer
        default: .refused
        }
    }

    public var description: String {
        switch self {
        case .credentialsRejected:
            "the wiki did not accept the user name or the bot password; the user name has the form User@botname (the account, an @, and the bot's name from Special:BotPasswords), and the password is the one Special:BotPasswords generated"
        case .throttled:
            "too many login attempts; wait a few minutes before trying again"
        case .notABotPassword:
            "the wiki accepts this login only with a bot password; create one at Special:BotPasswords and log in as User@botname with the password it generates"
        case .refused:
            "the wiki refused the login; check the user name (User@botname), the bot password, that the bot password still exists and allows this machine's IP address, and that it is not throttled (wait a few minutes)"
        case .apiError:
            "the API refused the login request; check the user name (User@botname) and the bot password, and that the wiki allows API logins"
        case .unexpectedAnswer:
            "the answer to the login was not MediaWiki's; check that the manifest's API URL is the wiki's api.php"
        case .noEditToken:
            "logged in, but the wiki gave no edit token; the bot password needs the 'Basic rights', 'Edit existing pages' and 'Create, edit, and move pages' grants"
        case .sessionEnded:
            "the session ended and the wiki gave no new edit token; run the command again, and check the bot password's grants"
        }
    }
}
