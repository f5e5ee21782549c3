/// The safety limits a deck is read under. Decks are small (a few MiB of XML at most), so the
/// defaults are far above any real deck and far below what would hurt the machine: a crafted
/// ZIP ("zip bomb") stops at the first limit it reaches, counted on the bytes actually
/// inflated, never on the sizes its headers declare.
package struct DeckLimits: Sendable, Hashable {
    /// Uncompressed bytes read from one part of a container.
    package var maxPartBytes: Int
    /// Uncompressed bytes read from all the parts of one container together.
    package var maxTotalBytes: Int
    /// Uncompressed bytes per compressed byte a part may reach, checked once it has produced
    /// ``ratioGrace`` bytes (tiny parts can legitimately compress very well).
    package var maxCompressionRatio: Int
    /// Bytes a part may produce before the ratio is checked.
    package var ratioGrace: Int
    /// Entries in a container.
    package var maxEntries: Int
    /// Bytes of a PDF (it is scanned in memory).
    package var maxPDFBytes: Int

    package init(
        maxPartBytes: Int = 64 << 20, maxTotalBytes: Int = 256 << 20, maxCompressionRatio: Int = 200,
        ratioGrace: Int = 1 << 20, maxEntries: Int = 10_000, maxPDFBytes: Int = 512 << 20
    ) {
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioGrace = ratioGrace
        self.maxEntries = maxEntries
        self.maxPDFBytes = maxPDFBytes
    }

    /// The limits `transtrack` uses.
    package static let standard = DeckLimits()
}
