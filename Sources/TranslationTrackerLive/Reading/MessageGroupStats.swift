import TranslationTracker

/// Decodes the Translate extension's `meta=messagegroupstats` answer for one translatable page
/// (`mgsgroup=page-SOURCE`) into ``TranslateStats`` by language.
///
/// Translate counts every unit plus the page title in `total`, translations that are not fuzzy
/// in `translated` (reviewed ones included, and counted again in `proofread`), outdated ones in
/// `fuzzy`: basis ``TranslateStats/Basis/wiki``, title included.
package enum MessageGroupStats {
    /// One answer's entries, by language code; entries without numbers are skipped.
    package static func decode(_ json: JSONValue) -> [String: TranslateStats] {
        var result: [String: TranslateStats] = [:]
        for entry in json["query"]?["messagegroupstats"]?.array ?? [] {
            guard let code = entry["code"]?.string ?? entry["language"]?.string, let total = entry["total"]?.int,
                let translated = entry["translated"]?.int
            else { continue }
            result[code] = TranslateStats(
                total: total, translated: translated, fuzzy: entry["fuzzy"]?.int ?? 0, proofread: entry["proofread"]?.int ?? 0, basis: .wiki,
                includesTitle: true)
        }
        return result
    }
}
