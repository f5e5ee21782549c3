/// Something wrong in a wikitext file's unit structure, found while splitting it into units.
///
/// Problems are values, not thrown errors: a file with one misplaced marker still yields its
/// other units, and the problem is reported as a finding at its line and column.
package struct ParseProblem: Sendable, Hashable, Codable {
    package enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case unclosedTranslate
        case strayClosingTranslate
        case nestedTranslate
        case unclosedComment
        case unclosedNowiki
        case misplacedMarker
        case multipleMarkers
        case invalidMarker
        case emptyUnit
        case duplicateUnit
        case unclosedVariable
    }

    package var kind: Kind
    package var line: Int
    package var column: Int
    package var message: String

    package init(kind: Kind, line: Int, column: Int, message: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.message = message
    }
}
