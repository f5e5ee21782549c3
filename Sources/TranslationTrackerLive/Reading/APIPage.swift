import TranslationTracker
import TranslationTrackerReaders

/// One page of a `query` answer (formatversion=2) turned into the value a dump gives: a
/// ``WikiPage`` with its revisions, plus the file's ``FileInfo`` for a file page.
///
/// A query with continuation lists a page again in each answer with the revisions that answer
/// carries, so pages are merged: revisions by id, oldest first, as exports order them.
struct APIPage: Sendable {
    var page: WikiPage
    var file: FileInfo?
    /// `prop=info`'s latest revision id: enough to tell whether a cached page changed.
    var lastRevision: Int?

    /// Nil for a page that does not exist (`missing`) or whose title is `invalid`.
    static func decode(_ json: JSONValue) -> APIPage? {
        guard json["missing"]?.bool != true, json["invalid"]?.bool != true, let title = json["title"]?.string else { return nil }
        let revisions = (json["revisions"]?.array ?? []).compactMap(decodeRevision)
        let file = json["imageinfo"]?.array.first.flatMap(FileInfo.decode)
        let page = WikiPage(title: title, namespace: json["ns"]?.int ?? 0, id: json["pageid"]?.int ?? 0, revisions: revisions)
        return APIPage(page: page, file: file, lastRevision: json["lastrevid"]?.int)
    }

    /// A revision with `rvprop=ids|timestamp|sha1|content|size|comment|user` and `rvslots=main`.
    static func decodeRevision(_ json: JSONValue) -> WikiRevision? {
        guard let id = json["revid"]?.int, let timestamp = json["timestamp"]?.string else { return nil }
        let main = json["slots"]?["main"]
        let hidden = json["texthidden"]?.bool == true || main?["texthidden"]?.bool == true
        return WikiRevision(
            id: id, parentID: json["parentid"]?.int, timestamp: timestamp, contributor: json["user"]?.string, comment: json["comment"]?.string,
            model: main?["contentmodel"]?.string, format: main?["contentformat"]?.string, text: main?["content"]?.string,
            bytes: json["size"]?.int, sha1: json["sha1"]?.string.flatMap(SHA1Base36.fromHex), textDeleted: hidden)
    }

    /// Adds what a later answer of the same continued query says about this page.
    mutating func merge(_ other: APIPage) {
        var byID = Dictionary(page.revisions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for revision in other.page.revisions { byID[revision.id] = revision }
        page.revisions = byID.values.sorted { ($0.timestamp, $0.id) < ($1.timestamp, $1.id) }
        if file == nil { file = other.file }
        if lastRevision == nil { lastRevision = other.lastRevision }
    }
}
