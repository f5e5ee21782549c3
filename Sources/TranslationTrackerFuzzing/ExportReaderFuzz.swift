import TranslationTracker
import TranslationTrackerReaders

/// MediaWiki export XML. The reader is fed in pieces as a dump is decompressed, so the answer
/// must not depend on where the pieces break: the whole input at once and the same input cut at
/// two points (chosen from the input) give the same pages, or both fail.
enum ExportReaderFuzz {
    static func run(_ bytes: [UInt8]) {
        let whole = read([bytes[...]])
        let first = bytes.isEmpty ? 0 : Int(bytes[0]) * bytes.count / 256
        let second = bytes.count < 2 ? bytes.count : first + (bytes.count - first) * Int(bytes[1]) / 256
        let pieces = read([bytes[..<first], bytes[first..<second], bytes[second...]])
        switch (whole, pieces) {
        case (.success(let a), .success(let b)):
            FuzzProperty.require(a.pages == b.pages, "pages differ when the XML is cut at \(first) and \(second)")
            FuzzProperty.require(a.siteInfo == b.siteInfo, "site info differs when the XML is cut at \(first) and \(second)")
            FuzzProperty.require(a.pagesSeen == b.pagesSeen, "\(a.pagesSeen) pages seen whole, \(b.pagesSeen) in pieces")
        case (.failure, .failure):
            break
        case (.success, .failure(let error)):
            FuzzProperty.require(false, "read whole, but cut at \(first) and \(second) it fails: \(error)")
        case (.failure(let error), .success):
            FuzzProperty.require(false, "fails whole (\(error)), but reads when cut at \(first) and \(second)")
        }
    }

    private static func read(_ pieces: [ArraySlice<UInt8>]) -> Result<Export, XMLStreamErrorBox> {
        let reader = ExportReader(wants: { _ in true }, history: true)
        do {
            for (index, piece) in pieces.enumerated() {
                try reader.feed(piece, final: index == pieces.count - 1)
            }
            return .success(reader.export)
        } catch {
            return .failure(XMLStreamErrorBox(description: "\(error)"))
        }
    }

    struct XMLStreamErrorBox: Error { var description: String }
}
