/// Something worth telling a translator or coordinator: a stale unit, a missing translation,
/// a broken marker. Findings are values that reports render; they are never thrown.
///
/// `check` names what produced it (`stale`, `missing-unit`, `structure`, …); `file`, `line` and
/// `column` point where the fix goes when the text is local.
public struct Finding: Sendable, Codable, Hashable {
    /// The check or status rule that found it (`stale`, `numbers`, …): what `--fail-on` and suppression comments name.
    public var check: String
    /// How bad it is; the gate fails on errors or warnings when asked to.
    public var severity: Severity
    /// The document's id, when the finding is about one.
    public var document: String?
    /// The translation's language, when the finding is about one.
    public var language: LanguageCode?
    /// The unit, when the finding is about one.
    public var unit: UnitID?
    /// The local file, relative to the workspace root, when there is one.
    public var file: String?
    /// The 1-based line in ``file``.
    public var line: Int?
    /// The 1-based column in ``file``.
    public var column: Int?
    /// What is wrong and what to do, in one line.
    public var message: String
    /// The offending pieces of text, for content checks: `["177 million", "175 millions"]`.
    public var fragments: [String]?
    /// For a finding about a wiki page: where, with links (see ``WikiLocation``).
    public var wiki: WikiLocation?

    package init(
        check: String, severity: Severity, document: String? = nil, language: LanguageCode? = nil,
        unit: UnitID? = nil, file: String? = nil, line: Int? = nil, column: Int? = nil, message: String, fragments: [String]? = nil,
        wiki: WikiLocation? = nil
    ) {
        self.wiki = wiki
        self.fragments = fragments
        self.check = check
        self.severity = severity
        self.document = document
        self.language = language
        self.unit = unit
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column` (as much of it as is known), for `file:line: severity: message` output;
    /// for a wiki page `wiki:title#unit` (`meta:Annual Plan/Summary/fr#3`).
    public var locationText: String? {
        guard let file else { return wiki.map { "\($0.wiki):\($0.title)" + (unit.map { "#\($0)" } ?? "") } }
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// Findings in output order. Sorts positions, then moves each finding once: findings are
    /// large values and a large workspace has hundreds of thousands of them.
    public static func sorted(_ findings: [Finding]) -> [Finding] {
        let order = findings.indices.sorted { ordered(findings[$0], findings[$1]) }
        return order.map { findings[$0] }
    }

    /// Order within one file: by line and column, then by check. Findings without a file (on a
    /// wiki page) have no line either: the page's own come first, then by unit (9 before 10).
    public static func ordered(_ a: Finding, _ b: Finding) -> Bool {
        if a.file == nil, b.file == nil, a.unit != b.unit {
            guard let x = a.unit else { return true }
            guard let y = b.unit else { return false }
            return x < y
        }
        let left = (a.file ?? "\u{10FFFF}", a.line ?? 0, a.column ?? 0, a.check, a.message)
        let right = (b.file ?? "\u{10FFFF}", b.line ?? 0, b.column ?? 0, b.check, b.message)
        return left < right
    }
}

/// The ids of findings that come from status and structure rather than content checks.
public enum StatusCheck {
    /// The English unit changed after the translation was made.
    public static let stale = "stale"
    /// A translation lacks a unit that the English has.
    public static let missingUnit = "missing-unit"
    /// There is no translation at all.
    public static let missingTranslation = "missing-translation"
    /// A translated unit the English no longer has.
    public static let extraUnit = "extra-unit"
    /// A translated slide deck with another number of slides (or PDF pages) than the English.
    public static let slideCount = "slide-count"
    /// A unit without provenance: neither known current nor known stale.
    public static let unverified = "unverified"
    /// Broken unit structure: markers, `<translate>` tags, duplicate ids.
    public static let structure = "structure"
    /// The Translate extension's own numbers for a translation differ from the units' states.
    public static let translateMismatch = "translate-mismatch"
    /// A file that cannot be read as wikitext (not UTF-8), or a folder the manifest does not know.
    public static let input = "input"
}
