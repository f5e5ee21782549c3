import XMLStream

/// The relationships of one OPC part (`_rels/<part>.rels` in a PPTX): id → target, with
/// targets resolved to part names inside the package unless they are external.
struct Relationships {
    struct Relationship {
        var type: String
        /// A part name (`ppt/slides/slide1.xml`) or, when ``external``, the target as written.
        var target: String
        var external: Bool
    }

    var byID: [String: Relationship] = [:]

    /// The relationships part of `part`: `ppt/slides/slide1.xml` → `ppt/slides/_rels/slide1.xml.rels`.
    static func partName(for part: String) -> String {
        let (folder, file) = PartName.split(part)
        return folder + "_rels/" + file + ".rels"
    }

    /// Reads the relationships of `part`; a part without a relationships part has none.
    static func read(of part: String, in archive: DeckArchive) throws(DeckError) -> Relationships {
        let name = partName(for: part)
        guard archive.contains(name) else { return Relationships() }
        let handler = RelationshipsHandler(source: part)
        try archive.parse(name, handler: handler)
        return handler.relationships
    }
}

/// Streams a `.rels` part.
private final class RelationshipsHandler: DeckXMLHandler {
    weak var parser: XMLPushParser?
    var relationships = Relationships()
    let source: String

    init(source: String) { self.source = source }

    func startElement(_ name: Span<UInt8>, attributes: [XMLAttribute]) {
        guard name.equals(Self.relationship) else { return }
        var id = "", type = "", target = "", external = false
        for attribute in attributes {
            switch attribute.name {
            case "Id": id = attribute.value
            case "Type": type = attribute.value
            case "Target": target = attribute.value
            case "TargetMode": external = attribute.value == "External"
            default: break
            }
        }
        guard !id.isEmpty, relationships.byID[id] == nil else { return }
        let resolved = external ? target : PartName.resolve(target, from: source)
        relationships.byID[id] = .init(type: type, target: resolved, external: external)
    }

    func endElement(_ name: Span<UInt8>) {}
    func characters(_ text: Span<UInt8>) {}

    private static let relationship = Array("Relationship".utf8)
}
