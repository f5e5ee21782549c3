import Foundation
import Testing
import TestSupport
import TranslationTracker
import TranslationTrackerReaders

@testable import TranslationTrackerReports

/// The HTML report in headless Chromium: the page's script runs without a console message or
/// error, sorts every table by clicking its headings (with `aria-sort`), hostile text arrives in
/// the DOM as the same text, the page is readable with scripts off, and a screenshot is taken.
///
/// `reports/status.png` is made by `scripts/screenshot`, not here: pixels differ between machines.
@Suite("HTML report in headless Chromium", .enabled(if: Chromium.shouldRun, "needs Chromium (apt-get install chromium); CI=true makes its absence a failure"))
struct HTMLBrowserTests {
    /// What the harness script, run after the page's own, found and did.
    struct Result: Decodable {
        struct Table: Decodable {
            var ready: String?
            var buttons: Int
            var rows: Int
            var original: [String]
            var ascending: [Double]
            var ariaAscending: String?
            var descending: [Double]
            var ariaDescending: String?
            var languages: [String]
            var ariaLanguage: String?
            var sortedHeaders: Int
        }

        var errors: [String]
        var tables: [Table]
        var live: String
        var messages: [String]
        var details: Int
    }

    /// Records errors before the page's script runs: uncaught exceptions, rejected promises,
    /// `console.error`, and resources the page's Content-Security-Policy blocked.
    static let errorTrap = """
        <script>
        window.__errors = [];
        addEventListener("error", function (e) { __errors.push("error: " + e.message); });
        addEventListener("unhandledrejection", function (e) { __errors.push("unhandled rejection: " + e.reason); });
        document.addEventListener("securitypolicyviolation", function (e) { __errors.push("CSP: " + e.violatedDirective + " " + e.blockedURI); });
        (function () { var original = console.error; console.error = function () { __errors.push("console.error: " + Array.prototype.join.call(arguments, " ")); return original.apply(console, arguments); }; })();
        </script>

        """

    /// Clicks Coverage twice and Language once in every sortable table, reads the order and
    /// `aria-sort` after each click, and writes what it saw as JSON into the DOM for `--dump-dom`.
    static let harness = """
        <script>
        (function () {
          var out = { errors: window.__errors || ["the error trap did not run"], tables: [], live: "", messages: [], details: 0 };
          try {
            var tables = document.querySelectorAll("table[data-sortable]");
            for (var t = 0; t < tables.length; t++) {
              var table = tables[t];
              var headers = table.tHead.rows[0].cells;
              var column = function (label) {
                for (var i = 0; i < headers.length; i++) if (headers[i].textContent.trim() === label) return i;
                throw new Error("no column " + label);
              };
              var values = function (index) {
                return Array.prototype.map.call(table.tBodies[0].rows, function (row) {
                  var cell = row.cells[index];
                  var value = cell.getAttribute("data-sort");
                  return value === null ? cell.textContent.trim() : value;
                });
              };
              var coverage = column("Coverage"), language = column("Language");
              var result = {
                ready: table.getAttribute("data-sortable"), buttons: table.tHead.querySelectorAll("th > button").length,
                rows: table.tBodies[0].rows.length, original: values(language)
              };
              headers[coverage].querySelector("button").click();
              result.ascending = values(coverage).map(Number);
              result.ariaAscending = headers[coverage].getAttribute("aria-sort");
              headers[coverage].querySelector("button").click();
              result.descending = values(coverage).map(Number);
              result.ariaDescending = headers[coverage].getAttribute("aria-sort");
              headers[language].querySelector("button").click();
              result.languages = values(language);
              result.ariaLanguage = headers[language].getAttribute("aria-sort");
              result.sortedHeaders = table.tHead.querySelectorAll("th[aria-sort]").length;
              out.tables.push(result);
            }
            out.live = document.getElementById("sort-status").textContent;
            out.messages = Array.prototype.map.call(document.querySelectorAll(".message"), function (m) { return m.textContent; });
            out.details = document.querySelectorAll("details").length;
          } catch (e) {
            out.errors.push("harness: " + e);
          }
          var pre = document.createElement("pre");
          pre.id = "transtrack-test-result";
          pre.textContent = JSON.stringify(out);
          document.body.appendChild(pre);
        })();
        </script>

        """

