import ArgumentParser
import TranslationTracker
import TranslationTrackerLive
import TranslationTrackerReaders

/// A command's own failure, with its message: `input` (exit 2) for what the user must fix in a
/// file, the manifest or an argument's target; `gate` (exit 1) when the check gate or
/// `report --check` fails.
struct Failure: Error, CustomStringConvertible {
    enum Kind { case input, gate }
    var kind: Kind
    var description: String

    static func input(_ message: String) -> Failure { Failure(kind: .input, description: message) }
    static func gate(_ message: String) -> Failure { Failure(kind: .gate, description: message) }
}

/// The one place where errors become exit codes: 0 ok, 1 the gate failed, 2 input or
/// configuration error (every typed error of the library: a manifest, a file, a dump, a wiki,
/// publishing), 64 usage (ArgumentParser's own errors, which it prints and maps itself).
enum ExitCodes {
    /// The message to print and the code to exit with, or nil for ArgumentParser's own errors.
    static func map(_ error: any Error) -> (message: String?, code: Int32)? {
        switch error {
        case let failure as Failure: (failure.description, failure.kind == .gate ? 1 : 2)
        case let error as TrackerError:
            if case .usage(let message) = error { (message, 64) } else { (error.description, 2) }
        case let error as ReaderError: (error.description, 2)
        case let error as WikiDumpError: (error.description, 2)
        case let error as LiveError: (error.description, 2)
        case let error as PublishError: ("error: " + error.description, error.exitCode)
        default: nil
        }
    }
}
