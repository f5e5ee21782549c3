import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerReports

@Suite("Wikitext report for Meta-Wiki")
struct WikitextRendererTests {
    static func render(_ report: StatusReport, _ context: RenderContext) -> String { WikitextRenderer().render(report, context: context) }

    @Test func golden() throws {
        try Golden.check(Self.render(SampleReport.report, SampleReport.context), against: "status.wiki")
    }

    @Test func goldenEscaping() throws {
        let (report, context) = SampleReport.hostileReport
        try Golden.check(Self.render(report, context), against: "escaping.wiki")
    }

    @Test("the table sits between the markers, so WikitextBlock can replace it")
    func markers() throws {
        let text = Self.render(SampleReport.report, SampleReport.context)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == WikitextBlock.begin)
        #expect(lines.last == WikitextBlock.end)
        #expect(try WikitextBlock.replace(in: "Intro\n" + text + "[[Category:X]]\n", with: text) == "Intro\n" + text + "[[Category:X]]\n")
    }

    @Test("one row per language, with lang and dir, a coloured sortable coverage cell and the timestamp")
    func content() {
        let text = Self.render(SampleReport.report, SampleReport.context)
        #expect(text.contains("{| class=\"wikitable sortable\"\n"))
        #expect(text.contains("|+ Translation status: Sample ‹project› (as of 2025-11-27T08:07:14Z)\n"))
        #expect(text.contains("| lang=\"ar\" dir=\"rtl\" | العربية\n"))
        #expect(text.contains("| lang=\"zh\" dir=\"ltr\" | 中文\n"))
        #expect(text.contains("| style=\"background:#a3d9a5;color:#202122\" data-sort-value=\"100.0\" | 100.0%\n"))
        #expect(text.contains("| style=\"background:#f4b6b6;color:#202122\" data-sort-value=\"33.3\" | 33.3%\n"))
        #expect(text.contains("| stale: 1<br />missing: 3<br />unverified: 2<br />extra: 9\n"))
        #expect(!text.contains("{{"), "no templates: the wiki may lack them")
        #expect(RowTable(text).rows.count == 5)
    }

    @Test("links reach every place a translation lives")
    func links() {
        let text = Self.render(SampleReport.report, SampleReport.context)
        // The table is published on Meta-Wiki (the first wiki with a translatable page): local links there.
        #expect(text.contains("summary: [[Plan/Summary/ar|Meta-Wiki]] · [[:ar:ويكيبيديا:الخطة/ملخص|Arabic Wikipedia]]"))
        #expect(text.contains("slides: [[:commons:File:Plan slides (ar).pdf|Wikimedia Commons]]"))
        // `&` is an entity, `_` a space: titles decode both.
        #expect(text.contains("[[:fr:Wikipédia:Plan &amp; résumé 2024|French Wikipedia]]"))
        #expect(text.contains("Source: [[Plan/Summary|Plan summary]], English, 3 units."))
    }

    @Test("hostile text cannot change the table's shape")
    func tableShape() {
        let (report, context) = SampleReport.hostileReport
        for text in [Self.render(SampleReport.report, SampleReport.context), Self.render(report, context)] {
            let table = RowTable(text)
            #expect(!table.rows.isEmpty)
            for row in table.rows { #expect(row.count == table.header.count, "\(row)") }
            for line in table.lines {
                #expect(["{|", "|+ ", "! ", "|-", "| ", "|}"].contains(where: line.hasPrefix), "\(line)")
                if !line.hasPrefix("! ") { #expect(!line.contains("||") && !line.contains("!!"), "\(line)") }
            }
            #expect(!text.contains("{{") && !text.contains("}}") && !text.contains("~~~") && !text.contains("__") && !text.contains("''"))
            #expect(!text.contains("<script"))
            // Our links are the only [[…]]: a target with no markup, then a label.
            var rest = Substring(text)
            while let open = rest.range(of: "[[") {
                guard let close = rest[open.upperBound...].range(of: "]]") else {
                    Issue.record("unclosed [[ in \(rest)")
                    break
                }
                let link = rest[open.upperBound..<close.lowerBound]
                #expect(link.wholeMatch(of: /:?[^\[\]{}|<>\n]+\|[^\[\]{}|<>\n]+/) != nil, "\(link)")
                rest = rest[close.upperBound...]
            }
        }
    }

    @Test("hostile text round-trips through escaping and stays on one line")
    func escapedText() {
        let escaped = WikitextEscape.text(SampleReport.hostile)
        let withoutBreaks = escaped.replacingOccurrences(of: "<br />", with: "")
        for forbidden in ["|", "{", "}", "[", "]", "~", "<", ">", "''", "__", "!", "\n", "\r"] {
            #expect(!withoutBreaks.contains(forbidden), "\(forbidden) in \(escaped)")
        }
        #expect(Self.decode(escaped) == SampleReport.hostile.replacingOccurrences(of: "\r\n", with: "\n"))
    }

    @Test(arguments: [
        ("* list", "&#42; list"), ("# n", "&#35; n"), (":indent", "&#58;indent"), (";term", "&#59;term"), ("=h=", "&#61;h="),
        ("----", "&#45;---"), (" pre", "&#32;pre"), ("a * b # c", "a * b # c"), ("l'an", "l'an"), ("''x''", "&#39;&#39;x&#39;&#39;"),
        ("a_b", "a_b"), ("__TOC__", "&#95;&#95;TOC&#95;&#95;"), ("~~~~", "&#126;&#126;&#126;&#126;"), ("a || b", "a &#124;&#124; b"),
        ("{{x}}", "&#123;&#123;x&#125;&#125;"), ("[[x]]", "&#91;&#91;x&#93;&#93;"), ("<nowiki>", "&lt;nowiki&gt;"), ("&amp;", "&amp;amp;"),
        ("\u{200F}עברית 🎉", "\u{200F}עברית 🎉"),
    ])
    func escapes(_ text: String, _ expected: String) {
        #expect(WikitextEscape.text(text) == expected)
    }

    @Test func linkTargets() {
        #expect(WikitextEscape.link(title: "Plan/Summary/ar", interwiki: nil, label: "Meta") == "[[Plan/Summary/ar|Meta]]")
        #expect(WikitextEscape.link(title: "Category:Plans", interwiki: nil, label: "c") == "[[:Category:Plans|c]]")
        #expect(WikitextEscape.link(title: "/sub", interwiki: nil, label: "s") == "[[:/sub|s]]")
        #expect(WikitextEscape.link(title: "File:A b.pdf", interwiki: "commons", label: "C|x") == "[[:commons:File:A b.pdf|C&#124;x]]")
        #expect(WikitextEscape.link(title: "Bad [[title]]", interwiki: "ar", label: "A") == "A (Bad &#91;&#91;title&#93;&#93;)")
        #expect(WikitextEscape.link(title: "Sig ~~~", interwiki: nil, label: "A") == "A (Sig &#126;&#126;&#126;)")
    }

    /// What MediaWiki shows for escaped text: character references decoded, `<br />` a line break.
    static func decode(_ text: String) -> String {
        var out = text.replacingOccurrences(of: "<br />", with: "\n")
        for match in out.matches(of: /&#(\d+);/).reversed() {
            out.replaceSubrange(match.range, with: String(Character(Unicode.Scalar(UInt32(match.output.1)!)!)))
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out
    }
}

/// The rows of the wikitext table as MediaWiki's table parser reads them: the header line's
/// `!!`-separated cells, then per `|-` the cell lines that follow it.
struct RowTable {
    var lines: [String] = []
    var header: [String] = []
    var rows: [[String]] = []

    init(_ text: String) {
        var inside = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("{|") { inside = true }
            guard inside else { continue }
            lines.append(line)
            if line.hasPrefix("|}") { break }
            if line.hasPrefix("! ") {
                header = line.dropFirst(2).components(separatedBy: " !! ")
            } else if line.hasPrefix("|-") {
                rows.append([])
            } else if line.hasPrefix("| "), !rows.isEmpty {
                rows[rows.count - 1].append(line)
            }
        }
    }
}
