/// A content check: compares an English unit with its translation and reports what is wrong.
///
/// Each check lives in its own file, describes itself (id, severity, summary, rationale) and
/// carries examples that are its tests and its documentation. ``CheckRegistry`` lists them all.
public protocol Check: Sendable {
    /// Short id used in findings, `--fail-on`, the manifest and suppression comments.
    var id: String { get }
    /// The severity of its issues unless the issue or the manifest says otherwise.
    var defaultSeverity: Severity { get }
    /// One line for `transtrack checks`.
    var summary: String { get }
    /// Why it matters and how it decides, for `transtrack explain`.
    var rationale: String { get }
    /// Pairs of English and translation with the issues expected: the check's tests and its documentation.
    var examples: [CheckExample] { get }
    /// Whether the check also runs on the slides of a deck. A slide is short and has no wikitext
    /// markup, so only checks that judge its content (a figure, a link, a sentence left in
    /// English) apply; the others judge markup, or are noise on lines as short as a slide's.
    var appliesToSlides: Bool { get }

    /// The issues in one translated unit; none when the translation is right.
    func run(_ input: CheckInput) -> [CheckIssue]
}

extension Check {
    public var appliesToSlides: Bool { false }
}

/// What a check sees: one English unit and its translation, analysed.
public struct CheckInput: Sendable {
    /// The unit's id, for the finding.
    public var unit: UnitID
    /// Heading, paragraph, list or table: some checks judge a heading differently.
    public var kind: UnitKind
    /// The translation's language, with its script and direction.
    public var language: Language
    /// The English unit the translation was made from.
    public var english: UnitAnalysis
    /// The translated unit.
    public var translation: UnitAnalysis

    /// A unit pair to check; `unit` and `kind` matter only to checks that look at them.
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
    /// What is wrong and what to do, in one line.
    public var message: String
    /// The offending pieces of text, the first being the one to look for.
    public var fragments: [String]
    /// Nil means the check's default severity.
    public var severity: Severity?
    /// Where in the translation to point, when the fragment is the translation's own text.
    public var inTranslation: Bool

    /// An issue; `severity` nil keeps the check's default.
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
    /// The English unit.
    public var english: String
    /// Its translation.
    public var translation: String
    /// The translation's language.
    public var language: LanguageCode
    /// The first fragment of each issue the check must report, in order; empty for a correct translation.
    public var expected: [String]
    /// The kind of unit both texts are.
    public var kind: UnitKind

    /// An example: an English unit, its translation in `language`, and the fragments expected.
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
