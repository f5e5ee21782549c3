import TranslationTracker

/// Decodes the Translate extension's `meta=messagegroupstats` answer for one translatable page
/// (`mgsgroup=page-SOURCE`) into ``TranslateStats`` by language.
///
/// The API counts what the dump path counts from unit pages: every unit plus the page title in
/// `total`, translations that are not fuzzy in `translated`, outdated ones in `fuzzy`. So the
/// numbers are attached with basis ``TranslateStats/Basis/unitPages`` and the title included.
public enum MessageGroupStats {
    /// One answer's entries, by language code; entries without numbers are skipped.
    public static func decode(_ json: JSONValue) -> [String: TranslateStats] {
        var result: [String: TranslateStats] = [:]
        for entry in json["query"]?["messagegroupstats"]?.array ?? [] {
            guard let code = entry["code"]?.string ?? entry["language"]?.string, let total = entry["total"]?.int,
                let translated = entry["translated"]?.int
            else { continue }
            result[code] = TranslateStats(
                total: total, translated: translated, fuzzy: entry["fuzzy"]?.int ?? 0, basis: .unitPages, includesTitle: true)
        }
        return result
    }
}
