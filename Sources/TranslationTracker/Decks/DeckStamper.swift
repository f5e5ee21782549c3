/// Records in a deck's stamp that some of its slides now follow the current English slides.
///
/// Pure: takes both decks and the existing record, returns the new one. Only the chosen slides'
/// entries change. Stamping every slide (no `units`) also records the English deck's SHA-1,
/// which is all a PDF can be stamped with: it has no slide text to fingerprint.
package struct DeckStamper: Sendable {
    package init() {}

    package struct Result: Sendable {
        package var stamp: DeckStamp
        package var stamped: [UnitID]
        package var unchanged: [UnitID]
        package var skipped: [(UnitID, String)]
        /// Whether the record differs from the one read (or there was none).
        package var changed: Bool
    }

    /// Stamps `units` (every slide the translation has when nil) of `translation` against `english`.
    package func stamp(
        translation: Deck, english: Deck, existing: DeckStamp?, sourcePath: String, units wanted: Set<UnitID>? = nil
    ) -> Result {
        var stamp = existing ?? DeckStamp(source: sourcePath)
        stamp.source = sourcePath
        var stamped: [UnitID] = []
        var unchanged: [UnitID] = []
        var skipped: [(UnitID, String)] = []
        let englishCount = english.slides?.count ?? english.pageCount
        let translatedCount = translation.slides?.count ?? translation.pageCount
        let wholeDeck = english.slides == nil || translation.slides == nil

        if wholeDeck {
            // A PDF on either side: the deck is stamped as a whole or not at all.
            if let wanted, !wanted.isEmpty {
                for id in wanted.sorted() {
                    skipped.append((id, "a \(translation.format == .pdf ? "PDF" : "deck compared with a PDF") is stamped as a whole; run without --unit"))
                }
            } else {
                let slides = (0..<min(englishCount, translatedCount)).map { UnitID("slide-\($0 + 1)") }
                if stamp.sourceSHA1 == english.sha1 {
                    unchanged = slides
                } else {
                    stamp.sourceSHA1 = english.sha1
                    stamped = slides
                }
            }
        } else if let englishSlides = english.slides, let translatedSlides = translation.slides {
            let present = Set(translatedSlides.map(\.unit))
            for slide in englishSlides where wanted?.contains(slide.unit) ?? true {
                guard present.contains(slide.unit) else {
                    if wanted != nil { skipped.append((slide.unit, "the translated deck has no slide \(slide.number) yet")) }
                    continue
                }
                let fingerprint = Fingerprint(unitText: slide.text)
                if let recorded = stamp.recorded(slide.unit), recorded.matches(fingerprint) {
                    unchanged.append(slide.unit)
                } else {
                    stamp.slides[slide.unit.rawValue] = fingerprint.hex
                    stamped.append(slide.unit)
                }
            }
            if let wanted {
                let englishUnits = Set(englishSlides.map(\.unit))
                for id in wanted.sorted() where !englishUnits.contains(id) {
                    skipped.append((id, "the English deck has no \(id) (it has \(englishSlides.count) slides)"))
                }
            } else {
                stamp.sourceSHA1 = english.sha1
            }
        }
        return Result(stamp: stamp, stamped: stamped, unchanged: unchanged, skipped: skipped, changed: stamp != existing)
    }
}
