import Foundation
import TranslationTracker
import TranslationTrackerReaders
import TranslationTrackerReports

extension Tracker {
    /// Each wikitext document's English units as the report read them: from the wiki page its
    /// `source` names (in `snapshot`, for a live or cached read) or from the local file. What the
    /// worklists show translators as "English now". A page or file that cannot be read gives no
    /// units (the worklist then shows unit ids alone); the report has already said why.
    package func englishUnits(_ report: StatusReport, snapshot: LiveSnapshot?) -> EnglishUnits {
        var byDocument: [String: [(id: UnitID, text: String)]] = [:]
        for document in report.documents where document.kind == .wikitext && document.source.exists {
            let text: String?
            switch document.source.location {
            case .wiki(let wiki, let title):
                text = snapshot?.pages[wiki]?[WikiTitle.normalized(title)]?.latest?.text ?? snapshot?.pages[wiki]?[title]?.latest?.text
            case .file(let path):
                text = try? String(contentsOfFile: workspace.path(path), encoding: .utf8)
            }
            guard let text else { continue }
            byDocument[document.id] = WikitextDocument(text).units.map { ($0.id, $0.text) }
        }
        return EnglishUnits(byDocument)
    }
}
