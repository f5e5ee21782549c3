/// The writing direction of a language; reports use it for `dir` attributes and alignment.
public enum TextDirection: String, Sendable, Codable, CaseIterable {
    case ltr
    case rtl
}
