import Foundation
import Testing

@testable import TranslationTracker

/// Template names and link targets are normalized byte by byte, without Foundation; these
/// cases pin that the result is what the Foundation version (kept here as the reference) gave.
@Suite("template and link name normalization")
struct TemplateNameTests {
    static func reference(_ name: String) -> String {
        var text = name.replacingOccurrences(of: "_", with: " ").trimmingSpaces
        while text.contains("  ") { text = text.replacingOccurrences(of: "  ", with: " ") }
        if text.lowercased().hasPrefix("template:") { text = String(text.dropFirst(9)).trimmingSpaces }
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    @Test(arguments: [
        "", " ", "_", "__", "Budget", "budget", "annual_plan", "  Annual   Plan  ", "Annual__plan", "Template:Budget", "template:_budget",
        "TEMPLATE:  x", "Templates", "t", "Special:MyLanguage/Annual_Plan/2023", "ß_straße", "élan  vital", "中文_页面", "\u{00A0}nbsp_x ",
        "tab\tname", "Template:", "_Template:x", "ǆemal", "ﬁle_name",
    ])
    func sameAsFoundation(name: String) {
        #expect(Template.normalizeName(name) == Self.reference(name))
    }
}
