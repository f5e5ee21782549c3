/// A content check: compares an English unit with its translation and reports what is wrong.
///
/// Each check lives in its own file, describes itself (id, severity, summary, rationale) and
/// carries examples that are its tests and its documentation. ``CheckRegistry`` lists them all.
public protocol Check: Sendable {
    /// Short id used in findings, `--fail-on`, the manifest and suppression comments.
    var id: String { get }
    var defaultSeverity: Severity { get }
    /// One line for `transtrack checks`.
    var summary: String { get }
    /// Why it matters and how it decides, for `transtrack explain`.
    var rationale: String { get }
    var examples: [CheckExample] { get }
    /// Whether the check also runs on the slides of a deck. A slide is short and has no wikitext
    /// markup, so only checks that judge its content (a figure, a link, a sentence left in
    /// English) apply; the others judge markup, or are noise on lines as short as a slide's.
    var appliesToSlides: Bool { get }

    func run(_ input: CheckInput) -> [CheckIssue]
}

extension Check {
    public var appliesToSlides: Bool { false }
}

/// What a check sees: one English unit and its translation, analysed.
public struct CheckInput: Sendable {
    public var unit: UnitID
    public var kind: UnitKind
    public var language: Language
    public var english: UnitAnalysis
    public var translation: UnitAnalysis

    public init(unit: UnitID = "1", kind: UnitKind = .paragraph, language: Language, english: UnitAnalysis, translation: UnitAnalysis) {
        self.unit = unit
        self.kind = kind
        self.language = language
        self.english = english
        self.translation = translation
    }
}

/// One problem a check found. `fragments` are the offending pieces of text, English or
/// translated, the first being the one to look for.
public struct CheckIssue: Sendable, Hashable {
    public var message: String
    public var fragments: [String]
    /// Nil means the check's default severity.
    public var severity: Severity?
    /// Where in the translation to point, when the fragment is the translation's own text.
    public var inTranslation: Bool

    public init(_ message: String, fragments: [String], severity: Severity? = nil, inTranslation: Bool = false) {
        self.message = message
        self.fragments = fragments
        self.severity = severity
        self.inTranslation = inTranslation
    }
}

/// An example of a check at work: an English unit, a translation, and the first fragment of
/// each issue expected (none for a correct translation).
public struct CheckExample: Sendable {
    public var english: String
    public var translation: String
    public var language: LanguageCode
    public var expected: [String]
    public var kind: UnitKind

    public init(_ english: String, _ translation: String, language: LanguageCode, expected: [String] = [], kind: UnitKind = .paragraph) {
        self.english = english
        self.translation = translation
        self.language = language
        self.expected = expected
        self.kind = kind
    }

    /// Runs `check` on this example.
    public func run(_ check: any Check) -> [CheckIssue] {
        let language = Language(code: language, name: language.rawValue, autonym: language.rawValue, direction: Script.expected(for: language) == [.arabic] ? .rtl : .ltr)
        return check.run(
            CheckInput(
                kind: kind, language: language, english: UnitAnalysis(english, language: "en"),
                translation: UnitAnalysis(translation, language: language.code)))
    }
}
