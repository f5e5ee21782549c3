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

    @Test("one compact row per language: autonym with lang and dir, a bar and a state per document, copies, to do")
    func content() {
        let text = Self.render(SampleReport.report, SampleReport.context)
        let table = RowTable(text)
        #expect(table.header == [
            "Language", "data-sort-type=\"number\" | Plan summary", "class=\"unsortable\" | Copies", "data-sort-type=\"number\" | To do",
        ])
        #expect(text.contains("{| class=\"wikitable sortable plainlinks\" style=\"font-size:95%\"\n"))
        #expect(text.contains("|+ Sample ‹project›: translation status\n"))
        #expect(text.contains("| data-sort-value=\"Arabic\" | <span lang=\"ar\" dir=\"rtl\">العربية</span> <small>ar</small>\n"))
        #expect(text.contains("| data-sort-value=\"Chinese\" | <span lang=\"zh\" dir=\"ltr\">中文</span> <small>zh</small>\n"))
        // Arabic: complete, read from the local file, linked to where Meta keeps it.
        #expect(text.contains("| data-sort-value=\"100.0\" | " + WikitextBar.bar(100, state: .complete) + " 100.0% [[Plan/Summary/ar|complete]]\n"))
        // Japanese: no translation, so no link and a sort value below every coverage.
        #expect(text.contains("| data-sort-value=\"-1\" | " + WikitextBar.bar(0, state: .missing) + " 0.0% missing\n"))
        // Copies were not read (local files only): the mark says so; the link is a URL, not an interwiki prefix.
        #expect(text.contains("<span style=\"white-space:nowrap\" title=\"not read\">[https://fr.wikipedia.org/wiki/Wikip%C3%A9dia:Plan_%26_r%C3%A9sum%C3%A9_2024 frwiki]&nbsp;·</span>"))
        #expect(text.contains("| data-sort-value=\"3\" | 3 units missing\n"), "Japanese: three units to translate")
        #expect(text.contains("| data-sort-value=\"0\" | nothing to do\n"), "Arabic")
        #expect(text.contains("|- class=\"sortbottom\" style=\"font-weight:bold\"\n| All 5 languages\n"))
        #expect(text.contains("Updated 2025-11-27T08:07:14Z by transtrack from Plan summary: the English file en.wiki (3 units)."))
        #expect(text.contains("Not tracked: Slides: no local files declared; it is tracked on wikis only."))
        #expect(!text.contains("{{"), "no templates: the wiki may lack them")
        #expect(table.rows.count == 6, "5 languages and the totals")
        #expect(table.header.count <= WikitextRenderer.maximumColumns)
    }

    @Test("links: internal on the publishing wiki, full URLs to every other wiki, worklists from the to-do cell")
    func links() {
        let renderer = WikitextRenderer(worklists: PathPattern("Plan/Status/{lang}"))
        let text = renderer.render(SampleReport.report, context: SampleReport.context)
        #expect(text.contains("[[Plan/Summary/zh|outdated]]"))
        #expect(text.contains("[https://ar.wikipedia.org/wiki/%D9%88%D9%8A%D9%83%D9%8A%D8%A8%D9%8A%D8%AF%D9%8A%D8%A7:%D8%A7%D9%84%D8%AE%D8%B7%D8%A9/%D9%85%D9%84%D8%AE%D8%B5 arwiki]"))
        #expect(text.contains("| data-sort-value=\"3\" | [[Plan/Status/ja|3 units missing]]\n"))
        #expect(text.contains("| data-sort-value=\"0\" | [[Plan/Status/ar|nothing to do]]\n"))
        // Published on Commons instead: Meta pages become URLs, the same text otherwise.
        let elsewhere = WikitextRenderer(home: "commons").render(SampleReport.report, context: SampleReport.context)
        #expect(elsewhere.contains("[https://meta.wikimedia.org/wiki/Plan/Summary/zh outdated]"))
    }

    @Test("the time shown is the newest revision read, so an unchanged wiki gives an unchanged table")
    func dataTime() {
        var report = SampleReport.report
        report.documents[0].source.location = .wiki(id: "meta", title: "Plan/Summary")
        report.documents[0].source.revision = RevisionRef(id: 4990, timestamp: "2024-01-02T03:04:05Z")
        report.documents[0].translations[0].revision = RevisionRef(id: 5001, timestamp: "2024-02-01T00:00:00Z")
        let text = Self.render(report, SampleReport.context)
        #expect(text.contains("Updated 2024-02-01T00:00:00Z by transtrack from Plan summary: [[Special:PermanentLink/4990|English revision 4990]] of 2024-01-02 (3 units)."))
        #expect(Self.render(report, RenderContext(manifest: SampleReport.manifest)) == text, "the clock plays no part once the data has a time")
    }

    @Test("never more than eight columns: many documents share one column, a line each", arguments: [1, 4, 5, 6, 9])
    func columns(documents count: Int) {
        var manifest = SampleReport.manifest
        var report = SampleReport.report
        let template = report.documents[0]
        manifest.documents = (0..<count).map { i in
            var spec = SampleReport.summary
            spec.id = "d\(i)"
            spec.name = "Document \(i)"
            return spec
        }
        report.documents = (0..<count).map { i in
            var document = template
            document.id = "d\(i)"
            document.name = "Document \(i)"
            for t in document.translations.indices { document.translations[t].document = "d\(i)" }
            return document
        }
        report.untracked = []
        let table = RowTable(WikitextRenderer().render(report, context: RenderContext(manifest: manifest)))
        #expect(table.header.count == (count <= 5 ? count + 3 : 4))
        #expect(table.header.count <= WikitextRenderer.maximumColumns)
        for row in table.rows { #expect(row.count == table.header.count, "\(row)") }
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
