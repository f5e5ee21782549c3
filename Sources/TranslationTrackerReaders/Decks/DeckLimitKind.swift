/// Which of the ``DeckLimits`` a deck reached.
package enum DeckLimitKind: String, Sendable, Hashable {
    case partBytes
    case totalBytes
    case compressionRatio
    case entries
    case pdfBytes

    func explanation(_ value: Int) -> String {
        switch self {
        case .partBytes: "inflates to more than \(value) bytes"
        case .totalBytes: "inflates, with the parts read before it, to more than \(value) bytes"
        case .compressionRatio: "inflates to more than \(value) times its compressed size"
        case .entries: "has more than \(value) entries"
        case .pdfBytes: "is larger than \(value) bytes"
        }
    }
}
