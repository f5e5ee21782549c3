/// `<!-- transtrack:ignore numbers, links -->` in a translated unit silences those checks for
/// that unit; `<!-- transtrack:ignore all -->` silences every check. The comment travels with
/// the text like the provenance marker does, and MediaWiki never shows it.
enum Suppression {
    static let keyword = "transtrack:ignore"

    /// The check ids a comment's body names, or nil when it is not a suppression.
    static func parse(_ body: String) -> Set<String>? {
        let trimmed = body.trimmingSpaces
        guard trimmed.hasPrefix(keyword) else { return nil }
        let rest = trimmed.dropFirst(keyword.count)
        let ids = rest.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map { String($0).lowercased() }
        return Set(ids.isEmpty ? ["all"] : ids)
    }
}
