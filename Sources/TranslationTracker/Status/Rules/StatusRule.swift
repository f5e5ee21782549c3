/// A status rule: what one kind of status finding (``StatusCheck``) means and what to do about it.
///
/// Status findings are not produced by the rule: the status evaluator and the readers produce
/// them while they decide each unit's state. The rule is their description, as a ``Check`` is a
/// content check's: id, default severity, summary, rationale, and examples that run through the
/// real ``StatusEvaluator`` in the tests and are printed by `transtrack explain`. Each rule lives
/// in its own file; ``StatusRuleRegistry`` lists them all.
package protocol StatusRule: Sendable {
    /// The id the findings carry: one of ``StatusCheck``'s.
    var id: String { get }
    /// The severity its findings usually have; a finding may say otherwise (a misplaced marker
    /// is a `structure` warning, a duplicate unit id a `structure` error).
    var defaultSeverity: Severity { get }
    /// One line for `transtrack checks`.
    var summary: String { get }
    /// What it means and what to do, for `transtrack explain`.
    var rationale: String { get }
    /// At least one example that reports the rule and one that does not.
    var examples: [StatusRuleExample] { get }
}
