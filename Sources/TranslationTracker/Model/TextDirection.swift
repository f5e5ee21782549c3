/// The writing direction of a language; reports use it for `dir` attributes and alignment.
public enum TextDirection: String, Sendable, Codable, CaseIterable {
    /// Left to right.
    case ltr
    /// Right to left (Arabic, Hebrew, Persian, Urdu).
    case rtl
}
