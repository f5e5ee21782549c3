/// Who runs this tracker: shown in reports and, in the live-wiki readers, sent in the
/// User-Agent as Wikimedia's policy asks (`contact` is a URL or an e-mail address).
public struct Project: Sendable, Codable, Hashable {
    /// The project's name in reports.
    public var name: String
    /// How to reach whoever runs the tool (an e-mail or a user page), sent in the User-Agent as Wikimedia asks.
    public var contact: String?

    /// A project.
    public init(name: String, contact: String? = nil) {
        self.name = name
        self.contact = contact
    }
}
