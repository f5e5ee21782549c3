import TranslationTrackerReports

/// Why publishing stopped, typed so the CLI can pick the exit code: a conflict that a re-read
/// and one retry did not resolve is a failed run (exit 1); everything else is input,
/// configuration or permission (exit 2). Messages say what to do and never contain the password,
/// nor any text the wiki sent about a login (see ``LoginProblem``).
package enum PublishError: Error, Sendable, CustomStringConvertible {
    /// Neither a credentials file nor both environment variables.
    case noCredentials
    /// The credentials file is missing, unreadable or malformed.
    case credentialsFile(path: String, reason: String)
    /// The credentials file can be read by others than its owner.
    case credentialsFileOpen(path: String, mode: Int)
    /// The page's markers do not allow a safe replacement.
    case markers(target: PublishTarget, problem: WikitextBlock.Problem)
    /// The page does not exist and `--create` was not given.
    case missingPage(target: PublishTarget)
    /// The title is not a valid page title on that wiki.
    case invalidTitle(target: PublishTarget, reason: String)
    /// The page kept changing while we saved, even after a re-read and a retry.
    case conflict(target: PublishTarget, reason: String)
    /// The wiki accepted the request but refused the edit (an abuse filter, a captcha).
    case refused(target: PublishTarget, reason: String)
    /// Talking to the wiki failed: login, permissions, network, API errors.
    case wiki(MediaWikiError)

    package var description: String {
        switch self {
        case .noCredentials:
            "no bot credentials: set \(BotCredentials.userVariable) (User@botname) and \(BotCredentials.passwordVariable) from Special:BotPasswords, or pass --credentials FILE (user= and password= lines, chmod 600)"
        case .credentialsFile(let path, let reason):
            "\(path): cannot use this credentials file: \(reason)"
        case .credentialsFileOpen(let path, let mode):
            "\(path): the credentials file can be read by others (mode \(String(mode, radix: 8))); run `chmod 600 \(path)` and try again"
        case .markers(let target, let problem):
            "\(target): \(problem)"
        case .missingPage(let target):
            "\(target): the page does not exist; pass --create to create it holding just the table"
        case .invalidTitle(let target, let reason):
            "\(target): not a valid page title (\(reason)); check the title after WIKI:"
        case .conflict(let target, let reason):
            "\(target): edit conflict: \(reason); look at the page's history, then run publish again"
        case .refused(let target, let reason):
            "\(target): the wiki refused the edit (\(reason)); check the page's edit filters and the bot's rights"
        case .wiki(.login(let wiki, let problem)):
            MediaWikiError.login(wiki: wiki, problem: problem).description + " (or the user= and password= lines of the --credentials file)"
        case .wiki(let error):
            error.description
        }
    }

    /// 1 for a conflict that could not be resolved, 2 for everything else.
    package var exitCode: Int32 {
        if case .conflict = self { return 1 }
        return 2
    }
}
