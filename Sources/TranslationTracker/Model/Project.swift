/// Who runs this tracker: shown in reports and, in the live-wiki readers, sent in the
/// User-Agent as Wikimedia's policy asks (`contact` is a URL or an e-mail address).
public struct Project: Sendable, Codable, Hashable {
    public var name: String
    public var contact: String?

    public init(name: String, contact: String? = nil) {
        self.name = name
        self.contact = contact
    }
}
