import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerReports

@Suite("Markdown report")
struct MarkdownRendererTests {
    static func render(_ report: StatusReport, _ context: RenderContext) -> String { MarkdownRenderer().render(report, context: context) }

    @Test func golden() throws {
        try Golden.check(Self.render(SampleReport.report, SampleReport.context), against: "status.md")
    }

    @Test func goldenWithComparison() throws {
        try Golden.check(Self.render(SampleReport.report, SampleReport.comparisonContext), against: "status-compare.md")
    }

    @Test func goldenEscaping() throws {
        let (report, context) = SampleReport.hostileReport
        try Golden.check(Self.render(report, context), against: "escaping.md")
    }

    @Test("without a timestamp the report says nothing of when it was made")
    func noTimestamp() {
        let text = Self.render(SampleReport.report, RenderContext(manifest: SampleReport.manifest))
        #expect(!text.contains("Generated"))
        #expect(Self.render(SampleReport.report, SampleReport.context).contains("Generated 2025-11-27T08:07:14Z by transtrack."))
    }

    @Test("the coverage table has a row per translation, with counts, and sections link lines")
    func content() {
        let text = Self.render(SampleReport.report, SampleReport.context)
        #expect(text.contains("| Language | Autonym | State | Coverage | Current | Stale | Missing | Unverified | Extra |"))
        #expect(text.contains("| Chinese (zh) | 中文 | outdated | 0.0% | 0 | 1 | 1 | 1 | 1 |"))
        #expect(text.contains("| Arabic (ar) | \u{2068}العربية\u{2069} | complete | 100.0% | 3 | 0 | 0 | 0 | 0 |"))
        #expect(text.contains("- unit 1: [zh.wiki#L1](zh.wiki#L1), English: [en.wiki#L2](en.wiki#L2)"))
        #expect(text.contains("[Meta-Wiki](https://meta.wikimedia.org/wiki/Plan/Summary/fr)"))
        #expect(text.contains("[French Wikipedia](https://fr.wikipedia.org/wiki/Wikip%C3%A9dia:Plan_%26_r%C3%A9sum%C3%A9_2024)"))
        #expect(text.contains("### Errors (3)"))
        #expect(!text.contains("Since the baseline"))
    }

    @Test("every table line has as many cells as its header, whatever the text")
    func tablesKeepTheirShape() {
        let (report, context) = SampleReport.hostileReport
        for text in [Self.render(SampleReport.report, SampleReport.comparisonContext), Self.render(report, context)] {
            var tables: [[String]] = []
            var current: [String] = []
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                if line.hasPrefix("|") {
                    current.append(line)
                } else if !current.isEmpty {
                    tables.append(current)
                    current = []
                }
            }
            #expect(tables.count >= 2)
            for table in tables {
                let header = Self.unescapedPipes(table[0])
                for line in table { #expect(Self.unescapedPipes(line) == header, "\(line)") }
            }
        }
    }

    @Test("hostile text is one line of plain text")
    func escapedText() {
        let escaped = MarkdownEscape.text(SampleReport.hostile)
        #expect(!escaped.contains("\n") && !escaped.contains("\r"))
        #expect(escaped.contains("x<br>\\* list<br>=h=<br>: dd"))
        let scanned = escaped.replacingOccurrences(of: "<br>", with: " ")
        var previous: Character = " "
        var escapedNext = false
        let characters = Array(scanned)
        for (i, character) in characters.enumerated() {
            defer { previous = character }
            if escapedNext {
                escapedNext = false
                continue
            }
            switch character {
            case "\\": escapedNext = true
            case "|", "`", "*", "[", "]", "~", "$", "<", ">": Issue.record("unescaped \(character) at \(i) in \(scanned)")
            case "&":
                let rest = String(characters[i...].prefix(6))
                #expect(rest.hasPrefix("&amp;") || rest.hasPrefix("&lt;") || rest.hasPrefix("&gt;"), "bare & at \(i)")
            case "_": #expect(previous.isLetter && characters[i + 1].isLetter, "unescaped _ at \(i)")
            default: break
            }
        }
        #expect(Self.unescape(escaped) == SampleReport.hostile.replacingOccurrences(of: "\r\n", with: "\n"))
    }

    @Test("a line break in hostile text starts no list, heading or definition")
    func noBlockInjection() {
        let (report, context) = SampleReport.hostileReport
        let text = Self.render(report, context)
        #expect(text.contains(MarkdownEscape.text(SampleReport.hostile)))
        for line in text.split(separator: "\n") {
            #expect(!line.hasPrefix("* list") && !line.hasPrefix("=h=") && !line.hasPrefix(": dd"), "\(line)")
        }
        // Link destinations are percent-encoded: no space, pipe or bracket ends them early.
        let destinations = text.matches(of: /\]\(([^)]*)\)/).map { String($0.output.1) }
        #expect(destinations.contains("src/he%20%7C%20x.wiki#L3"))
        for destination in destinations {
            #expect(!destination.contains(where: { " |<>()[]\\`\"".contains($0) }), "\(destination)")
        }
        #expect(!text.contains("<script"))
    }

    @Test(arguments: [
        ("# not a heading", "\\# not a heading"), ("- item", "\\- item"), ("1. first", "1\\. first"), ("12) x", "12\\) x"),
        ("a-b # c", "a-b # c"), ("snake_case_name", "snake_case_name"), ("_start", "\\_start"), ("a <b> & c", "a &lt;b&gt; &amp; c"),
    ])
    func escapes(_ text: String, _ expected: String) {
        #expect(MarkdownEscape.text(text) == expected)
    }

    @Test func paths() {
        #expect(MarkdownEscape.path("locales/fr/summary.wiki") == "locales/fr/summary.wiki")
        #expect(MarkdownEscape.path("a b|(c):d%.wiki") == "a%20b%7C%28c%29%3Ad%25.wiki")
        #expect(MarkdownEscape.url("https://x.org/wiki/A_(b)|c d") == "https://x.org/wiki/A_%28b%29%7Cc%20d")
    }

    /// Pipes that separate cells: those not escaped with a backslash.
    static func unescapedPipes(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                count += 1
            }
        }
        return count
    }

    /// What a Markdown reader shows for escaped text (entities, backslash escapes, `<br>`).
    static func unescape(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let character = rest.first {
            if rest.hasPrefix("<br>") {
                out += "\n"
                rest = rest.dropFirst(4)
            } else if let entity = ["&amp;": "&", "&lt;": "<", "&gt;": ">"].first(where: { rest.hasPrefix($0.key) }) {
                out += entity.value
                rest = rest.dropFirst(entity.key.count)
            } else if character == "\\", let next = rest.dropFirst().first {
                out.append(next)
                rest = rest.dropFirst(2)
            } else {
                out.append(character)
                rest = rest.dropFirst()
            }
        }
        return out
    }
}
