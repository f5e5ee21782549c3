/// What the Translate extension itself says of one translation of one unit, as
/// `list=messagecollection` reports it (`properties.status`).
///
/// Translate keeps the outdated ("fuzzy") state in its own database (a `revtag` row), not in
/// the translation's text, so only the wiki can say it exactly; a dump can only infer it.
package enum TranslateReportedStatus: String, Sendable, Codable, Hashable {
    /// Translated from the English as Translate has it now.
    case translated
    /// Marked outdated: the English changed after the translation was saved, or the translator
    /// saved it with `!!FUZZY!!`.
    case fuzzy
    /// Translated and reviewed by someone other than its translator.
    case proofread
}

/// One unit of a translatable page in one language, as `list=messagecollection` lists it.
///
/// `unit` is the unit's name as in `Translations:PAGE/UNIT/LANG` (`7`, or `Page display title`
/// for the page title). `status` is nil for a unit with no translation.
///
/// ```swift
/// TranslateMessage(unit: "7", status: .fuzzy, translation: "Le budget…", revision: 1234)
/// ```
package struct TranslateMessage: Sendable, Codable, Hashable {
    package var unit: String
    package var status: TranslateReportedStatus?
    /// The translation, `!!FUZZY!!` already stripped by Translate.
    package var translation: String?
    /// The English as Translate has it (variables as `$name`).
    package var definition: String?
    /// The translation's latest revision.
    package var revision: Int?
    /// When that revision was saved; read only for outdated units (the API lists ids alone).
    package var timestamp: String?

    package init(
        unit: String, status: TranslateReportedStatus?, translation: String? = nil, definition: String? = nil, revision: Int? = nil,
        timestamp: String? = nil
    ) {
        self.unit = unit
        self.status = status
        self.translation = translation
        self.definition = definition
        self.revision = revision
        self.timestamp = timestamp
    }
}
