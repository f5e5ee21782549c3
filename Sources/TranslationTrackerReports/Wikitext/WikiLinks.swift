import TranslationTracker
import Foundation

/// Links from a page published on one wiki (the home wiki) to pages anywhere in the manifest.
///
/// Pages on the home wiki get internal links (`[[…]]`, blue or red as the wiki knows them).
/// Pages on other wikis get full URLs made from the manifest's API addresses rather than
/// interwiki prefixes: a prefix works only where the wiki's interwiki table has it, and a URL
/// resolves the same from Meta-Wiki, a test wiki or a private one.
struct WikiLinks {
    var manifest: Manifest
    var home: String?

    /// `[[Title|label]]` on the home wiki; the label alone, escaped, when the title cannot be linked.
    func local(_ title: String, label: String) -> String? {
        guard WikitextEscape.linkTarget(title) != nil else { return nil }
        return WikitextEscape.link(title: title, interwiki: nil, label: label)
    }

    /// A link to a page on any wiki of the manifest; nil when the wiki has no usable address.
    func anywhere(wiki: String, title: String, label: String) -> String? {
        if wiki == home { return local(title, label: label) }
        guard let url = WikiPlace(wiki: wiki, title: title, role: .copy).url(manifest) else { return nil }
        return "[\(Self.safe(url)) \(WikitextEscape.text(label))]"
    }

    /// A link to the translation a status was read from: its wiki page, or, for a local file,
    /// where the document's first wiki page keeps that language's translation.
    func translation(_ status: TranslationStatus, spec: DocumentSpec, label: String) -> String? {
        switch status.location {
        case .wiki(let wiki, let title):
            return anywhere(wiki: wiki, title: title, label: label)
        case .file:
            guard let page = spec.pages.first else { return nil }
            return anywhere(wiki: page.wiki, title: page.translation.expanded(for: status.language), label: label)
        }
    }

    /// A link to one revision: `[[Special:PermanentLink/N|…]]` at home, its permanent URL elsewhere.
    func revision(wiki: String, title: String, id: Int, label: String) -> String? {
        if wiki == home { return "[[Special:PermanentLink/\(id)|\(WikitextEscape.text(label))]]" }
        guard let url = manifest.wiki(wiki)?.permanentURL(title: title, revision: id) else { return nil }
        return "[\(Self.safe(url)) \(WikitextEscape.text(label))]"
    }

    /// A link to a URL the report already holds (an English diff); nil when it cannot stand in
    /// an external link (a space, a bracket or a quote in it).
    func url(_ url: String, label: String) -> String? {
        guard url.hasPrefix("https://") || url.hasPrefix("http://"), !url.contains(where: { " []<>\"\n".contains($0) }) else { return nil }
        return "[\(Self.safe(url)) \(WikitextEscape.text(label))]"
    }

    /// A URL that wikitext leaves alone: MediaWiki replaces `~~~` with a signature and removes
    /// `__NOTOC__`-like words even inside a link's URL, and `''` would open italics. Their
    /// characters are percent-encoded, which the wiki decodes back when the link is followed.
    static func safe(_ url: String) -> String {
        var out = url.replacingOccurrences(of: "~", with: "%7E").replacingOccurrences(of: "'", with: "%27")
        while out.contains("__") { out = out.replacingOccurrences(of: "__", with: "_%5F") }
        return out
    }
}
