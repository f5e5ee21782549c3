import TranslationTracker
import XMLStream

/// Streams a MediaWiki export and keeps only the pages a filter wants: every other page is
/// skipped without building its text, so memory is bounded by the wanted pages, not the dump.
///
/// Feed it bytes in any pieces with ``feed(_:final:)``; read ``export`` at the end.
package final class ExportReader {
    /// Whether a page (by full title, namespace prefix included) is materialized.
    package typealias Filter = @Sendable (String) -> Bool

    private let handler: Handler
    private let parser: XMLPushParser

    /// - Parameters:
    ///   - wants: which pages to keep.
    ///   - history: keep every revision (true) or only the latest of each page.
    ///   - folding: with history, fold a long history's texts into a digest rather than keep them.
    package init(wants: @escaping Filter, history: Bool = true, folding: HistoryFolding? = nil) {
        handler = Handler(wants: wants, history: history, folding: folding)
        parser = XMLPushParser(handler: handler)
        handler.parser = parser
    }

    package func feed(_ bytes: ArraySlice<UInt8>, final: Bool = false) throws(XMLStreamError) {
        try parser.feed(bytes, final: final)
    }

    package func feed(_ bytes: [UInt8], final: Bool = false) throws(XMLStreamError) {
        try parser.feed(bytes[...], final: final)
    }

    package var export: Export { handler.export }

    /// The most revision texts one page held at once while it was read: the counting seam that
    /// shows a folded history is not accumulated (without folding, a page's revision count).
    package var mostTextsHeld: Int { handler.mostTextsHeld }

    /// Reads a whole export held in memory (tests, small files).
    package static func read(
        _ bytes: [UInt8], wants: @escaping Filter, history: Bool = true, folding: HistoryFolding? = nil
    ) throws(XMLStreamError) -> Export {
        let reader = ExportReader(wants: wants, history: history, folding: folding)
        try reader.feed(bytes, final: true)
        return reader.export
    }
}

/// The element names the reader acts on, compared as bytes.
private enum Name {
    static let page = Array("page".utf8)
    static let title = Array("title".utf8)
    static let ns = Array("ns".utf8)
    static let id = Array("id".utf8)
    static let redirect = Array("redirect".utf8)
    static let revision = Array("revision".utf8)
    static let parentid = Array("parentid".utf8)
    static let timestamp = Array("timestamp".utf8)
    static let contributor = Array("contributor".utf8)
    static let username = Array("username".utf8)
    static let ip = Array("ip".utf8)
    static let comment = Array("comment".utf8)
    static let model = Array("model".utf8)
    static let format = Array("format".utf8)
    static let text = Array("text".utf8)
    static let sha1 = Array("sha1".utf8)
    static let siteinfo = Array("siteinfo".utf8)
    static let sitename = Array("sitename".utf8)
    static let dbname = Array("dbname".utf8)
    static let base = Array("base".utf8)
    static let namespace = Array("namespace".utf8)
    static let upload = Array("upload".utf8)
    static let content = Array("content".utf8)
    static let mediawiki = Array("mediawiki".utf8)
}

extension Export {
    /// The export schema versions this reader was written and tested for.
    package static let knownSchemaVersions: Set<String> = ["0.10", "0.11"]

    /// Why the pages read may be incomplete or wrong: an export of a schema version the reader
    /// does not know (a newer MediaWiki may have moved the text). It is still read, as versions
    /// change little, but the user should know. Nil for 0.10 and 0.11, and when no version is
    /// declared (hand-made exports), which is read as before.
    package var schemaWarning: String? {
        guard let version = siteInfo.schemaVersion, !Self.knownSchemaVersions.contains(version) else { return nil }
        return "export schema version \(version) is not one this transtrack knows (\(Self.knownSchemaVersions.sorted().joined(separator: ", "))); "
            + "it was read as 0.11, so pages or revisions may be missed: check the results, or update transtrack"
    }
}

