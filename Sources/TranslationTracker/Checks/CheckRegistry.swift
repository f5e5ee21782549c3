/// The single list of content checks. A test proves every check is here and documented, and
/// runs every check's examples.
public enum CheckRegistry {
    /// Every built-in check, in the order `transtrack checks` lists them.
    public static let all: [any Check] = [
        NumbersCheck(), LinksCheck(), TemplatesCheck(), MarkupCheck(), PlaceholdersCheck(), UntranslatedCheck(), ScriptCheck(),
        LengthCheck(), PunctuationCheck(),
    ]

    /// The built-in check with this id, or nil.
    public static func check(_ id: String) -> (any Check)? { all.first { $0.id == id } }

    /// The ids of the built-in checks, as the manifest and `--fail-on` name them.
    public static var ids: [String] { all.map(\.id) }
}
