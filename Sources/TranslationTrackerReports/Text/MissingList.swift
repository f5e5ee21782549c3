import TranslationTracker

/// `transtrack missing`: one grep-friendly line per missing translation or missing unit,
/// fields separated by two spaces: `summary  ja  missing`, `summary  sw  unit 13 missing`; a
/// line about a wiki page ends with its place: `summary  sw  unit 13 missing  meta:Plan/sw`.
public struct MissingList: Sendable {
    public init() {}

    public struct Entry: Sendable, Codable, Hashable {
        public var document: String
        public var language: LanguageCode
        /// Nil when the whole translation is missing.
        public var unit: UnitID?
        public var location: PageLocation
    }

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

    public func render(_ report: StatusReport) -> String {
        entries(report).map { entry in
            let what = entry.unit.map { "unit \($0) missing" } ?? "missing"
            let place = entry.location.path == nil ? "  \(entry.location)" : ""
            return "\(entry.document)  \(entry.language)  \(what)\(place)\n"
        }.joined()
    }
}