/// The state machine behind ``ExportReader``.
private final class Handler: XMLEventHandler {
    let wants: ExportReader.Filter
    let history: Bool
    let folding: HistoryFolding?
    var export = Export()
    private(set) var mostTextsHeld = 0
    /// Revision texts the current page holds, and their bytes.
    private var textsHeld = 0
    private var textBytesHeld = 0

    private enum Field { case none, title, ns, pageID, revisionID, parentID, timestamp, contributor, comment, model, format, text, sha1, siteName, dbName, base, namespace }

    private var field = Field.none
    private var buffer: [UInt8] = []
    private var inSiteInfo = false
    private var inPage = false
    private var inRevision = false
    private var inContributor = false
    private var inUpload = false
    /// Inside a 0.11 `<content>` (a slot other than main): its `<text>` is not the page's text.
    private var inContent = false
    /// To stop the parser when a kept text grows past libxml2's text limit; weak, as the parser
    /// owns this handler.
    weak var parser: XMLPushParser?
    /// The current page is wanted: its text is kept.
    private var keeping = false
    private var page: WikiPage?
    private var revision: WikiRevision?
    private var namespaceKey: Int?

    init(wants: @escaping ExportReader.Filter, history: Bool, folding: HistoryFolding?) {
        self.wants = wants
        self.history = history
        self.folding = folding
    }

    func startElement(_ name: Span<UInt8>, attributes: [XMLAttribute]) {
        if inPage {
            if inRevision {
                // Nothing of a page that is not wanted is kept, not even its comments.
                guard keeping else { return }
                if inContributor {
                    if name.equals(Name.username) || name.equals(Name.ip) { begin(.contributor) }
                    return
                }
                if inContent { return }
                if name.equals(Name.text) {
                    guard var revision else { return }
                    for attribute in attributes {
                        switch attribute.name {
                        case "bytes": revision.bytes = Int(attribute.value)
                        case "sha1": revision.sha1 = attribute.value
                        case "deleted": revision.textDeleted = true
                        default: break
                        }
                    }
                    self.revision = revision
                    if !revision.textDeleted { begin(.text) }
                } else if name.equals(Name.id) {
                    begin(.revisionID)
                } else if name.equals(Name.parentid) {
                    begin(.parentID)
                } else if name.equals(Name.timestamp) {
                    begin(.timestamp)
                } else if name.equals(Name.contributor) {
                    inContributor = true
                    if attributes.contains(where: { $0.name == "deleted" }) { revision?.contributor = nil }
                } else if name.equals(Name.comment) {
                    if !attributes.contains(where: { $0.name == "deleted" }) { begin(.comment) }
                } else if name.equals(Name.model) {
                    begin(.model)
                } else if name.equals(Name.format) {
                    begin(.format)
                } else if name.equals(Name.sha1) {
                    begin(.sha1)
                } else if name.equals(Name.content) {
                    inContent = true
                }
                return
            }
            if inUpload { return }
            if name.equals(Name.revision) {
                inRevision = true
                revision = WikiRevision(id: 0, timestamp: "")
            } else if name.equals(Name.title) {
                begin(.title)
            } else if name.equals(Name.ns) {
                begin(.ns)
            } else if name.equals(Name.id) {
                begin(.pageID)
            } else if name.equals(Name.redirect) {
                page?.redirect = attributes.first { $0.name == "title" }?.value ?? ""
            } else if name.equals(Name.upload) {
                inUpload = true
            }
            return
        }
        if name.equals(Name.mediawiki) {
            export.siteInfo.schemaVersion = attributes.first { $0.name == "version" }?.value
        } else if name.equals(Name.page) {
            inPage = true
            keeping = false
            page = WikiPage(title: "", namespace: 0, id: 0)
            textsHeld = 0
            textBytesHeld = 0
            export.pagesSeen += 1
        } else if name.equals(Name.siteinfo) {
            inSiteInfo = true
        } else if inSiteInfo {
            if name.equals(Name.sitename) {
                begin(.siteName)
            } else if name.equals(Name.dbname) {
                begin(.dbName)
            } else if name.equals(Name.base) {
                begin(.base)
            } else if name.equals(Name.namespace) {
                namespaceKey = attributes.first { $0.name == "key" }.flatMap { Int($0.value) }
                begin(.namespace)
            }
        }
    }

