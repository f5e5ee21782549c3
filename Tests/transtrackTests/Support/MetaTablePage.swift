import Foundation
import TestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A published page as a reader's browser shows it: the wiki renders it with the Vector 2022
/// skin (`useskin=vector-2022`), and headless Chromium lays it out in a window of a given width.
///
/// The page's HTML is fetched from the wiki and loaded from a file with a `<base>` pointing at
/// the wiki, so its styles and scripts come from the wiki itself, plus one script of ours that
/// measures the layout once the page has loaded and writes the figures into the page, which
/// `--dump-dom` prints.
struct MetaTablePage: Decodable, CustomStringConvertible {
    var viewportWidth: Double
    var documentScrollWidth: Double
    var contentRight: Double
    var contentWidth: Double
    var tableRight: Double
    var tableWidth: Double
    var rows: Int
    var columns: Int
    var rowLanguages: [String]
    var links: [Link]

    struct Link: Decodable {
        var href: String
        var red: Bool
    }

    var description: String {
        "viewport \(viewportWidth), document scroll width \(documentScrollWidth), content right \(contentRight) (width \(contentWidth)), table right \(tableRight) (width \(tableWidth)), \(rows) rows, \(columns) columns"
    }

    static let probe = """
        <script>
        window.addEventListener('load', function () {
          setTimeout(function () {
            var table = document.querySelector('#mw-content-text table.wikitable');
            var content = document.querySelector('#mw-content-text');
            var t = table.getBoundingClientRect(), c = content.getBoundingClientRect();
            var languages = [];
            table.querySelectorAll('tr td:first-child span[lang]').forEach(function (s) { languages.push(s.getAttribute('lang')); });
            var links = [];
            table.querySelectorAll('a[href]').forEach(function (a) { links.push({ href: a.href, red: a.classList.contains('new') }); });
            var out = document.createElement('pre');
            out.id = 'transtrack-measure';
            out.textContent = JSON.stringify({
              viewportWidth: document.documentElement.clientWidth, documentScrollWidth: document.documentElement.scrollWidth,
              contentRight: c.right, contentWidth: c.width, tableRight: t.right, tableWidth: t.width,
              rows: table.rows.length, columns: table.rows[0].cells.length, rowLanguages: languages, links: links });
            document.body.appendChild(out);
          }, 500);
        });
        </script>
        """

    struct Failure: Error, CustomStringConvertible { var description: String }

    static func measure(wiki: PublishWiki, title: String, chromium: Chromium, width: Int) async throws -> MetaTablePage {
        let index = wiki.api.absoluteString.replacingOccurrences(of: "api.php", with: "index.php")
        var components = URLComponents(string: index)!
        components.queryItems = [URLQueryItem(name: "title", value: title), URLQueryItem(name: "useskin", value: "vector-2022")]
        let (data, response) = try await URLSession.shared.data(from: components.url!)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw Failure(description: "the wiki did not render \(title)") }
        var html = String(decoding: data, as: UTF8.self)
        let root = wiki.api.deletingLastPathComponent().absoluteString
        guard let head = html.range(of: "<head>") else { throw Failure(description: "no <head> in the rendered page") }
        html.insert(contentsOf: "<base href=\"\(root)\">", at: head.upperBound)
        guard let end = html.range(of: "</body>", options: .backwards) else { throw Failure(description: "no </body> in the rendered page") }
        html.insert(contentsOf: probe, at: end.lowerBound)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("transtrack-meta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        let run = try chromium.run(file, ["--window-size=\(width),1000", "--virtual-time-budget=20000", "--dump-dom"])
        guard let start = run.stdout.range(of: "<pre id=\"transtrack-measure\">"),
            let stop = run.stdout[start.upperBound...].range(of: "</pre>")
        else { throw Failure(description: "the page's probe wrote nothing; Chromium said: \(run.stderr.suffix(2000))") }
        let json = String(run.stdout[start.upperBound..<stop.lowerBound])
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(MetaTablePage.self, from: Data(json.utf8))
    }

    /// The HTTP status a link answers with (redirects followed).
    static func status(of href: String) async throws -> Int {
        guard let url = URL(string: href) else { return 0 }
        let (_, response) = try await URLSession.shared.data(from: url)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }
}
