/// What history inference needs of a page's revisions, folded as they are read, so that a reader
/// can let go of each revision's text once it is folded in: memory grows with the page's units,
/// not with its history.
///
/// The same digest serves every role a page can have, since a reader does not know it yet: a
/// translation with unit markers (``MarkedTimelines``), a Translate unit page
/// (``HistoryInference/timeline(ofUnitPage:)``), a rendered `PAGE/LANG` (``RenderedTimelines``)
/// and an English source (``EnglishHistory``). ``HistoryInference`` gives the same answers from a
/// digest as from the revisions' texts, provided the revisions were folded oldest first (as
/// exports list them).
///
/// ```swift
/// var digest = HistoryDigest(sourceLanguage: "en")
/// for revision in revisions { digest.add(revision) }   // then drop the older texts
/// let history = PageHistory(revisions: refsOnly, complete: true, digest: digest)
/// ```
package struct HistoryDigest: Sendable, Hashable {
    /// The language rendered pages are read in (their untranslated units are in it).
    package let sourceLanguage: LanguageCode
    package private(set) var marked = MarkedTimelines()
    package private(set) var unitPage = HistoryInference.UnitTimeline(complete: false)
    /// Unit count → the rendered units' timelines of the revisions with that many units.
    package private(set) var rendered: [Int: RenderedTimelines] = [:]
    package private(set) var english = EnglishHistory()
    /// Revisions folded in.
    package private(set) var revisions = 0

    package init(sourceLanguage: LanguageCode) {
        self.sourceLanguage = sourceLanguage
    }

    /// Folds in the next (newer) revision; one without text (deleted, left out) tells nothing.
    package mutating func add(_ revision: WikiRevision) {
        revisions += 1
        guard let text = revision.text else { return }
        let ref = revision.ref
        let document = WikitextDocument(text)
        marked.add(ref, document: document)
        english.append(ref, source: FingerprintedSource(document))
        unitPage.append(HistoryInference.unitPageEntry(ref, text: text))
        RenderedTimelines.add(ref, page: RenderedTranslationPage(text, sourceLanguage: sourceLanguage), to: &rendered)
    }
}
