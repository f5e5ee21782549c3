import TranslationTracker

/// The coverage bar and state marks of the wikitext table, drawn with inline CSS and plain
/// characters only, so they render on any MediaWiki (no template, no extension) and read
/// without JavaScript. The bar's colour follows the state; its length, the coverage.
enum WikitextBar {
    /// A 4-em bar: a grey track filled to `coverage` percent in the state's colour.
    static func bar(_ coverage: Double, state: DocumentState) -> String {
        let width = ReportWording.number(max(0, min(100, state == .missing ? 0 : coverage)))
        return "<span style=\"display:inline-block;width:4em;height:0.6em;background:#eaecf0;vertical-align:middle\">"
            + "<span style=\"display:block;height:100%;width:\(width)%;background:\(color(state))\"></span></span>"
    }

    /// Colours with enough contrast on white and on the grey track.
    static func color(_ state: DocumentState) -> String {
        switch state {
        case .complete: "#14866d"
        case .outdated: "#ac6600"
        case .incomplete: "#3366cc"
        case .missing: "#72777d"
        }
    }

    /// The mark beside a copy: a symbol and the word it stands for. A copy that was not read
    /// (the table was made from local files) has no state.
    static func mark(_ state: DocumentState?) -> (symbol: String, word: String) {
        switch state {
        case .complete: ("✓", "complete")
        case .outdated: ("⟳", "outdated")
        case .incomplete: ("◐", "incomplete")
        case .missing: ("✗", "missing")
        case nil: ("·", "not read")
        }
    }

    /// `✓ complete · ⟳ outdated · ◐ incomplete · ✗ missing · · not read`.
    static var legend: String {
        ([DocumentState.complete, .outdated, .incomplete, .missing].map { mark($0) } + [mark(nil)])
            .map { "\($0.symbol) \($0.word)" }.joined(separator: " · ")
    }
}
