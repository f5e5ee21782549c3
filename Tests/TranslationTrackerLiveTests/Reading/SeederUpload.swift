import AsyncHTTPClient
import Foundation
import NIOCore

@testable import TranslationTrackerLive

extension TestWiki.Seeder {
    /// Uploads a file as the bot (`action=upload`, multipart, as the API requires for file
    /// contents); returns the file page's latest revision id.
    @discardableResult
    func upload(_ name: String, contents: String, http: HTTPClient) async throws -> Int {
        let boundary = "transtrack-\(UUID().uuidString)"
        var body = ""
        let fields = [("action", "upload"), ("filename", name), ("comment", "transtrack test upload"), ("ignorewarnings", "1"),
            ("token", csrf), ("format", "json"), ("formatversion", "2")]
        for (key, value) in fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        body += contents + "\r\n--\(boundary)--\r\n"
        var request = HTTPClientRequest(url: client.api.absoluteString)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "multipart/form-data; boundary=\(boundary)")
        request.headers.add(name: "User-Agent", value: client.userAgent)
        if let cookie = await client.cookies.header() { request.headers.add(name: "Cookie", value: cookie) }
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await http.execute(request, timeout: .seconds(30))
        let data = try await response.body.collect(upTo: 1 << 20)
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(data.readableBytesView))
        guard json["upload"]?["result"]?.string == "Success" else { throw TestWikiError("upload of \(name) failed: \(json)") }
        let query = try await client.call([("action", "query"), ("prop", "revisions"), ("titles", "File:" + name), ("rvprop", "ids")])
        guard let id = query["query"]?["pages"]?[0]?["revisions"]?[0]?["revid"]?.int else { throw TestWikiError("no revision of File:\(name)") }
        return id
    }

    /// A small SVG whose bytes differ by `label`.
    static func svg(_ label: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="24">\(label)</text></svg>
        """
    }
}
