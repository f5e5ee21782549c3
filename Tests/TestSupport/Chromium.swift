import Foundation

/// Headless Chromium, for tests that load the HTML report in a real browser.
///
/// Found as `$CHROMIUM`, else `chromium`, `chromium-browser`, `google-chrome` or
/// `google-chrome-stable` on `PATH` (`scripts/test` installs Debian's `chromium`). Without one the
/// browser tests are skipped locally, and fail under `CI=true`, where a skipped browser test
/// would hide a broken page.
public struct Chromium: Sendable {
    public let executable: String

    public static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    public static let found: Chromium? = {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["CHROMIUM"], !explicit.isEmpty {
            return FileManager.default.isExecutableFile(atPath: explicit) ? Chromium(executable: explicit) : nil
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return Chromium(executable: folder + "/" + name)
            }
        }
        return nil
    }()

    /// Browser tests run when Chromium is here, and always in CI.
    public static var shouldRun: Bool { found != nil || isCI }

    /// What a browser test records when CI has no browser.
    public static let missingMessage =
        "CI=true and no Chromium found: install it (`apt-get install chromium`, as scripts/test does) or set CHROMIUM=/path/to/chrome"

    public struct Run: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var timedOut: Bool

        /// Messages pages wrote to the console, as Chromium logs them with `--enable-logging=stderr`:
        /// `[…:INFO:CONSOLE:12] "Uncaught ReferenceError: …", source: file:///…/status.html (12)`.
        /// Our pages write none, so any is a failure.
        public var consoleMessages: [String] {
            stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        }
    }

    /// Loads `url` headless with a fresh profile and no network services, plus `arguments`
    /// (`--dump-dom`, `--screenshot=…`), and waits at most `timeout` seconds.
    public func run(_ url: URL, _ arguments: [String], timeout: TimeInterval = 120) throws -> Run {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("transtrack-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stdoutURL = scratch.appendingPathComponent("stdout")
        let stderrURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--mute-audio", "--force-device-scale-factor=1", "--enable-logging=stderr", "--v=0",
            "--user-data-dir=" + scratch.appendingPathComponent("profile").path,
        ] + arguments + [url.absoluteString]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let timedOut = process.isRunning
        if timedOut { process.terminate() }
        process.waitUntilExit()
        try stdout.close()
        try stderr.close()
        return Run(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "",
            timedOut: timedOut)
    }
}
