import ArgumentParser
import TranslationTrackerReports

/// Output format and colour.
struct OutputOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case terminal
        case json
    }

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Option(name: .long, help: "Output format: terminal or json.")
    var format: Format = .terminal

    @Option(name: .long, help: "Colour: auto (on a terminal unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    /// Colour for standard output: on a terminal, and never when `NO_COLOR` is set (no-color.org).
    var style: TerminalStyle {
        switch color {
        case .always: return .color
        case .never: return .plain
        case .auto:
            let env = Console.environment
            let noColor = !(env["NO_COLOR"] ?? "").isEmpty
            return TerminalStyle(enabled: Console.stdoutIsTerminal && !noColor && env["TERM"] != "dumb")
        }
    }
}