    /// The report with the error trap first in `<head>` and the harness after the page's script.
    static func instrumented(_ html: String) -> String {
        html.replacingOccurrences(of: "<meta charset=\"utf-8\">\n", with: "<meta charset=\"utf-8\">\n" + errorTrap)
            .replacingOccurrences(of: "</body>", with: harness + "</body>")
    }

    static func write(_ html: String, name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("transtrack-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(html.utf8).write(to: url)
        return url
    }

    /// Loads the instrumented page and returns what the harness wrote, after checking the run.
    static func load(_ html: String, chromium: Chromium, sourceLocation: SourceLocation = #_sourceLocation) throws -> Result? {
        let url = try write(instrumented(html), name: "status.html")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let run = try chromium.run(url, ["--dump-dom"])
        #expect(!run.timedOut && run.status == 0, "chromium exited \(run.status): \(run.stderr.suffix(2000))", sourceLocation: sourceLocation)
        #expect(run.consoleMessages.isEmpty, "console messages: \(run.consoleMessages)", sourceLocation: sourceLocation)
        guard let start = run.stdout.range(of: "<pre id=\"transtrack-test-result\">"),
            let end = run.stdout.range(of: "</pre>", range: start.upperBound..<run.stdout.endIndex)
        else {
            Issue.record("the harness wrote no result; the page's scripts did not run to the end:\n\(run.stdout.suffix(2000))", sourceLocation: sourceLocation)
            return nil
        }
        let json = run.stdout[start.upperBound..<end.lowerBound]
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(Result.self, from: Data(json.utf8))
    }

    /// Every table was set up, sorts both ways by number and by text, and marks one heading sorted.
    static func checkSorting(_ result: Result, tables: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.errors.isEmpty, "\(result.errors)", sourceLocation: sourceLocation)
        #expect(result.tables.count == tables, sourceLocation: sourceLocation)
        for table in result.tables {
            #expect(table.ready == "ready" && table.buttons == 11 && table.rows > 0, sourceLocation: sourceLocation)
            #expect(table.ascending == table.ascending.sorted(), sourceLocation: sourceLocation)
            #expect(table.descending == table.descending.sorted(by: >), sourceLocation: sourceLocation)
            #expect(table.ariaAscending == "ascending" && table.ariaDescending == "descending", sourceLocation: sourceLocation)
            #expect(table.ariaLanguage == "ascending" && table.sortedHeaders == 1, sourceLocation: sourceLocation)
            #expect(Set(table.languages) == Set(table.original) && table.languages.count == table.original.count, sourceLocation: sourceLocation)
        }
        #expect(result.live.hasPrefix("Sorted by Language, ascending"), "\(result.live)", sourceLocation: sourceLocation)
    }

    @Test("the sample report: sorting works, no console message, no error")
    func sample() throws {
        guard let chromium = Chromium.required() else { return }
        guard let result = try Self.load(HTMLRenderer().render(SampleReport.report, context: SampleReport.comparisonContext), chromium: chromium) else { return }
        Self.checkSorting(result, tables: 1)
        #expect(result.details == 5)
        #expect(result.tables.first?.descending == [100, 100, 33.3, 0, 0])
    }

    @Test("hostile text reaches the DOM as the same text, and the page still works")
    func hostile() throws {
        guard let chromium = Chromium.required() else { return }
        let (report, context) = SampleReport.hostileReport
        guard let result = try Self.load(HTMLRenderer().render(report, context: context), chromium: chromium) else { return }
        Self.checkSorting(result, tables: 1)
        // An HTML parser reads CRLF as LF; everything else arrives as written.
        let hostile = SampleReport.hostile.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(result.messages.contains(hostile))
        #expect(result.messages.contains("workspace: " + hostile))
        #expect(result.tables.first?.original.contains("\u{5E2}\u{5D1}\u{5E8}\u{5D9}\u{5EA} || {{x}}") == true)
    }

