/// What `prop=imageinfo` says about the current version of a file (a slide deck on Commons):
/// enough to tell one upload from another without downloading it.
package struct FileInfo: Sendable, Codable, Hashable {
    /// When this version was uploaded (ISO 8601).
    package var timestamp: String
    /// Base-36, as dumps write sha1s (the API's hex is converted; see ``SHA1Base36``).
    package var sha1: String?
    package var size: Int?
    package var mime: String?
    /// Pages of a PDF or DjVu: the API's `pagecount`, else a `Pages` entry of the metadata.
    package var pageCount: Int?

    package init(timestamp: String, sha1: String? = nil, size: Int? = nil, mime: String? = nil, pageCount: Int? = nil) {
        self.timestamp = timestamp
        self.sha1 = sha1
        self.size = size
        self.mime = mime
        self.pageCount = pageCount
    }

    /// Decodes one entry of `imageinfo` (formatversion=2).
    static func decode(_ json: JSONValue) -> FileInfo? {
        guard let timestamp = json["timestamp"]?.string else { return nil }
        var pages = json["pagecount"]?.int
        if pages == nil {
            for entry in json["metadata"]?.array ?? [] {
                let name = entry["name"]?.string?.lowercased() ?? ""
                if name == "pages" || name == "pagecount" || name == "page_count", let count = entry["value"]?.int {
                    pages = count
                    break
                }
            }
        }
        return FileInfo(
            timestamp: timestamp, sha1: json["sha1"]?.string.flatMap(SHA1Base36.fromHex), size: json["size"]?.int, mime: json["mime"]?.string,
            pageCount: pages)
    }
}
