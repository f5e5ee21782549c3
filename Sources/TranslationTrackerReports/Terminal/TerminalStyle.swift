/// ANSI styling that is either on or off, decided by the caller (the CLI: on a terminal and
/// `NO_COLOR` unset). Renderers take it as a value, so they stay pure and testable; a library
/// that decides colour from process-wide state cannot give that.
public struct TerminalStyle: Sendable, Hashable {
    public var enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    public static let plain = TerminalStyle(enabled: false)
    public static let color = TerminalStyle(enabled: true)

    public enum Color: Int, Sendable {
        case red = 31, green = 32, yellow = 33, blue = 34, magenta = 35, cyan = 36, gray = 90
    }

    public func paint(_ text: String, _ color: Color) -> String {
        enabled ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }

    public func bold(_ text: String) -> String { enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    public func dim(_ text: String) -> String { enabled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
