import TranslationTracker

/// The slides of a PowerPoint (OOXML) presentation, in the order `ppt/presentation.xml` lists
/// them: each `p:sldId` names a relationship of `ppt/_rels/presentation.xml.rels` whose target
/// is the slide part (`ppt/slides/slide7.xml` may well be slide 2). Each slide part is streamed
/// through ``PPTXSlideHandler``; its hyperlinks are resolved through the slide's own
/// relationships.
enum PPTXReader {
    static let presentation = "ppt/presentation.xml"

    static func slides(in archive: DeckArchive) throws(DeckError) -> [DeckSlide] {
        guard archive.contains(presentation) else { throw .missingPart(path: archive.path, part: presentation) }
        let list = PPTXPresentationHandler()
        try archive.parse(presentation, handler: list)
        let relationships = try Relationships.read(of: presentation, in: archive)
        var slides: [DeckSlide] = []
        for ids in list.slideIDs {
            guard let relationship = ids.lazy.compactMap({ relationships.byID[$0] }).first, !relationship.external else {
                throw .brokenReference(
                    path: archive.path, part: presentation,
                    reason: "slide \(slides.count + 1) (ids \(ids.joined(separator: ", "))) has no relationship in "
                        + Relationships.partName(for: presentation))
            }
            let part = relationship.target
            guard archive.contains(part) else { throw .missingPart(path: archive.path, part: part) }
            let handler = PPTXSlideHandler()
            try archive.parse(part, handler: handler)
            let links = try Relationships.read(of: part, in: archive)
            let targets = handler.linkIDs.compactMap { id -> String? in
                guard let link = links.byID[id], link.external else { return nil }
                return link.target
            }
            slides.append(DeckSlide(number: slides.count + 1, paragraphs: handler.paragraphs, links: targets))
        }
        return slides
    }
}
