/// ANSI styling that is either on or off, decided by the caller (the CLI: on a terminal and
/// `NO_COLOR` unset). Renderers take it as a value, so they stay pure and testable; a library
/// that decides colour from process-wide state cannot give that.
public struct TerminalStyle: Sendable, Hashable {
    /// Whether escape codes are written.
    public var enabled: Bool

    /// A style, on or off.
    public init(enabled: Bool) { self.enabled = enabled }

    /// No escape codes: for files, pipes and `NO_COLOR`.
    public static let plain = TerminalStyle(enabled: false)
    /// ANSI colours and weights, for a terminal.
    public static let color = TerminalStyle(enabled: true)

    package enum Color: Int, Sendable {
        case red = 31, green = 32, yellow = 33, blue = 34, magenta = 35, cyan = 36, gray = 90
    }

    package func paint(_ text: String, _ color: Color) -> String {
        enabled ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }

    package func bold(_ text: String) -> String { enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    package func dim(_ text: String) -> String { enabled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
