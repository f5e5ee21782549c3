import XMLStream

/// Reads the slide list of `ppt/presentation.xml`: the `p:sldId` elements of `p:sldIdLst`, in
/// presentation order (which need not follow the slide parts' file names).
///
/// XMLStream reports attribute names without their prefix, and `p:sldId` carries both `id` (a
/// number) and `r:id` (the relationship): both arrive as `id`. So every `id` value is kept and
/// the reader picks the one that names a relationship.
final class PPTXPresentationHandler: DeckXMLHandler {
    weak var parser: XMLPushParser?
    /// Per slide, the values of its `id` attributes.
    private(set) var slideIDs: [[String]] = []
    private var inList = false

    func startElement(_ name: Span<UInt8>, attributes: [XMLAttribute]) {
        if name.equals(Self.list) {
            inList = true
        } else if inList, name.equals(Self.slide) {
            slideIDs.append(attributes.filter { $0.name == "id" }.map(\.value))
        }
    }

    func endElement(_ name: Span<UInt8>) {
        if name.equals(Self.list) { inList = false }
    }

    func characters(_ text: Span<UInt8>) {}

    private static let list = Array("sldIdLst".utf8)
    private static let slide = Array("sldId".utf8)
}
