import TranslationTracker

/// How a reader keeps a long history in bounded memory: once a page's kept revision texts pass
/// `textBudget` bytes, they are folded into a ``HistoryDigest`` and dropped, and every later
/// revision is folded in as it arrives; only the latest revision keeps its text.
///
/// Pages under the budget keep every text, as before, so `diff` and small exports lose nothing;
/// ``textBudget`` 0 folds every page (tests use it to compare both ways of reading).
package struct HistoryFolding: Sendable, Hashable {
    /// The language rendered translation pages are read in.
    package var sourceLanguage: LanguageCode
    /// Bytes of revision text one page may keep before its history is folded.
    package var textBudget: Int

    package init(sourceLanguage: LanguageCode, textBudget: Int = 4 << 20) {
        self.sourceLanguage = sourceLanguage
        self.textBudget = textBudget
    }
}
