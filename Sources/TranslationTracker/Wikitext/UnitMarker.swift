/// A parsed `<!--T:n src=…-->` marker: the unit's id and the provenance recorded beside it.
///
/// The syntax is the Translate extension's marker with optional `key=value` attributes after the
/// id. Only `src` (the fingerprint of the English the unit was translated from) has a meaning
/// today; other attributes are kept verbatim so a newer tool's data survives stamping.
public struct UnitMarker: Sendable, Hashable {
    public enum Placement: String, Sendable, Hashable {
        /// Before the unit's text, on its own line or followed by a space.
        case start
        /// At the end of a heading line: `== Goals == <!--T:3-->`.
        case headingEnd
    }

    public var id: UnitID
    /// The `src=` value: what English the translation was made from.
    public var recorded: RecordedFingerprint?
    /// Attributes other than `src`, in order, as written.
    public var otherAttributes: [String]
    /// Byte range of the whole `<!--T:…-->` comment in the file.
    public var range: Range<Int>
    public var placement: Placement

    public init(
        id: UnitID, recorded: RecordedFingerprint? = nil, otherAttributes: [String] = [],
        range: Range<Int>, placement: Placement
    ) {
        self.id = id
        self.recorded = recorded
        self.otherAttributes = otherAttributes
        self.range = range
        self.placement = placement
    }

    /// The marker's text with a new `src`, other attributes kept: `<!--T:3 src=1a2b3c4d5e-->`.
    public static func render(id: UnitID, source: Fingerprint?, otherAttributes: [String] = []) -> String {
        var parts = ["T:\(id.rawValue)"]
        if let source { parts.append("src=\(source.hex)") }
        parts.append(contentsOf: otherAttributes)
        return "<!--" + parts.joined(separator: " ") + "-->"
    }

    /// Parses the inside of a marker comment (`T:3 src=1a2b3c4d5e`), or explains what is wrong.
    static func parseBody(_ body: String) -> Result<(UnitID, RecordedFingerprint?, [String]), MarkerProblem> {
        let fields = body.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = fields.first, first.hasPrefix("T:") else { return .failure(.notAMarker) }
        let id = UnitID(String(first.dropFirst(2)))
        guard id.isValid else { return .failure(.invalidID(id.rawValue)) }
        var recorded: RecordedFingerprint?
        var others: [String] = []
        for field in fields.dropFirst() {
            if field.hasPrefix("src=") {
                let value = String(field.dropFirst(4))
                guard let fingerprint = RecordedFingerprint(value) else { return .failure(.invalidSource(value)) }
                recorded = fingerprint
            } else {
                others.append(field)
            }
        }
        return .success((id, recorded, others))
    }

    enum MarkerProblem: Error, Equatable {
        case notAMarker
        case invalidID(String)
        case invalidSource(String)
    }
}
