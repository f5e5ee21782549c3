import Foundation

@testable import TranslationTrackerReaders

/// A multistream dump written in a test, as Wikimedia writes one: a bzip2 stream for the header,
/// one per `pagesPerStream` pages, one for the closing tag, and the index lines
/// `offset:pageid:title`, which tests then damage on purpose.
struct MultistreamFixture {
    /// The `.bz2` bytes.
    var dump: [UInt8] = []
    /// Index lines, without line ends.
    var lines: [String] = []
    /// Where each page stream starts, in order.
    var streamOffsets: [Int] = []

    /// Cuts `xml` (an export whose pages start with `<page>` and end with `</page>` lines) into streams.
    init(xml: String, pagesPerStream: Int) {
        let bytes = Array(xml.utf8)
        let text = xml
        let firstPage = text.range(of: "<page>")!.lowerBound
        let header = text[..<firstPage]
        var pages: [Substring] = []
        var rest = text[firstPage...]
        while let end = rest.range(of: "</page>") {
            var stop = end.upperBound
            if stop < rest.endIndex, rest[stop] == "\n" { stop = rest.index(after: stop) }
            pages.append(rest[..<stop])
            rest = rest[stop...]
        }
        _ = bytes
        dump += BZip2.compress(Array(header.utf8))
        var index = 0
        while index < pages.count {
            let group = pages[index..<min(index + pagesPerStream, pages.count)]
            streamOffsets.append(dump.count)
            for page in group {
                let title = Self.between(page, "<title>", "</title>").replacingOccurrences(of: "&amp;", with: "&")
                let id = Self.between(page, "<id>", "</id>")
                lines.append("\(dump.count):\(id):\(title)")
            }
            dump += BZip2.compress(Array(group.joined().utf8))
            index += pagesPerStream
        }
        dump += BZip2.compress(Array(rest.utf8))
    }

    private static func between(_ text: Substring, _ open: String, _ close: String) -> String {
        let start = text.range(of: open)!.upperBound
        return String(text[start..<text[start...].range(of: close)!.lowerBound])
    }

    /// The index as Wikimedia ships it (bzip2) or decompressed.
    func index(compressed: Bool = true) -> [UInt8] {
        let text = Array(lines.map { $0 + "\n" }.joined().utf8)
        return compressed ? BZip2.compress(text) : text
    }

    /// An export of `count` pages `Page 1`… with ids 1…, one revision each.
    static func export(pages count: Int) -> String {
        var xml = "<mediawiki version=\"0.11\">\n  <siteinfo>\n    <sitename>Meta</sitename>\n    <dbname>metawiki</dbname>\n  </siteinfo>\n"
        for number in 1...count {
            xml += "  <page>\n    <title>Page \(number)</title>\n    <ns>0</ns>\n    <id>\(number)</id>\n"
            xml += "    <revision><id>\(1000 + number)</id><timestamp>2023-04-01T00:00:00Z</timestamp><text>Text of page \(number) &amp; more</text></revision>\n  </page>\n"
        }
        return xml + "</mediawiki>\n"
    }
}
