/// Where a page lives: a local file (path relative to the workspace root) or a wiki page.
public enum PageLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A local file, relative to the manifest's root.
    case file(path: String)
    /// A page on a wiki of the manifest.
    case wiki(id: String, title: String)

    /// The place this location belongs to: `local` for files, the wiki id otherwise.
    public var place: String {
        switch self {
        case .file: "local"
        case .wiki(let id, _): id
        }
    }

    /// The file path, for locations where findings can point at a line.
    public var path: String? {
        if case .file(let path) = self { return path }
        return nil
    }

    public var description: String {
        switch self {
        case .file(let path): path
        case .wiki(let id, let title): "\(id):\(title)"
        }
    }

    enum CodingKeys: String, CodingKey { case file, wiki, title }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let path = try c.decodeIfPresent(String.self, forKey: .file) {
            self = .file(path: path)
        } else {
            self = .wiki(id: try c.decode(String.self, forKey: .wiki), title: try c.decode(String.self, forKey: .title))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .file(let path): try c.encode(path, forKey: .file)
        case .wiki(let id, let title):
            try c.encode(id, forKey: .wiki)
            try c.encode(title, forKey: .title)
        }
    }
}
