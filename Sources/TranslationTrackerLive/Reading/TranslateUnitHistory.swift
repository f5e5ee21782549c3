import TranslationTracker
import TranslationTrackerReaders

/// The histories behind one unit of a translatable page, for `diff --live`: every revision of
/// the English unit page (`Translations:PAGE/UNIT/en`, which FuzzyBot rewrites at each marking)
/// and of the translation's unit page. Two requests (continuations aside).
///
/// With them, the English a translation was made from is the English unit page's revision
/// current when the translation was last saved (``TranslateInference/englishThen(translation:english:)``).
package enum TranslateUnitHistory {
    package static func read(
        _ client: MediaWikiClient, source: String, unit: String, language: LanguageCode, sourceLanguage: LanguageCode
    ) async throws(MediaWikiError) -> (english: TranslateUnitPage?, translation: TranslateUnitPage?) {
        async let english = page(client, unit: unit, title: TranslateTitles.unitPage(source: source, unit: unit, language: sourceLanguage))
        async let translation = page(client, unit: unit, title: TranslateTitles.unitPage(source: source, unit: unit, language: language))
        do {
            return (try await english, try await translation)
        } catch let error as MediaWikiError {
            throw error
        } catch {
            throw .transport(wiki: client.wiki, reason: "\(error)")
        }
    }

    static func page(_ client: MediaWikiClient, unit: String, title: String) async throws(MediaWikiError) -> TranslateUnitPage? {
        let (found, _) = try await LiveReader.history(client, title: title)
        guard let found, let latest = found.page.revisions.last else { return nil }
        let complete = (found.page.revisions.first?.parentID ?? 0) == 0
        return TranslateUnitPage(
            unit: unit, text: latest.text ?? "", revision: latest.ref, history: PageHistory(revisions: found.page.revisions, complete: complete))
    }
}
