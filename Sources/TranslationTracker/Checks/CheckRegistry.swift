/// The single list of content checks. A test proves every check is here and documented, and
/// runs every check's examples.
public enum CheckRegistry {
    public static let all: [any Check] = [
        NumbersCheck(), LinksCheck(), TemplatesCheck(), MarkupCheck(), PlaceholdersCheck(), UntranslatedCheck(), ScriptCheck(),
        LengthCheck(), PunctuationCheck(),
    ]

    public static func check(_ id: String) -> (any Check)? { all.first { $0.id == id } }

    public static var ids: [String] { all.map(\.id) }
}
