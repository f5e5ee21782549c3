import ArgumentParser
import TranslationTrackerLive

/// `--verbose`, `--attempts`, `--connect-timeout`, `--max-requests`: how a command that talks to the wikis reports
/// its requests and how hard it tries. Shared by `status`/`publish` (through ``LiveOptions``) and `fetch`.
struct ConnectionOptions: ParsableArguments {
    @Flag(name: .long, help: "Say, per wiki, how many titles were asked and how many requests were sent (on standard error).")
    var verbose = false

    @Option(name: .long, help: ArgumentHelp("Attempts per request before a wiki counts as unavailable (with backoff; 1 to fail fast).", valueName: "n"))
    var attempts = Politeness().attempts

    @Option(name: .long, help: ArgumentHelp("Seconds to keep trying to connect to a wiki before an attempt fails.", valueName: "seconds"))
    var connectTimeout = Politeness().connectTimeout

    @Option(name: .long, help: ArgumentHelp("Requests sent to one wiki in one run before transtrack stops (retries included).", valueName: "n"))
    var maxRequests = Politeness().maxRequests

    func validate() throws {
        if attempts < 1 { throw ValidationError("--attempts must be at least 1") }
        if !(connectTimeout > 0) { throw ValidationError("--connect-timeout must be more than 0 seconds") }
        if maxRequests < 1 { throw ValidationError("--max-requests must be at least 1") }
    }

    /// The default politeness with the attempts, connect timeout and request cap given.
    var politeness: Politeness {
        var politeness = Politeness()
        politeness.attempts = attempts
        politeness.connectTimeout = connectTimeout
        politeness.maxRequests = maxRequests
        return politeness
    }
}
