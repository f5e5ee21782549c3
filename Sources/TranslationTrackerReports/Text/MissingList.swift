import TranslationTracker

/// `transtrack missing`: one grep-friendly line per missing translation or missing unit,
/// fields separated by two spaces: `summary  ja  missing`, `summary  sw  unit 13 missing`; a
/// line about a wiki page ends with its place: `summary  sw  unit 13 missing  meta:Plan/sw`.
public struct MissingList: Sendable {
    /// A renderer; it holds no state.
    public init() {}

    /// One missing translation or unit.
    public struct Entry: Sendable, Codable, Hashable {
        /// The document's id.
        public var document: String
        /// The translation's language.
        public var language: LanguageCode
        /// Nil when the whole translation is missing.
        public var unit: UnitID?
        /// Where the translation or unit is missing.
        public var location: PageLocation
    }

    /// Every missing translation and unit, in report order.
    public func entries(_ report: StatusReport) -> [Entry] {
        var result: [Entry] = []
        for status in report.translations {
            if status.state == .missing {
                result.append(Entry(document: status.document, language: status.language, unit: nil, location: status.location))
                continue
            }
            for unit in status.units where unit.state == .missing {
                result.append(Entry(document: status.document, language: status.language, unit: unit.id, location: status.location))
            }
        }
        return result
    }

    /// The entries as lines.
    public func render(_ report: StatusReport) -> String {
        entries(report).map { entry in
            let what = entry.unit.map { "unit \($0) missing" } ?? "missing"
            let place = entry.location.path == nil ? "  \(entry.location)" : ""
            return "\(entry.document)  \(entry.language)  \(what)\(place)\n"
        }.joined()
    }
}
