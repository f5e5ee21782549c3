/// The manifest's `checks:` section: which checks run, and how severe their findings are,
/// everywhere or for one language.
///
/// ```yaml
/// checks:
///   disabled: [length]
///   severity: { script: error }
///   languages:
///     ja: { disabled: [punctuation] }
/// ```
/// A severity set here replaces the severity of every finding of that check.
public struct CheckConfiguration: Sendable, Codable, Hashable {
    /// Check ids switched off for every language.
    public var disabled: [String]
    /// Check id → severity, replacing the check's default for every language.
    public var severity: [String: Severity]
    /// Per-language changes, applied after the global ones.
    public var languages: [LanguageCode: LanguageChecks]

    /// What the manifest changes for one language: checks switched off and severities.
    public struct LanguageChecks: Sendable, Codable, Hashable {
        /// Check ids switched off for this language.
        public var disabled: [String]
        /// Check id → severity for this language.
        public var severity: [String: Severity]

        /// A language's changes; empty changes nothing.
        public init(disabled: [String] = [], severity: [String: Severity] = [:]) {
            self.disabled = disabled
            self.severity = severity
        }

        enum CodingKeys: String, CodingKey { case disabled, severity }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            disabled = try c.decodeIfPresent([String].self, forKey: .disabled) ?? []
            severity = try c.decodeIfPresent([String: Severity].self, forKey: .severity) ?? [:]
        }
    }

    /// The manifest's `checks:` section; empty keeps every check on at its default severity.
    public init(disabled: [String] = [], severity: [String: Severity] = [:], languages: [LanguageCode: LanguageChecks] = [:]) {
        self.disabled = disabled
        self.severity = severity
        self.languages = languages
    }

    enum CodingKeys: String, CodingKey { case disabled, severity, languages }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        disabled = try c.decodeIfPresent([String].self, forKey: .disabled) ?? []
        severity = try c.decodeIfPresent([String: Severity].self, forKey: .severity) ?? [:]
        languages = try c.decodeIfPresent([LanguageCode: LanguageChecks].self, forKey: .languages) ?? [:]
    }

    /// Whether `check` runs on translations into `language`.
    public func isEnabled(_ check: String, for language: LanguageCode) -> Bool {
        !disabled.contains(check) && !(languages[language]?.disabled.contains(check) ?? false)
    }

    /// The configured severity of a check's findings in a language, if any.
    public func severity(of check: String, for language: LanguageCode) -> Severity? {
        languages[language]?.severity[check] ?? severity[check]
    }

    /// Every check id the configuration names, with its path, for validation.
    var namedChecks: [(String, String)] {
        var result = disabled.enumerated().map { ("checks.disabled[\($0.offset)]", $0.element) }
        result += severity.keys.sorted().map { ("checks.severity.\($0)#key", $0) }
        for (code, language) in languages.sorted(by: { $0.key < $1.key }) {
            result += language.disabled.enumerated().map { ("checks.languages.\(code).disabled[\($0.offset)]", $0.element) }
            result += language.severity.keys.sorted().map { ("checks.languages.\(code).severity.\($0)#key", $0) }
        }
        return result
    }
}
