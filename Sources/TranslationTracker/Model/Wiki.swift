/// A wiki where documents or their copies live (Meta-Wiki, Commons, a local Wikipedia).
///
/// Declared in the manifest so that readers for dumps and the Action API can find every place
/// a translation may exist. `language` is set for single-language wikis such as `arwiki`.
public struct Wiki: Sendable, Codable, Hashable {
    public var id: String
    public var name: String
    public var api: String
    public var language: LanguageCode?

    public init(id: String, name: String, api: String, language: LanguageCode? = nil) {
        self.id = id
        self.name = name
        self.api = api
        self.language = language
    }
}
