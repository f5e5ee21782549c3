/// What `meta=siteinfo&siprop=extensions|general|namespaces` says about a wiki that matters for
/// reading it: whether it runs the Translate extension (then its statistics are used) and
/// whether it has the `Translations` namespace where unit pages live.
package struct LiveSite: Sendable, Codable, Hashable {
    package var wiki: String
    package var siteName: String?
    package var translate: Bool
    /// Namespace number → name.
    package var namespaces: [Int: String]
    /// Namespace number → canonical (English) name, such as `Project` where the local name is
    /// `Wikipedia`; nil in caches written before it was kept.
    package var canonicalNamespaces: [Int: String]?

    package init(wiki: String, siteName: String? = nil, translate: Bool, namespaces: [Int: String], canonicalNamespaces: [Int: String]? = nil) {
        self.wiki = wiki
        self.siteName = siteName
        self.translate = translate
        self.namespaces = namespaces
        self.canonicalNamespaces = canonicalNamespaces
    }

    /// Decodes a siteinfo answer (formatversion=2).
    static func decode(_ json: JSONValue, wiki: String) -> LiveSite {
        let query = json["query"]
        let extensions = query?["extensions"]?.array ?? []
        let translate = extensions.contains { $0["name"]?.string == "Translate" }
        var namespaces: [Int: String] = [:]
        var canonical: [Int: String] = [:]
        for (key, value) in query?["namespaces"]?.object ?? [:] {
            guard let id = value["id"]?.int ?? Int(key) else { continue }
            namespaces[id] = value["name"]?.string ?? ""
            if let name = value["canonical"]?.string { canonical[id] = name }
        }
        return LiveSite(
            wiki: wiki, siteName: query?["general"]?["sitename"]?.string, translate: translate, namespaces: namespaces, canonicalNamespaces: canonical)
    }
}
