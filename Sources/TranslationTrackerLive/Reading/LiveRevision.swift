import TranslationTrackerReaders

/// One revision as the cache stores it: the fields of ``ExportRevision`` that the Action API
/// gives, `Codable`. `sha1` is base-36, as in dumps (see ``SHA1Base36``).
public struct LiveRevision: Sendable, Codable, Hashable {
    public var id: Int
    public var parentID: Int?
    public var timestamp: String
    public var user: String?
    public var comment: String?
    public var model: String?
    public var format: String?
    public var text: String?
    public var size: Int?
    public var sha1: String?
    public var textHidden: Bool?

    public init(_ revision: ExportRevision) {
        id = revision.id
        parentID = revision.parentID
        timestamp = revision.timestamp
        user = revision.contributor
        comment = revision.comment
        model = revision.model
        format = revision.format
        text = revision.text
        size = revision.bytes
        sha1 = revision.sha1
        textHidden = revision.textDeleted ? true : nil
    }

    public var exportRevision: ExportRevision {
        ExportRevision(
            id: id, parentID: parentID, timestamp: timestamp, contributor: user, comment: comment, model: model, format: format, text: text,
            bytes: size, sha1: sha1, textDeleted: textHidden ?? false)
    }
}
