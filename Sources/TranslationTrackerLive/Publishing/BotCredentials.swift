import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A BotPassword (`User@botname` and its generated password, from Special:BotPasswords) for
/// publishing. Read from the environment (`TRANSTRACK_BOT_USER`, `TRANSTRACK_BOT_PASSWORD`) or
/// from a file of `user=` and `password=` lines that only its owner can read (mode 0600), never
/// from the manifest, which is committed.
///
/// Its `description` hides the password, so interpolating credentials into a message or a log
/// line cannot leak it.
///
/// ```text
/// # ~/.config/transtrack/bot (chmod 600)
/// user=Example@transtrack
/// password=0123456789abcdefghijklmnopqrstuv
/// ```
package struct BotCredentials: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    package let user: String
    let password: String

    package init(user: String, password: String) {
        self.user = user
        self.password = password
    }

    package var description: String { "\(user) (password hidden)" }
    package var debugDescription: String { description }

    /// The variables read when no credentials file is given.
    package static let userVariable = "TRANSTRACK_BOT_USER"
    package static let passwordVariable = "TRANSTRACK_BOT_PASSWORD"

    /// Credentials from `file` when given, else from the environment.
    package static func load(file: String?, environment: [String: String]) throws(PublishError) -> BotCredentials {
        if let file { return try read(file) }
        let user = environment[userVariable] ?? "", password = environment[passwordVariable] ?? ""
        guard !user.isEmpty, !password.isEmpty else { throw .noCredentials }
        return BotCredentials(user: user, password: password)
    }

    /// Reads a credentials file after checking that no one but its owner can read it.
    package static func read(_ path: String) throws(PublishError) -> BotCredentials {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .credentialsFile(path: path, reason: String(cString: strerror(errno))) }
        let mode = Int(info.st_mode) & 0o777
        guard mode & 0o077 == 0 else { throw .credentialsFileOpen(path: path, mode: mode) }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw .credentialsFile(path: path, reason: "cannot read it as UTF-8 text")
        }
        var user = "", password = ""
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                // The line may hold the password itself: never quote it.
                throw .credentialsFile(path: path, reason: "line \(number + 1) is not key=value; write user=… and password=… lines")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "user": user = value
            case "password": password = value
            default: throw .credentialsFile(path: path, reason: "line \(number + 1) has an unknown key; only user= and password= are read")
            }
        }
        guard !user.isEmpty, !password.isEmpty else {
            throw .credentialsFile(path: path, reason: "it needs a user=User@botname line and a password= line")
        }
        return BotCredentials(user: user, password: password)
    }
}
