import Foundation

/// Where `publish --to WIKI:TITLE` writes: a wiki id of the manifest and a page title on it.
///
/// The wiki id comes before the first colon, so titles with namespaces keep theirs:
/// `meta:User:Example/Translation status` is the page `User:Example/Translation status` on `meta`.
package struct PublishTarget: Sendable, Hashable, CustomStringConvertible {
    package var wiki: String
    package var title: String

    package init(wiki: String, title: String) {
        self.wiki = wiki
        self.title = title
    }

    /// Parses `WIKI:TITLE`; nil when either side is empty or there is no colon.
    package init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let wiki = text[..<colon].trimmingCharacters(in: .whitespaces)
        let title = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !wiki.isEmpty, !title.isEmpty else { return nil }
        self.init(wiki: wiki, title: title)
    }

    package var description: String { wiki + ":" + title }
}
