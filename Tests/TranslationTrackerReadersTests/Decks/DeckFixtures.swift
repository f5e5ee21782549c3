import Foundation
import ZIPFoundation

/// Builds small decks at test time: the XML parts are written here, in the test's words, and
/// zipped with ZIPFoundation with a fixed date, so every run produces the same bytes and no
/// binary fixture is checked in.
enum DeckFixtures {
    /// A fixed modification date (2024-01-01), so the zips are deterministic.
    static let date = Date(timeIntervalSince1970: 1_704_067_200)

    /// Zips `parts` (in order) into `path`; `mimetype` first and stored, as ODF requires.
    static func zip(_ parts: [(String, String)], to path: String, method: CompressionMethod = .deflate) throws {
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                compressionMethod: name == "mimetype" ? .none : method,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
    }

    // MARK: ODP

    static let odpMimetype = "application/vnd.oasis.opendocument.presentation"

    static let odpNamespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" \
        xmlns:xlink="http://www.w3.org/1999/xlink"
        """

    /// An ODP's `content.xml` with these pages (each the XML inside a `draw:page`).
    static func odpContent(_ pages: [String], prolog: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        \(prolog)<office:document-content \(odpNamespaces) office:version="1.3">
        <office:body><office:presentation>
        \(pages.enumerated().map { "<draw:page draw:name=\"page\($0.offset + 1)\">\($0.element)</draw:page>" }.joined(separator: "\n"))
        </office:presentation></office:body></office:document-content>
        """
    }

    /// A text box holding these paragraphs.
    static func odpFrame(_ paragraphs: String) -> String {
        "<draw:frame><draw:text-box>\(paragraphs)</draw:text-box></draw:frame>"
    }

    static func odp(_ pages: [String], at path: String, prolog: String = "",
                    mimetype: String = odpMimetype) throws {
        try zip(
            [("mimetype", mimetype), ("content.xml", odpContent(pages, prolog: prolog)),
             ("META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>")],
            to: path)
    }

    // MARK: PPTX

    static let pptxNamespaces = """
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"
        """

    static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let slideType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide"
    static let hyperlinkType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"

    /// A slide part whose shapes hold these DrawingML paragraphs (`<a:p>…</a:p>` each).
    static func pptxSlide(_ paragraphs: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:sld \(pptxNamespaces)><p:cSld><p:spTree>
        <p:sp><p:nvSpPr><p:cNvPr id="2" name="Text 1"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>
        <p:txBody><a:bodyPr/>\(paragraphs.joined())</p:txBody></p:sp>
        </p:spTree></p:cSld></p:sld>
        """
    }

    static func relationships(_ items: [(id: String, type: String, target: String, external: Bool)]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="\(relationshipsNamespace)">\(items.map {
            "<Relationship Id=\"\($0.id)\" Type=\"\($0.type)\" Target=\"\($0.target)\"\($0.external ? " TargetMode=\"External\"" : "")/>"
        }.joined())</Relationships>
        """
    }

    /// A PPTX whose presentation lists `order` (slide part numbers, in presentation order);
    /// `slides[n]` is the paragraphs of `ppt/slides/slide<n>.xml`, `links[n]` its hyperlinks
    /// (relationship id → URL).
    static func pptx(order: [Int], slides: [Int: [String]], links: [Int: [(String, String)]] = [:], at path: String) throws {
        let ids = order.map { "<p:sldId id=\"\(255 + $0)\" r:id=\"rIdSlide\($0)\"/>" }.joined()
        var parts: [(String, String)] = [
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("ppt/presentation.xml",
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?><p:presentation \(pptxNamespaces)><p:sldMasterIdLst/><p:sldIdLst>\(ids)</p:sldIdLst></p:presentation>"),
            ("ppt/_rels/presentation.xml.rels",
             relationships(order.map { ("rIdSlide\($0)", slideType, "slides/slide\($0).xml", false) })),
        ]
        for (number, paragraphs) in slides.sorted(by: { $0.key < $1.key }) {
            parts.append(("ppt/slides/slide\(number).xml", pptxSlide(paragraphs)))
            if let slideLinks = links[number] {
                parts.append((
                    "ppt/slides/_rels/slide\(number).xml.rels",
                    relationships(slideLinks.map { ($0.0, hyperlinkType, $0.1, true) }
                        + [("rIdLayout", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout",
                            "../slideLayouts/slideLayout1.xml", false)])))
            }
        }
        try zip(parts, to: path)
    }

    // MARK: PDF

    /// A minimal uncompressed PDF with `pages` pages; `withCount: false` leaves out the page
    /// tree's `/Count` so the reader has to count the pages.
    static func pdf(pages: Int, withCount: Bool = true) -> [UInt8] {
        var objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
        let kids = (0..<pages).map { "\($0 + 3) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Pages /Kids [\(kids)]\(withCount ? " /Count \(pages)" : "") >>")
        for _ in 0..<pages {
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 960 540] /Resources << >> >>")
        }
        var text = "%PDF-1.4\n%\u{E2}\u{E3}\n"
        for (index, object) in objects.enumerated() { text += "\(index + 1) 0 obj\n\(object)\nendobj\n" }
        text += "trailer\n<< /Root 1 0 R /Size \(objects.count + 1) >>\n%%EOF\n"
        return Array(text.utf8)
    }
}
