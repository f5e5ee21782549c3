/// A parsed `<!--T:n src=…-->` marker: the unit's id and the provenance recorded beside it.
///
/// The syntax is the Translate extension's marker with optional `key=value` attributes after the
/// id. Only `src` (the fingerprint of the English the unit was translated from) has a meaning
/// today; other attributes are kept verbatim so a newer tool's data survives stamping.
package struct UnitMarker: Sendable, Hashable {
    package enum Placement: String, Sendable, Hashable {
        /// Before the unit's text, on its own line or followed by a space.
        case start
        /// At the end of a heading line: `== Goals == <!--T:3-->`.
        case headingEnd
    }

    package var id: UnitID
    /// The `src=` value: what English the translation was made from.
    package var recorded: RecordedFingerprint?
    /// Attributes other than `src`, in order, as written.
    package var otherAttributes: [String]
    /// Byte range of the whole `<!--T:…-->` comment in the file.
    package var range: Range<Int>
    package var placement: Placement

    package init(
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
    package static func render(id: UnitID, source: Fingerprint?, otherAttributes: [String] = []) -> String {
        var parts = ["T:\(id.rawValue)"]
        if let source { parts.append("src=\(source.hex)") }
        parts.append(contentsOf: otherAttributes)
        return "<!--" + parts.joined(separator: " ") + "-->"
    }

    /// Parses the inside of a marker comment (`T:3 src=1a2b3c4d5e`), or explains what is wrong.
    static func parseBody(_ body: String) -> Result<(UnitID, RecordedFingerprint?, [String]), MarkerProblem> {
        parseBody(Array(body.utf8)[...])
    }

    /// The same on bytes: markers are parsed once per unit of every file, so this avoids
    /// building and splitting strings.
    static func parseBody(_ body: ArraySlice<UInt8>) -> Result<(UnitID, RecordedFingerprint?, [String]), MarkerProblem> {
        var index = body.startIndex
        let end = body.endIndex
        func skipSpaces() { while index < end, body[index] == 0x20 || body[index] == 0x09 { index += 1 } }
        func field() -> ArraySlice<UInt8> {
            let start = index
            while index < end, body[index] != 0x20, body[index] != 0x09 { index += 1 }
            return body[start..<index]
        }
        skipSpaces()
        let first = field()
        guard first.count >= 2, first[first.startIndex] == 0x54, first[first.startIndex + 1] == 0x3A else {
            return .failure(.notAMarker)  // "T:"
        }
        let id = UnitID(String(decoding: first.dropFirst(2), as: UTF8.self))
        guard id.isValid else { return .failure(.invalidID(id.rawValue)) }
        var recorded: RecordedFingerprint?
        var others: [String] = []
        while true {
            skipSpaces()
            if index >= end { break }
            let next = field()
            if next.starts(with: Self.sourcePrefix) {
                guard let fingerprint = RecordedFingerprint(hexBytes: next.dropFirst(4)) else {
                    return .failure(.invalidSource(String(decoding: next.dropFirst(4), as: UTF8.self)))
                }
                recorded = fingerprint
            } else {
                others.append(String(decoding: next, as: UTF8.self))
            }
        }
        return .success((id, recorded, others))
    }

    private static let sourcePrefix: [UInt8] = Array("src=".utf8)

    enum MarkerProblem: Error, Equatable {
        case notAMarker
        case invalidID(String)
        case invalidSource(String)
    }
}
