/// One translation unit: a paragraph, heading, list or table, with its id and, in a
/// translation, the provenance its marker records.
///
/// Holds a byte range into the shared ``WikitextSource`` rather than a copy of its text.
package struct TranslationUnit: Sendable {
    package internal(set) var id: UnitID
    package internal(set) var idSource: UnitIDSource
    package let kind: UnitKind
    package let marker: UnitMarker?
    /// Bytes of the unit's text, marker excluded, surrounding whitespace trimmed.
    package let contentRange: Range<Int>
    /// 1-based line where the unit begins (its marker's line when the marker comes first).
    package let line: Int
    /// 1-based line of the unit's text.
    package let contentLine: Int
    package let source: WikitextSource

    init(
        id: UnitID, idSource: UnitIDSource, kind: UnitKind, marker: UnitMarker?,
        contentRange: Range<Int>, line: Int, contentLine: Int, source: WikitextSource
    ) {
        self.id = id
        self.idSource = idSource
        self.kind = kind
        self.marker = marker
        self.contentRange = contentRange
        self.line = line
        self.contentLine = contentLine
        self.source = source
    }

    /// A whole text as one unit, trimmed: a translation the Translate extension keeps on a page
    /// of its own (`Translations:PAGE/UNIT/LANG`), to run the content checks on.
    package static func standalone(id: UnitID, kind: UnitKind, text: String) -> TranslationUnit {
        let source = WikitextSource(text)
        let bytes = source.bytes
        var lower = 0
        var upper = bytes.count
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return TranslationUnit(
            id: id, idSource: .marker, kind: kind, marker: nil, contentRange: lower..<upper, line: 1, contentLine: 1, source: source)
    }

    /// The unit's text as written (CRLF folded to LF).
    package var text: String { source.text(contentRange) }

    /// The provenance recorded in the unit's marker, if any.
    package var recorded: RecordedFingerprint? { marker?.recorded }

    /// The text translators work from: variables shown as `$name`.
    package var translatableText: String { TranslationVariable.scan(text).placeholderText }

    /// The `<tvar>` variables in the unit.
    package var variables: [TranslationVariable] { TranslationVariable.scan(text).variables }

    /// The fingerprint of this unit's translatable text (used for English units).
    package var fingerprint: Fingerprint { Fingerprint(unitText: translatableText) }

    /// Last line of the unit's text.
    package var endLine: Int { source.line(of: max(contentRange.lowerBound, contentRange.upperBound - 1)) }

    /// The same unit known by another id (a translation without markers, matched by position).
    package func identified(as id: UnitID, by idSource: UnitIDSource) -> TranslationUnit {
        var copy = self
        copy.id = id
        copy.idSource = idSource
        return copy
    }
}
