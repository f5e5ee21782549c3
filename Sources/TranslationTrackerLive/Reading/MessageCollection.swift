import TranslationTracker

/// Decodes the Translate extension's `list=messagecollection` answers for one language of one
/// translatable page (`mcgroup=page-SOURCE`, `mcprop=definition|translation|tags|revision|properties`,
/// an empty `mcfilter` so that no unit is hidden) into ``TranslateMessage`` values.
///
/// Each item names its unit page in `title` (`Translations:PAGE/UNIT/LANG`), which gives the unit
/// name whatever `/` the page title holds. `properties.status` is `translated`, `fuzzy`,
/// `proofread` or `untranslated`; a `fuzzy` tag also makes it fuzzy.
package enum MessageCollection {
    /// The units of every answer, in the order Translate lists them (the title first).
    package static func decode(_ answers: [JSONValue], source: String) -> [TranslateMessage] {
        var messages: [TranslateMessage] = []
        for answer in answers {
            for item in answer["query"]?["messagecollection"]?.array ?? [] {
                guard let title = item["title"]?.string, let parsed = TranslateTitles.parse(title, source: source) else { continue }
                let tags = (item["tags"]?.array ?? []).compactMap(\.string)
                var status = item["properties"]?["status"]?.string.flatMap(TranslateReportedStatus.init(rawValue:))
                if tags.contains("fuzzy") { status = .fuzzy }
                let revision = item["revision"]?.int ?? item["revision"]?.string.flatMap { Int($0) }
                messages.append(
                    TranslateMessage(
                        unit: parsed.unit, status: status, translation: item["translation"]?.string, definition: item["definition"]?.string,
                        revision: revision))
            }
        }
        return messages
    }
}
