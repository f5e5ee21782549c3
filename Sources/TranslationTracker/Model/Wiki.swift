/// A wiki where documents or their copies live (Meta-Wiki, Commons, a local Wikipedia).
///
/// Declared in the manifest so that readers for dumps and the Action API can find every place
/// a translation may exist. `language` is set for single-language wikis such as `arwiki`.
public struct Wiki: Sendable, Codable, Hashable {
    /// The id documents use to name it (`meta`, `arwiki`).
    public var id: String
    /// Its name in reports.
    public var name: String
    /// Its Action API URL (`https://meta.wikimedia.org/w/api.php`).
    public var api: String
    /// The language of a language's own wiki, if it is one.
    public var language: LanguageCode?

    /// A wiki.
    public init(id: String, name: String, api: String, language: LanguageCode? = nil) {
        self.id = id
        self.name = name
        self.api = api
        self.language = language
    }

    /// The wiki's `index.php`, next to its `api.php` (`https://meta.wikimedia.org/w/index.php`).
    public var index: String? {
        guard api.hasSuffix("/api.php") else { return nil }
        return String(api.dropLast("api.php".count)) + "index.php"
    }

    /// The permanent URL of a revision: `index.php?title=TITLE&oldid=REV`.
    public func permanentURL(title: String, revision: Int) -> String? {
        index.map { "\($0)?title=\(Self.encode(title))&oldid=\(revision)" }
    }

    /// The URL of the diff between two revisions of one page: `index.php?diff=NEW&oldid=OLD`.
    public func diffURL(from old: Int, to new: Int) -> String? {
        index.map { "\($0)?diff=\(new)&oldid=\(old)" }
    }

    /// A title as MediaWiki writes it in URLs: spaces as underscores, the rest percent-encoded
    /// except the characters titles keep readable (`/`, `:`, `(`, `)`, `,`).
    static func encode(_ title: String) -> String {
        var out = ""
        for byte in title.replacingOccurrences(of: " ", with: "_").utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "("),
                UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String { count >= length ? self : String(repeating: "0", count: length - count) + self }
}