    func endElement(_ name: Span<UInt8>) {
        if field != .none { finish() }
        if inPage {
            if inRevision {
                if inContributor {
                    if name.equals(Name.contributor) { inContributor = false }
                    return
                }
                if inContent {
                    if name.equals(Name.content) { inContent = false }
                    return
                }
                if name.equals(Name.revision) {
                    inRevision = false
                    if keeping, let revision {
                        if history { keep(revision) } else { page?.revisions = [revision] }
                    }
                    revision = nil
                }
                return
            }
            if inUpload {
                if name.equals(Name.upload) { inUpload = false }
                return
            }
            if name.equals(Name.page) {
                inPage = false
                if keeping, let page { export.pages.append(page) }
                page = nil
                keeping = false
            }
            return
        }
        if name.equals(Name.siteinfo) { inSiteInfo = false }
    }

    func characters(_ text: Span<UInt8>) {
        guard field != .none else { return }
        guard buffer.count + text.count <= XMLPushParser.maxTextLength else {
            let what = field == .text ? "the text of page \"\(page?.title ?? "")\"" : "an element"
            parser?.stop(
                "\(what) is longer than \(XMLPushParser.maxTextLength) bytes, libxml2's limit without XML_PARSE_HUGE "
                    + "(MediaWiki pages are at most 2 MiB)")
            field = .none
            buffer = []
            return
        }
        buffer.append(text)
    }

    /// Appends a revision to the page's history; past the folding budget, folds it into the
    /// page's digest and keeps only the latest revision's text.
    private func keep(_ revision: WikiRevision) {
        guard var current = page else { return }
        page = nil  // one owner while the revisions change, so the array is not copied
        defer { page = current }
        current.revisions.append(revision)
        if revision.text != nil {
            textsHeld += 1
            textBytesHeld += revision.text?.utf8.count ?? 0
        }
        defer { mostTextsHeld = max(mostTextsHeld, textsHeld) }
        guard let folding else { return }
        if current.digest == nil {
            guard textBytesHeld > folding.textBudget else { return }
            var digest = HistoryDigest(sourceLanguage: folding.sourceLanguage)
            for earlier in current.revisions { digest.add(earlier) }
            current.digest = digest
            for index in current.revisions.indices.dropLast() { drop(&current.revisions[index]) }
        } else {
            current.digest?.add(revision)
            // The older texts went when they were folded; the previous latest goes now.
            drop(&current.revisions[current.revisions.count - 2])
        }
    }

    /// Lets go of a folded revision's text.
    private func drop(_ revision: inout WikiRevision) {
        guard let text = revision.text else { return }
        textBytesHeld -= text.utf8.count
        textsHeld -= 1
        revision.text = nil
    }

    private func begin(_ field: Field) {
        self.field = field
        buffer.removeAll(keepingCapacity: true)
    }

    private func finish() {
        let value = String(decoding: buffer, as: UTF8.self)
        switch field {
        case .title:
            page?.title = value
            keeping = wants(value)
            // `</title>` has been reported, so the element open now is the page.
            if !keeping, inPage { parser?.skipCurrentElement() }
        case .ns: page?.namespace = Int(value) ?? 0
        case .pageID: page?.id = Int(value) ?? 0
        case .revisionID: revision?.id = Int(value) ?? 0
        case .parentID: revision?.parentID = Int(value)
        case .timestamp: revision?.timestamp = value
        case .contributor: revision?.contributor = value
        case .comment: revision?.comment = value
        case .model: revision?.model = value
        case .format: revision?.format = value
        case .text: revision?.text = value
        case .sha1: if revision?.sha1 == nil { revision?.sha1 = value }
        case .siteName: export.siteInfo.siteName = value
        case .dbName: export.siteInfo.dbName = value
        case .base: export.siteInfo.base = value
        case .namespace: if let key = namespaceKey { export.siteInfo.namespaces[key] = value }
        case .none: break
        }
        field = .none
        buffer.removeAll(keepingCapacity: true)
    }
}
