/// A word-level diff between two texts, for showing translators what changed in the English.
///
/// Tokens are runs of letters and digits, runs of whitespace, and single other characters, so
/// `$175 million` → `$177 million` shows as one changed number. Uses a longest-common-subsequence
/// table; units are short (a few hundred tokens), and longer inputs fall back to a whole-text
/// replacement rather than quadratic work.
package struct WordDiff: Sendable, Hashable {
    package enum Operation: Sendable, Hashable {
        case equal(String)
        case delete(String)
        case insert(String)

        var isChange: Bool {
            if case .equal = self { return false }
            return true
        }
    }

    package var operations: [Operation]

    /// Token pairs beyond which the table is not built.
    package static let maximumCells = 4_000_000

    package init(old: String, new: String) {
        let a = Self.tokens(old), b = Self.tokens(new)
        guard a.count * b.count <= Self.maximumCells else {
            operations = [.delete(old), .insert(new)]
            return
        }
        // lengths[i][j]: LCS of a[i...] and b[j...]
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        if !a.isEmpty && !b.isEmpty {
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
                }
            }
        }
        var ops: [Operation] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                ops.append(.equal(a[i]))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                ops.append(.delete(a[i]))
                i += 1
            } else {
                ops.append(.insert(b[j]))
                j += 1
            }
        }
        operations = Self.merged(ops)
    }

    /// Whether the texts are the same.
    package var isEmpty: Bool { operations.allSatisfy { if case .equal = $0 { true } else { false } } }

    /// The diff as git's `--word-diff=plain` shows it: `[-old-]{+new+}`.
    package var plain: String {
        operations.map { op in
            switch op {
            case .equal(let text): text
            case .delete(let text): "[-\(text)-]"
            case .insert(let text): "{+\(text)+}"
            }
        }.joined()
    }

    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var currentClass = 0
        for character in text {
            let cls = character.isLetter || character.isNumber ? 1 : (character.isWhitespace ? 2 : 3)
            if cls == currentClass, cls != 3 {
                current.append(character)
            } else {
                if !current.isEmpty { result.append(current) }
                current = String(character)
                currentClass = cls
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Joins neighbouring operations of one kind, and lets a lone equal space between two
    /// changes join them, so `[-a-] [-b-]` reads `[-a b-]`.
    static func merged(_ ops: [Operation]) -> [Operation] {
        // A lone whitespace run between two changes becomes part of both, so the changes join.
        var bridged: [Operation] = []
        var index = 0
        while index < ops.count {
            if index > 0, index + 1 < ops.count, case .equal(let text) = ops[index], text.allSatisfy(\.isWhitespace),
                ops[index - 1].isChange, ops[index + 1].isChange
            {
                bridged.append(.delete(text))
                bridged.append(.insert(text))
            } else {
                bridged.append(ops[index])
            }
            index += 1
        }
        // Deletions before insertions within each run of changes, then neighbours of one kind joined.
        var ordered: [Operation] = []
        var deletes: [Operation] = [], inserts: [Operation] = []
        func flush() {
            ordered += deletes + inserts
            deletes = []
            inserts = []
        }
        for op in bridged {
            switch op {
            case .delete: deletes.append(op)
            case .insert: inserts.append(op)
            case .equal:
                flush()
                ordered.append(op)
            }
        }
        flush()
        var result: [Operation] = []
        for op in ordered {
            switch (result.last, op) {
            case (.equal(let a)?, .equal(let b)):
                result[result.count - 1] = .equal(a + b)
            case (.delete(let a)?, .delete(let b)):
                result[result.count - 1] = .delete(a + b)
            case (.insert(let a)?, .insert(let b)):
                result[result.count - 1] = .insert(a + b)
            default:
                result.append(op)
            }
        }
        return result
    }
}
