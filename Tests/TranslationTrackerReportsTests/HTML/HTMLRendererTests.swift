import Foundation
import Testing
import TranslationTracker

@testable import TranslationTrackerReports

@Suite("HTML report")
struct HTMLRendererTests {
    static func render(_ report: StatusReport, _ context: RenderContext) -> String { HTMLRenderer().render(report, context: context) }

    @Test func golden() throws {
        try Golden.check(Self.render(SampleReport.report, SampleReport.context), against: "status.html")
    }

    @Test func goldenWithComparison() throws {
        try Golden.check(Self.render(SampleReport.report, SampleReport.comparisonContext), against: "status-compare.html")
    }

    @Test func goldenEscaping() throws {
        let (report, context) = SampleReport.hostileReport
        try Golden.check(Self.render(report, context), against: "escaping.html")
    }

    @Test("self-contained: no external script, style, image, font or frame; a policy that forbids them")
    func selfContained() {
        let html = Self.render(SampleReport.report, SampleReport.comparisonContext)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"))
        for forbidden in [" src=\"", "<link", "@import", "url(", "<iframe", "<img"] { #expect(!html.contains(forbidden), "\(forbidden)") }
        // Addresses appear only as links to wiki pages and as the SVG namespace.
        for match in html.matches(of: /(.{0,7})https?:/) {
            #expect(match.output.1.hasSuffix("href=\"") || match.output.1.hasSuffix("xmlns=\""), "\(match.output.0)")
        }
    }

    @Test("accessible table: column and row headers, sortable columns, RTL cells, a live region, an SVG with titles")
    func accessibility() {
        let html = Self.render(SampleReport.report, SampleReport.context)
        #expect(html.matches(of: /<th scope="col"[^>]* data-type="(text|number)">/).count == 11)
        #expect(html.contains("<th scope=\"row\" lang=\"ar\" dir=\"rtl\"><a href=\"#details--summary--ar\">العربية</a></th>"))
        #expect(html.contains("<th scope=\"row\" lang=\"zh\"><a href=\"#details--summary--zh\">中文</a></th>"))
        #expect(html.contains("<p id=\"sort-status\" class=\"visually-hidden\" aria-live=\"polite\"></p>"))
        #expect(html.contains("<td class=\"num\" data-sort=\"33.3\">"))
        #expect(html.contains("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""))
        #expect(html.contains("<title id=\"chart--summary-title\">Coverage per language: Plan summary</title>"))
        #expect(html.contains("<title>العربية (ar): 100.0% current, complete</title>"))
        #expect(html.contains("aria-sort"), "the script sets aria-sort on the sorted column")
        #expect(html.contains("<details id=\"details--summary--zh\">"))
        #expect(html.contains("<bdi lang=\"ar\" dir=\"rtl\">العربية</bdi>"))
        #expect(html.contains("<time datetime=\"2025-11-27T08:07:14Z\">2025-11-27T08:07:14Z</time>"))
        #expect(html.contains("@media (prefers-color-scheme: dark)"))
    }

    @Test("hostile text is escaped everywhere: one script element, balanced tags")
    func escaping() throws {
        let (report, context) = SampleReport.hostileReport
        let html = Self.render(report, context)
        #expect(html.components(separatedBy: "<script").count == 2, "only the page's own script")
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>") && !html.contains("<i>2024"))
        #expect(html.contains(HTMLEscape.text(SampleReport.hostile)))
        #expect(html.contains("<th scope=\"row\" lang=\"he\" dir=\"rtl\">"))
        #expect(html.contains("id=\"row--doc_7C1--he\""), "ids are made of safe characters")
        try Self.checkBalanced(html)
        try Self.checkBalanced(Self.render(SampleReport.report, SampleReport.comparisonContext))
    }

    @Test func escapes() {
        #expect(HTMLEscape.text("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLEscape.id("doc", "a b|ü") == "doc--a_20b_7C_C3_BC")
    }

    /// Every element opened is closed, in order: hostile text opened none. Void elements and
    /// self-closed SVG elements stand alone; style and script contents are skipped.
    static func checkBalanced(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "wbr"]
        var body = html.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
        for element in ["style", "script"] {
            while let open = body.range(of: "<\(element)>"), let close = body.range(of: "</\(element)>", range: open.upperBound..<body.endIndex) {
                body.replaceSubrange(open.lowerBound..<close.upperBound, with: "")
            }
        }
        var stack: [String] = []
        for match in body.matches(of: /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*?(\/?)>/) {
            let name = String(match.output.2).lowercased()
            if match.output.1 == "/" {
                guard stack.last == name else {
                    Issue.record("</\(name)> closes \(stack.last ?? "nothing")", sourceLocation: sourceLocation)
                    return
                }
                stack.removeLast()
            } else if match.output.3 != "/" && !void.contains(name) {
                stack.append(name)
            }
        }
        #expect(stack.isEmpty, "unclosed: \(stack)", sourceLocation: sourceLocation)
        // Nothing that looks like a tag is left in text: every < starts one of the tags above.
        #expect(body.replacing(/<\/?[a-zA-Z][^<>]*>/, with: "").contains("<") == false, sourceLocation: sourceLocation)
    }
}
