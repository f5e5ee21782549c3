import TranslationTracker

/// Background colours for a coverage figure, in bands rather than a gradient so that a reader
/// can tell 100 % from 99 % at a glance. Light tints, read with dark text (`text`) in light and
/// dark skins alike: the wikitext table sets both inline.
enum CoverageColor {
    /// Dark text that reads on every band (MediaWiki's own body text colour).
    static let text = "#202122"

    /// `#a3d9a5` for 100 %, down to `#f4b6b6` for a translation with nothing current.
    static func background(_ coverage: Double, state: DocumentState) -> String {
        if state == .missing { return "#dadde3" }
        switch coverage {
        case 100...: return "#a3d9a5"
        case 90..<100: return "#d1eebb"
        case 75..<90: return "#fcefa1"
        case 50..<75: return "#ffd8a8"
        default: return "#f4b6b6"
        }
    }
}
