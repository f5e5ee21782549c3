import TranslationTracker

/// Stamping rewrites a translation's markers and nothing else. The input is an English source
/// and a translation separated by the first NUL byte (no NUL: the input is both), and one more
/// byte after a second NUL, if any, picks which units to stamp. Properties:
/// - with every marker taken out, the file before and after stamping is the same bytes;
/// - parsing after stamping gives the same units: kinds and texts, in order;
/// - every stamped unit now records the English fingerprint;
/// - stamping the result again stamps nothing and changes no byte.
enum StampRoundTripFuzz {
    static func run(_ bytes: [UInt8]) {
        let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
        let english = WikitextDocument(bytes: Array(parts[0]))
        let translation = WikitextDocument(bytes: Array(parts.count > 1 ? parts[1] : parts[0]))
        let wanted = choice(parts.count > 2 ? parts[2].first : nil, english: english)

        let result = Stamper().stamp(translation: translation, source: english, units: wanted)
        let stamped = WikitextDocument(bytes: result.bytes)
        if !result.changed {
            FuzzProperty.require(result.bytes == translation.source.bytes, "nothing stamped, yet the bytes changed")
        }
        FuzzProperty.require(
            withoutMarkers(stamped) == withoutMarkers(translation),
            "stamping changed bytes outside the markers (stamped \(result.stamped.map(\.rawValue)))")
        FuzzProperty.require(
            stamped.units.map(\.text) == translation.units.map(\.text) && stamped.units.map(\.kind) == translation.units.map(\.kind),
            "stamping changed the units: \(translation.units.count) before, \(stamped.units.count) after")
        for id in result.stamped {
            guard let unit = stamped.unit(id), let source = english.unit(id) else {
                FuzzProperty.require(false, "stamped unit \(id) is not in the stamped file or the English")
                continue
            }
            FuzzProperty.require(unit.recorded?.matches(source.fingerprint) == true, "stamped unit \(id) does not record the English fingerprint")
        }
        let again = Stamper().stamp(translation: stamped, source: english, units: wanted)
        FuzzProperty.require(
            again.stamped.isEmpty && again.bytes == result.bytes,
            "stamping twice changed more: \(again.stamped.map(\.rawValue)) stamped again")
    }

    /// All units (nil) or one English unit, chosen by a byte.
    private static func choice(_ byte: UInt8?, english: WikitextDocument) -> Set<UnitID>? {
        guard let byte, !english.units.isEmpty else { return nil }
        return [english.units[Int(byte) % english.units.count].id]
    }

    /// The file with each unit's marker cut out, with the newline or space that separates a
    /// marker from its text (a start marker) or from its heading (a heading-end marker).
    static func withoutMarkers(_ document: WikitextDocument) -> [UInt8] {
        let bytes = document.source.bytes
        var cuts: [Range<Int>] = []
        for marker in document.units.compactMap(\.marker) {
            var range = marker.range
            switch marker.placement {
            case .start:
                if bytes[range.upperBound...].starts(with: [0x0D, 0x0A]) {
                    range = range.lowerBound..<(range.upperBound + 2)
                } else if range.upperBound < bytes.count, bytes[range.upperBound] == 0x0A || bytes[range.upperBound] == 0x20 {
                    range = range.lowerBound..<(range.upperBound + 1)
                }
            case .headingEnd:
                if range.lowerBound > 0, bytes[range.lowerBound - 1] == 0x20 {
                    range = (range.lowerBound - 1)..<range.upperBound
                }
            }
            cuts.append(range)
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var offset = 0
        for cut in cuts.sorted(by: { $0.lowerBound < $1.lowerBound }) where cut.lowerBound >= offset {
            result.append(contentsOf: bytes[offset..<cut.lowerBound])
            offset = cut.upperBound
        }
        result.append(contentsOf: bytes[offset...])
        return result
    }
}
