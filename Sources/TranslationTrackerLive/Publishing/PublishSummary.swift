import Foundation
import TranslationTracker

/// The edit summary of a publish: names the tool and the counts, so the page history says
/// what each update changed without opening the diff.
///
/// `transtrack 0.1.0: translation status of 11 translations: 1 complete, 2 outdated, 6 incomplete, 2 missing; 71.5% of units current`
package enum PublishSummary {
    package static func text(_ totals: Totals) -> String {
        let coverage = String(format: "%.1f", totals.coverage)
        return "\(ToolInfo.name) \(ToolInfo.version): translation status of \(totals.translations) translations: \(totals.complete) complete, "
            + "\(totals.outdated) outdated, \(totals.incomplete) incomplete, \(totals.missing) missing; \(coverage)% of units current"
    }
}
