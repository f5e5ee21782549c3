/// A language the project translates into (or from), as the manifest declares it.
///
/// The autonym is what reports show to readers of that language; the English name is for
/// coordinators. Example: `Language(code: "ar", name: "Arabic", autonym: "العربية", direction: .rtl)`.
public struct Language: Sendable, Codable, Hashable {
    /// Its code (`fr`, `zh-hans`).
    public var code: LanguageCode
    /// Its English name.
    public var name: String
    /// Its name in itself (`français`), for reports read by its speakers.
    public var autonym: String
    /// Left to right or right to left, for reports and the script checks.
    public var direction: TextDirection

    /// A language; most are written left to right.
    public init(code: LanguageCode, name: String, autonym: String, direction: TextDirection = .ltr) {
        self.code = code
        self.name = name
        self.autonym = autonym
        self.direction = direction
    }

    enum CodingKeys: String, CodingKey { case code, name, autonym, direction }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(LanguageCode.self, forKey: .code)
        name = try c.decode(String.self, forKey: .name)
        autonym = try c.decodeIfPresent(String.self, forKey: .autonym) ?? name
        direction = try c.decodeIfPresent(TextDirection.self, forKey: .direction) ?? .ltr
    }
}
