import Foundation

/// The stamp record of a translated deck: which English slides it follows.
///
/// A deck is a binary file we do not rewrite, so its provenance lives beside it, in a sidecar
/// named after the deck (`locales/fr/slides.odp.transtrack.json`). It records, per slide, the
/// fingerprint of the English slide's text the translation was made from (the same fingerprint
/// `src=` records for wikitext units), and the SHA-1 of the whole English deck when every
/// slide was stamped at once. A PDF has no slide text, so only the SHA-1 can say it is current.
///
/// ```json
/// { "schemaVersion": 1, "source": "locales/en/slides.odp", "sourceSHA1": "6f1e…",
///   "slides": { "slide-1": "72e2c61265", "slide-2": "1906234230" } }
/// ```
package struct DeckStamp: Sendable, Hashable, Codable {
    package static let currentSchemaVersion = 1
    /// What the sidecar of a deck is called: the deck's own file name plus this.
    package static let sidecarSuffix = ".transtrack.json"

    package var schemaVersion: Int
    /// The English deck stamped against, relative to the workspace root.
    package var source: String
    /// SHA-1 of the English deck's bytes when the whole deck was last stamped; nil when only
    /// some slides were.
    package var sourceSHA1: String?
    /// Recorded fingerprints (short hex) by slide unit id (`slide-3`).
    package var slides: [String: String]

    package init(source: String, sourceSHA1: String? = nil, slides: [String: String] = [:]) {
        self.schemaVersion = Self.currentSchemaVersion
        self.source = source
        self.sourceSHA1 = sourceSHA1
        self.slides = slides
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, source, sourceSHA1, slides }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        source = try c.decode(String.self, forKey: .source)
        sourceSHA1 = try c.decodeIfPresent(String.self, forKey: .sourceSHA1)
        slides = try c.decodeIfPresent([String: String].self, forKey: .slides) ?? [:]
    }

    /// A PDF's record has no slides; the key is left out rather than written empty.
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(source, forKey: .source)
        try c.encodeIfPresent(sourceSHA1, forKey: .sourceSHA1)
        if !slides.isEmpty { try c.encode(slides, forKey: .slides) }
    }

    /// The sidecar path of a deck path.
    package static func sidecarPath(of deck: String) -> String { deck + sidecarSuffix }

    /// The fingerprint recorded for a slide, when there is a valid one.
    package func recorded(_ unit: UnitID) -> RecordedFingerprint? { slides[unit.rawValue].flatMap(RecordedFingerprint.init) }

    /// The sidecar's bytes: sorted keys and a final newline, so that stamping twice writes the
    /// same bytes and a diff shows only the slides that changed.
    package func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data()
        return Array(data) + [0x0A]
    }

    /// Reads a sidecar; the error says what is wrong in words a translator can act on.
    package static func decode(_ bytes: [UInt8]) throws(DeckStampError) -> DeckStamp {
        let stamp: DeckStamp
        do {
            stamp = try JSONDecoder().decode(DeckStamp.self, from: Data(bytes))
        } catch {
            throw .malformed(String(describing: error))
        }
        guard stamp.schemaVersion == currentSchemaVersion else { throw .unsupportedVersion(stamp.schemaVersion) }
        return stamp
    }
}

/// Why a stamp record could not be read.
package enum DeckStampError: Error, Sendable, Hashable, CustomStringConvertible {
    case malformed(String)
    case unsupportedVersion(Int)

    package var description: String {
        switch self {
        case .malformed(let reason): "not a transtrack stamp record (\(reason))"
        case .unsupportedVersion(let version): "stamp record schemaVersion \(version) is not one this transtrack reads (\(DeckStamp.currentSchemaVersion))"
        }
    }
}
