import TranslationTracker

/// What is left to do for one language (or all): units to update, units to translate, units
/// whose English cannot be told, units the English no longer has, content problems. The table's "to do" cell and the worklist's
/// headings say it the same way.
struct TodoCount: Sendable, Hashable {
    var outdated = 0
    var missing = 0
    var unverified = 0
    var extra = 0
    var problems = 0

    /// Counts one translation: its stale, missing and unverified units, and its content findings
    /// of warning or worse (the checks that restate unit states are already counted as units).
    mutating func add(_ status: TranslationStatus, findings: [Finding]) {
        outdated += status.counts.stale
        missing += status.state == .missing ? status.counts.total : status.counts.missing
        unverified += status.counts.unverified
        extra += status.counts.extra
        problems += findings.filter { !ReportWording.statusChecks.contains($0.check) && $0.severity >= .warning }.count
    }

    static func + (a: TodoCount, b: TodoCount) -> TodoCount {
        TodoCount(
            outdated: a.outdated + b.outdated, missing: a.missing + b.missing, unverified: a.unverified + b.unverified, extra: a.extra + b.extra,
            problems: a.problems + b.problems)
    }

    /// Everything to do, for sorting.
    var total: Int { outdated + missing + unverified + extra + problems }

    /// `2 units outdated · 1 missing · 1 problem`, or `nothing to do`.
    var summary: String {
        var parts: [String] = []
        if outdated > 0 { parts.append("\(outdated) \(outdated == 1 ? "unit" : "units") outdated") }
        if missing > 0 { parts.append(parts.isEmpty ? "\(missing) \(missing == 1 ? "unit" : "units") missing" : "\(missing) missing") }
        if unverified > 0 { parts.append("\(unverified) unverified") }
        if extra > 0 { parts.append("\(extra) extra") }
        if problems > 0 { parts.append("\(problems) \(problems == 1 ? "problem" : "problems")") }
        return parts.isEmpty ? "nothing to do" : parts.joined(separator: " · ")
    }
}
