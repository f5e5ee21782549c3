/// What a unit looks like, judged from its first characters. Checks use it (a heading must stay
/// a heading) and dumps show it.
public enum UnitKind: Sendable, Hashable, Codable, CustomStringConvertible {
    case heading(level: Int)
    case paragraph
    case list
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
