/// Page titles as MediaWiki compares them.
///
/// A manifest may write `Wikimedia_Foundation_Annual_Plan/2023-2024` where a dump writes
/// `Wikimedia Foundation Annual Plan/2023-2024`; both name the same page. Underscores and
/// spaces are the same character in titles, runs of them count once, the ends are trimmed,
/// and the first letter is capitalised (as on every Wikimedia wiki but Wiktionary).
package enum WikiTitle {
    /// The form titles are compared in: `"file:A_b.pdf"` → `"File:A b.pdf"`.
    package static func normalized(_ title: String) -> String {
        var out = ""
        out.reserveCapacity(title.utf8.count)
        var pendingSpace = false
        for character in title {
            if character == "_" || character == " " {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(character)
        }
        guard let first = out.first, first.isLowercase else { return out }
        return first.uppercased() + out.dropFirst()
    }
}
