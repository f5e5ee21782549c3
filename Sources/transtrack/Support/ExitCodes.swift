import ArgumentParser

/// The exit codes every command uses.
enum Exit {
    /// The gate failed (`check`), or reports are out of date (`report --check`).
    static let gateFailed = ExitCode(1)
    /// Input or configuration error: a broken manifest, an unreadable file.
    static let inputError = ExitCode(2)
    // Usage errors exit 64 (EX_USAGE) through ArgumentParser's ValidationError.
}
