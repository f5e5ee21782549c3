/// A readable dump of a document's units and problems, one line each, for tests that compare
/// what the parser saw rather than poking at fields:
///
/// ```
/// 1 marker heading(2) line 1: == Goals ==
/// 2 marker paragraph line 3 src=1a2b3c4d5e: We plan.⏎More.
/// problem misplacedMarker 5:7: unit marker in an unsupported position; …
/// ```
/// Line breaks inside a unit show as `⏎`.
extension WikitextDocument {
    package var dump: String {
        var lines: [String] = []
        for unit in units {
            var head = "\(unit.id) \(unit.idSource.rawValue) \(unit.kind) line \(unit.line)"
            if let recorded = unit.recorded { head += " src=\(recorded.hex)" }
            lines.append(head + ": " + unit.text.replacingOccurrences(of: "\n", with: "⏎"))
        }
        for problem in problems {
            lines.append("problem \(problem.kind.rawValue) \(problem.line):\(problem.column): \(problem.message)")
        }
        return lines.joined(separator: "\n")
    }
}
