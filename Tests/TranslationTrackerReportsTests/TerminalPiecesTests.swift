import Testing

@testable import TranslationTrackerReports

@Suite("terminal building blocks")
struct TerminalPiecesTests {
    @Test(arguments: [
        ("English", 7), ("中文", 4), ("日本語", 6), ("العربية", 7), ("हिन्दी", 5), ("🎉", 2), ("a\u{200F}b", 2), ("e\u{301}", 1),
    ])
    func displayWidth(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func padding() {
        #expect(DisplayWidth.pad("中文", to: 6) == "中文  ")
        #expect(DisplayWidth.pad("7", to: 3, alignRight: true) == "  7")
        #expect(DisplayWidth.pad("toolong", to: 3) == "toolong")
    }

    @Test(arguments: [(0.0, "··········"), (100.0, "██████████"), (86.6, "████████▋·"), (50.0, "█████·····"), (1.0, "··········"), (1.25, "▏·········"), (2.5, "▎·········"), (150.0, "██████████")])
    func bar(_ percent: Double, _ expected: String) {
        #expect(CoverageBar.render(percent) == expected)
    }

    @Test func style() {
        #expect(TerminalStyle.plain.paint("x", .red) == "x")
        #expect(TerminalStyle.color.paint("x", .red) == "\u{1B}[31mx\u{1B}[0m")
        #expect(TerminalStyle.plain.bold("x") == "x")
    }

    @Test func percent() {
        #expect(TerminalRenderer.percent(100) == "100.0%")
        #expect(TerminalRenderer.percent(86.6) == "86.6%")
        #expect(TerminalRenderer.percent(0) == "0.0%")
    }
}
