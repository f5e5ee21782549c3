import TranslationTracker

/// A wiki page where one language's translation of a document lives, as the manifest declares
/// it: the translation of a page on a wiki (`pages`, such as the `/ar` subpage of the translatable
/// page on Meta-Wiki or `File:… (ar).pdf` on Commons) or a copy on the language's own wiki.
///
/// Reports link every place a translation lives, so a coordinator reaches each from one table.
struct WikiPlace: Sendable, Hashable {
    enum Role: Sendable, Hashable {
        /// Declared under the document's `pages`.
        case page(translatable: Bool)
        /// Declared under the document's `copies`.
        case copy
    }

    var wiki: String
    var title: String
    var role: Role

    /// Every place of `document`'s translation into `language`: pages first, in manifest order, then the copy.
    static func places(of document: DocumentSpec, language: LanguageCode) -> [WikiPlace] {
        var places = document.pages.map {
            WikiPlace(wiki: $0.wiki, title: $0.translation.expanded(for: language), role: .page(translatable: $0.translatable))
        }
        if let copy = document.copies[language] { places.append(WikiPlace(wiki: copy.wiki, title: copy.title, role: .copy)) }
        return places
    }

    /// The wiki a published wikitext report lives on: the first wiki with a translatable page
    /// (Meta-Wiki in our manifest); links to pages there are local, all others interwiki.
    static func home(_ manifest: Manifest) -> String? {
        manifest.documents.lazy.flatMap(\.pages).first { $0.translatable }?.wiki
    }

    /// What a link to this place says: the wiki's name, or its id when the manifest has no such wiki.
    func label(_ manifest: Manifest) -> String { manifest.wiki(wiki)?.name ?? wiki }

    /// The interwiki prefix that reaches this place from another Wikimedia wiki: the language
    /// code for a copy on a language's wiki (`ar`), else the wiki's language, else its id (`commons`).
    func interwikiPrefix(_ manifest: Manifest, language: LanguageCode) -> String {
        let declared = manifest.wiki(wiki)
        if role == .copy { return (declared?.language ?? language).rawValue }
        return declared?.language?.rawValue ?? wiki
    }

    /// The page's address on the web, from the wiki's API address
    /// (`https://meta.wikimedia.org/w/api.php` → `https://meta.wikimedia.org/wiki/Title`);
    /// nil when the wiki is not declared or its API address has no usual shape.
    func url(_ manifest: Manifest) -> String? {
        guard let api = manifest.wiki(wiki)?.api, api.hasPrefix("https://") || api.hasPrefix("http://") else { return nil }
        let encoded = Self.encode(title)
        if api.hasSuffix("/w/api.php") { return String(api.dropLast("/w/api.php".count)) + "/wiki/" + encoded }
        if api.hasSuffix("/api.php") { return String(api.dropLast("api.php".count)) + "index.php?title=" + encoded }
        return nil
    }

    /// A title as MediaWiki writes it in URLs: spaces as underscores, then percent-encoded
    /// except for letters, digits and `-._~/:`. Parentheses are encoded too, so the address can
    /// stand in a Markdown link unchanged.
    static func encode(_ title: String) -> String {
        var out = ""
        for byte in title.replacingOccurrences(of: " ", with: "_").utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"), UInt8(ascii: ":"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                out += "%" + hex(byte)
            }
        }
        return out
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
