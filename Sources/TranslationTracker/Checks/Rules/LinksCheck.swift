/// **links**: external URLs are kept exactly; `[[Special:MyLanguage/…]]` targets are kept;
/// other internal links may point to localized pages, but none may disappear.
package struct LinksCheck: Check {
    package init() {}
    package let id = "links"
    package let defaultSeverity = Severity.error
    /// A slide's hyperlinks are read as external links (``DeckSlide/checkText``).
    package let appliesToSlides = true
    package let summary = "External URLs and Special:MyLanguage targets are kept; internal links are not dropped."
    package let rationale = """
        A changed URL sends readers somewhere else, often nowhere. Special:MyLanguage links already send \
        each reader to their own language's page, so their targets must stay as written. Other internal \
        links may be localized to a page in the reader's language (a warning only when one disappears).
        """

    package var examples: [CheckExample] {
        [
            CheckExample(
                "See [[Special:MyLanguage/Annual Plan|the plan]] and [https://example.org/a the slides].",
                "Voir [[Special:MyLanguage/Annual Plan|le plan]] et [https://example.org/a les diapositives].", language: "fr"),
            CheckExample("Read [[Wikimedia Foundation|the Foundation]].", "Lisez [[Fondation Wikimedia|la Fondation]].", language: "fr"),
            CheckExample(
                "See [https://example.org/a the slides].", "Ver [https://example.org/b las diapositivas].", language: "es",
                expected: ["https://example.org/a", "https://example.org/b"]),
            CheckExample(
                "See [[Special:MyLanguage/Annual Plan|the plan]].", "Veja [[Plano anual|o plano]].", language: "pt",
                expected: ["Special:MyLanguage/Annual Plan"]),
            CheckExample("Read [[Wikimedia Foundation|the Foundation]] now.", "Lies jetzt.", language: "de", expected: ["Wikimedia Foundation"]),
        ]
    }

    package func run(_ input: CheckInput) -> [CheckIssue] {
        var issues: [CheckIssue] = []
        var urls = input.translation.markup.externalLinks
        for url in input.english.markup.externalLinks {
            if let index = urls.firstIndex(of: url) {
                urls.remove(at: index)
            } else {
                issues.append(CheckIssue("the link to \(url) is missing or changed; keep the URL exactly as in the English", fragments: [url]))
            }
        }
        for url in urls {
            issues.append(
                CheckIssue("the translation links to \(url), which the English does not; check the URL", fragments: [url], severity: .warning, inTranslation: true))
        }

        var targets = input.translation.markup.internalLinks.map(\.normalizedTarget)
        var others = 0
        for link in input.english.markup.internalLinks {
            let target = link.normalizedTarget
            if let index = targets.firstIndex(of: target) {
                targets.remove(at: index)
            } else if link.isMyLanguage {
                issues.append(
                    CheckIssue("the link to [[\(link.target)]] is missing or changed; Special:MyLanguage targets must stay as in the English", fragments: [link.target]))
            } else {
                others += 1
            }
        }
        let localized = input.translation.markup.internalLinks.filter { !$0.isMyLanguage }.count
        let englishOthers = input.english.markup.internalLinks.filter { !$0.isMyLanguage }.count
        if others > 0, localized < englishOthers {
            let dropped = input.english.markup.internalLinks.filter { !$0.isMyLanguage && !input.translation.markup.internalLinks.map(\.normalizedTarget).contains($0.normalizedTarget) }
            for link in dropped.prefix(englishOthers - localized) {
                issues.append(
                    CheckIssue("the link to [[\(link.target)]] was dropped; link it, or a page in this language about the same subject", fragments: [link.target], severity: .warning))
            }
        }
        return issues
    }
}