    @Test("the embedded dataset's report: sorting works, no console message, no error")
    func dataset() throws {
        guard let chromium = Chromium.required() else { return }
        let (report, context) = try Self.dataset()
        guard let result = try Self.load(HTMLRenderer().render(report, context: context), chromium: chromium) else { return }
        Self.checkSorting(result, tables: report.documents.count)
        #expect(result.tables.first?.rows == report.documents.first?.translations.count)
    }

    @Test("with scripts off the table is all there, unsorted and without buttons")
    func withoutScripts() throws {
        guard let chromium = Chromium.required() else { return }
        // The page's one script removed (`--blink-settings=scriptEnabled=false` would also stop
        // `--dump-dom`), a probe reports the layout: every row and the chart show, the hint to sort does not.
        let html = HTMLRenderer().render(SampleReport.report, context: SampleReport.context)
        guard let scriptStart = html.range(of: "<script>\n"), let scriptEnd = html.range(of: "</script>\n", range: scriptStart.upperBound..<html.endIndex) else {
            Issue.record("the page has no script")
            return
        }
        let withoutScript = html.replacingCharacters(in: scriptStart.lowerBound..<scriptEnd.upperBound, with: "")
            .replacingOccurrences(of: "</body>", with: Self.layoutProbe + "</body>")
        let probeURL = try Self.write(withoutScript, name: "status.html")
        defer { try? FileManager.default.removeItem(at: probeURL.deletingLastPathComponent()) }
        let probe = try chromium.run(probeURL, ["--dump-dom", "--window-size=1200,1600"])
        #expect(!probe.timedOut && probe.status == 0 && probe.consoleMessages.isEmpty, "\(probe.consoleMessages)")
        #expect(probe.stdout.contains("<pre id=\"transtrack-layout\">rows=5 visible=5 buttons=0 hint=none chart=yes</pre>"), "\(probe.stdout.suffix(500))")
    }

    /// Reports how the page laid out: rows, rows with a height, buttons, the sort hint's display, the chart.
    static let layoutProbe = """
        <script>
        (function () {
          var rows = document.querySelectorAll("table[data-sortable] tbody tr");
          var visible = Array.prototype.filter.call(rows, function (row) { return row.getBoundingClientRect().height > 0; }).length;
          var hint = getComputedStyle(document.querySelector(".sort-hint")).display;
          var chart = document.querySelector("svg.chart").getBoundingClientRect().height > 100 ? "yes" : "no";
          var pre = document.createElement("pre");
          pre.id = "transtrack-layout";
          pre.textContent = "rows=" + rows.length + " visible=" + visible + " buttons=" + document.querySelectorAll("button").length + " hint=" + hint + " chart=" + chart;
          document.body.appendChild(pre);
        })();
        </script>

        """

    @Test("a screenshot at 1200×1600 is a PNG, taken without console messages")
    func screenshot() throws {
        guard let chromium = Chromium.required() else { return }
        let url = try Self.write(HTMLRenderer().render(SampleReport.report, context: SampleReport.comparisonContext), name: "status.html")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let png = url.deletingLastPathComponent().appendingPathComponent("status.png")
        let run = try chromium.run(url, ["--screenshot=" + png.path, "--window-size=1200,1600"])
        #expect(!run.timedOut && run.status == 0, "\(run.stderr.suffix(2000))")
        #expect(run.consoleMessages.isEmpty, "\(run.consoleMessages)")
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "not a PNG")
        // Width and height from the IHDR chunk.
        #expect(bytes.count > 10_000 && Self.bigEndian(bytes, at: 16) == 1200 && Self.bigEndian(bytes, at: 20) == 1600)
    }

    static func bigEndian(_ data: Data, at offset: Int) -> Int {
        data.dropFirst(offset).prefix(4).reduce(0) { $0 << 8 | Int($1) }
    }

    /// The embedded dataset's report with content checks, as `transtrack report` makes it.
    static func dataset() throws -> (StatusReport, RenderContext) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let workspace = try Workspace.open(manifestPath: root + "/" + Workspace.manifestRelativePath, currentDirectory: root)
        let evaluator = StatusEvaluator(checks: CheckRunner(configuration: workspace.manifest.checks))
        let report = try LocalFilesReader(workspace: workspace).status(evaluator: evaluator)
        return (report, RenderContext(manifest: workspace.manifest, generated: SampleReport.generated))
    }
}
