/// The single list of status rules, in the order reports list them. A test proves that every
/// ``StatusCheck`` id has exactly one rule here, that every rule file in this folder is
/// registered, and that every rule's examples give the findings they expect.
package enum StatusRuleRegistry {
    package static let all: [any StatusRule] = [
        StaleRule(), MissingUnitRule(), MissingTranslationRule(), ExtraUnitRule(), UnverifiedRule(), SlideCountRule(),
        TranslateMismatchRule(), StructureRule(), InputRule(),
    ]

    package static func rule(_ id: String) -> (any StatusRule)? { all.first { $0.id == id } }

    package static var ids: [String] { all.map(\.id) }
}
