/// A line-based unified diff (`diff -u` style), for `publish --dry-run`: what the page would
/// look like after publishing, shown the way reviewers already read changes.
///
/// Common leading and trailing lines are skipped before a longest-common-subsequence table is
/// built on the rest; a publish changes one block, so the table stays small. Past
/// ``maximumCells`` the middle is shown as one replacement rather than doing quadratic work.
///
/// ```swift
/// UnifiedDiff(old: "a\nb\n", new: "a\nc\n").render(oldLabel: "before", newLabel: "after")
/// // --- before / +++ after / @@ -1,2 +1,2 @@ / " a" / "-b" / "+c"
/// ```
package struct UnifiedDiff: Sendable, Hashable {
    enum Line: Sendable, Hashable {
        case same(String)
        case removed(String)
        case added(String)
    }

    let lines: [Line]
    /// Unchanged lines shown around each change.
    package var context = 3

    package static let maximumCells = 4_000_000

    package init(old: String, new: String) {
        let a = Self.split(old), b = Self.split(new)
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middleA = Array(a[prefix..<(a.count - suffix)]), middleB = Array(b[prefix..<(b.count - suffix)])
        var lines = a[..<prefix].map(Line.same)
        lines += Self.middle(middleA, middleB)
        lines += a[(a.count - suffix)...].map(Line.same)
        self.lines = lines
    }

    /// Whether old and new have the same lines.
    package var isEmpty: Bool { !lines.contains { if case .same = $0 { false } else { true } } }

    /// `--- old` / `+++ new` headers and `@@` hunks; empty when nothing changed.
    package func render(oldLabel: String, newLabel: String) -> String {
        guard !isEmpty else { return "" }
        var out = "--- \(oldLabel)\n+++ \(newLabel)\n"
        let changed = lines.indices.filter { if case .same = lines[$0] { false } else { true } }
        // Group changes whose context overlaps into one hunk.
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(lines.count - 1, index + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                hunks.append(range)
            }
        }
        for hunk in hunks {
            var oldStart = 1, newStart = 1
            for line in lines[..<hunk.lowerBound] {
                switch line {
                case .same: oldStart += 1; newStart += 1
                case .removed: oldStart += 1
                case .added: newStart += 1
                }
            }
            var oldCount = 0, newCount = 0, body = ""
            for line in lines[hunk] {
                switch line {
                case .same(let text): oldCount += 1; newCount += 1; body += " " + text + "\n"
                case .removed(let text): oldCount += 1; body += "-" + text + "\n"
                case .added(let text): newCount += 1; body += "+" + text + "\n"
                }
            }
            // diff -u numbers an empty side by the line before it.
            out += "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n" + body
        }
        return out
    }

    private static func split(_ text: String) -> [String] {
        if text.isEmpty { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    private static func middle(_ a: [String], _ b: [String]) -> [Line] {
        guard a.count * b.count <= maximumCells else { return a.map(Line.removed) + b.map(Line.added) }
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        if !a.isEmpty && !b.isEmpty {
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
                }
            }
        }
        var out: [Line] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count && j < b.count && a[i] == b[j] {
                out.append(.same(a[i])); i += 1; j += 1
            } else if i < a.count && (j == b.count || lengths[i + 1][j] >= lengths[i][j + 1]) {
                // Removals before additions, as diff -u prints them.
                out.append(.removed(a[i])); i += 1
            } else {
                out.append(.added(b[j])); j += 1
            }
        }
        return out
    }
}
