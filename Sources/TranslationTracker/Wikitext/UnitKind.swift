/// What a unit looks like, judged from its first characters. Checks use it (a heading must stay
/// a heading) and dumps show it.
public enum UnitKind: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A heading line, always its own unit; `level` is the number of `=`.
    case heading(level: Int)
    /// Text separated from the next unit by a blank line.
    case paragraph
    /// A list (lines starting with `*` or `#`).
    case list
    /// A table (`{| … |}`).
    case table

    public var description: String {
        switch self {
        case .heading(let level): "heading(\(level))"
        case .paragraph: "paragraph"
        case .list: "list"
        case .table: "table"
        }
    }
}
