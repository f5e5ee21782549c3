import Testing
import TranslationTracker

@testable import TranslationTrackerReports

@Suite("finding lines")
struct FindingLinesTests {
    static let permanent = "https://meta.example.org/w/index.php?title=Plan/Summary/fr&oldid=5012"
    static let diff = "https://meta.example.org/w/index.php?diff=5020&oldid=4990"

    /// A wiki location and the end of its finding's line.
    static let cases: [(WikiLocation, String)] = [
        (
            WikiLocation(wiki: "meta", title: "Plan/Summary/fr", revision: 5012, url: permanent, englishDiff: diff, englishEditsBehind: 2),
            "; English diff: \(diff) (2 English edits behind); permanent link: \(permanent)"
        ),
        (
            WikiLocation(wiki: "meta", title: "Plan/Summary/fr", url: permanent, englishDiff: diff, englishEditsBehind: 1),
            "; English diff: \(diff) (1 English edit behind); permanent link: \(permanent)"
        ),
        (WikiLocation(wiki: "meta", title: "Plan/Summary/fr", englishDiff: diff), "; English diff: \(diff)"),
        (WikiLocation(wiki: "meta", title: "Plan/Summary/fr", englishEditsBehind: 3), "; 3 English edits behind"),
        (WikiLocation(wiki: "meta", title: "Plan/Summary/fr", revision: 5012, url: permanent), "; permanent link: \(permanent)"),
        (WikiLocation(wiki: "meta", title: "Plan/Summary/fr"), ""),
    ]

    @Test("a finding on a wiki page: its place, then the links known, on one line", arguments: cases)
    func wiki(_ location: WikiLocation, _ end: String) {
        var finding = Finding(check: StatusCheck.stale, severity: .error, document: "summary", language: "fr", unit: "2", message: "unit 2 is stale")
        finding.wiki = location
        #expect(FindingLines().line(finding) == "meta:Plan/Summary/fr#2: error: unit 2 is stale [stale summary/fr]" + end)
    }
}
