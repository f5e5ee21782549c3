/// **markup**: the translation keeps the English's structure: heading level, `<ref>`s, list and
/// table shape, balanced bold and italics, known and balanced HTML tags, `<tvar>` names.
package struct MarkupCheck: Check {
    package init() {}
    package let id = "markup"
    package let defaultSeverity = Severity.error
    package let summary = "Heading levels, references, lists, tables, bold/italic, HTML tags and <tvar> names match the English."
    package let rationale = """
        Broken markup breaks the rendered page: a heading at the wrong level reshapes the table of contents, \
        a lost <ref> drops a citation, an unclosed ''' makes the rest of the page bold. Heading level, \
        reference count and <tvar> names are errors; list and table shape, bold/italic balance and HTML \
        tags are warnings, since languages legitimately differ in emphasis.
        """

    /// Tags MediaWiki accepts in wikitext (HTML it allows, and common extension tags).
    static let knownTags: Set<String> = [
        "b", "i", "u", "s", "em", "strong", "small", "big", "sub", "sup", "code", "br", "span", "div", "p", "abbr", "cite", "q", "bdi",
        "bdo", "blockquote", "center", "del", "ins", "dfn", "font", "kbd", "mark", "samp", "strike", "tt", "var", "wbr", "hr", "ol", "ul",
        "li", "dl", "dt", "dd", "table", "tr", "td", "th", "caption", "ruby", "rb", "rp", "rt", "time", "data", "ref", "references",
        "nowiki", "pre", "gallery", "syntaxhighlight", "math", "chem", "poem", "languages", "translate", "tvar", "templatestyles",
        "section", "includeonly", "noinclude", "onlyinclude", "indicator", "mapframe", "maplink", "graph", "score", "timeline", "hiero",
        "inputbox", "categorytree", "charinsert", "imagemap",
    ]
    static let voidTags: Set<String> = ["br", "hr", "wbr", "languages", "references"]

    package var examples: [CheckExample] {
        [
            CheckExample("== Budget ==", "== Бюджет ==", language: "ru", kind: .heading(level: 2)),
            CheckExample("== Budget ==", "=== Бюджет ===", language: "ru", expected: ["== Budget =="], kind: .heading(level: 2)),
            CheckExample("Rounded.<ref>In US dollars.</ref>", "Dibulatkan.", language: "id", expected: ["<ref>"]),
            CheckExample("* One\n* Two", "* Satu\n* Dua", language: "id"),
            CheckExample("* One\n* Two", "* Satu, dua", language: "id", expected: ["*"]),
            CheckExample("'''Equity''': support.", "'''Equidad: apoyo.", language: "es", expected: ["'''"]),
            CheckExample("Small <small>print</small>.", "Petit <small>texte.", language: "fr", expected: ["<small>"]),
            CheckExample("Mail <tvar name=mail>a@b.org</tvar>.", "Courriel <tvar name=courriel>a@b.org</tvar>.", language: "fr", expected: ["courriel"]),
        ]
    }

    package func run(_ input: CheckInput) -> [CheckIssue] {
        let english = input.english.markup, translated = input.translation.markup
        var issues: [CheckIssue] = []
        if english.headingLevels != translated.headingLevels {
            let want = english.headingLevels.map { String(repeating: "=", count: $0) }.joined(separator: ", ")
            let have = translated.headingLevels.map { String(repeating: "=", count: $0) }.joined(separator: ", ")
            issues.append(
                CheckIssue(
                    "heading level differs (English \(want.isEmpty ? "none" : want), translation \(have.isEmpty ? "none" : have)); use the same number of '='",
                    fragments: [input.english.text.split(separator: "\n").first.map(String.init) ?? ""]))
        }
        if english.refs != translated.refs {
            issues.append(
                CheckIssue("the English has \(english.refs) <ref> and the translation \(translated.refs); keep every reference", fragments: ["<ref>"]))
        }
        if english.listMarkers != translated.listMarkers {
            issues.append(
                CheckIssue(
                    "list shape differs: English \(english.listMarkers.count) items (\(english.listMarkers.joined(separator: " "))), translation \(translated.listMarkers.count) (\(translated.listMarkers.joined(separator: " "))); keep one item per English item",
                    fragments: [english.listMarkers.first ?? translated.listMarkers.first ?? "*"], severity: .warning))
        }
        if english.tables != translated.tables || english.tableRows != translated.tableRows || english.tableCells != translated.tableCells {
            issues.append(
                CheckIssue(
                    "table shape differs: English \(english.tableRows) rows and \(english.tableCells) cells, translation \(translated.tableRows) and \(translated.tableCells); keep the same rows and cells",
                    fragments: ["{|"], severity: .warning))
        }
        if english.bold % 2 == 0, translated.bold % 2 == 1 {
            issues.append(CheckIssue("bold ''' is opened and not closed; close it before the end of the unit", fragments: ["'''"], severity: .warning, inTranslation: true))
        }
        if english.italic % 2 == 0, translated.italic % 2 == 1 {
            issues.append(CheckIssue("italic '' is opened and not closed; close it before the end of the unit", fragments: ["''"], severity: .warning, inTranslation: true))
        }
        issues += tagIssues(english.tags, translated.tags)
        let englishNames = Set(english.variables.map(\.name))
        for variable in translated.variables where !englishNames.contains(variable.name) {
            issues.append(
                CheckIssue(
                    "<tvar name=\(variable.name)> is not a variable of the English (\(englishNames.sorted().joined(separator: ", "))); keep variable names as they are",
                    fragments: [variable.name], inTranslation: true))
        }
        return issues
    }

    private func tagIssues(_ english: [HTMLTag], _ translated: [HTMLTag]) -> [CheckIssue] {
        var issues: [CheckIssue] = []
        var open: [String: Int] = [:]
        for tag in translated where !Self.voidTags.contains(tag.name) {
            switch tag.kind {
            case .open: open[tag.name, default: 0] += 1
            case .close: open[tag.name, default: 0] -= 1
            case .selfClosing: break
            }
        }
        for (name, balance) in open.sorted(by: { $0.key < $1.key }) where balance != 0 {
            let englishBalance = english.filter { $0.name == name }.reduce(0) { $0 + ($1.kind == .open ? 1 : $1.kind == .close ? -1 : 0) }
            guard englishBalance == 0 else { continue }
            let what = balance > 0 ? "is not closed" : "is closed without being opened"
            issues.append(CheckIssue("<\(name)> \(what); balance it", fragments: ["<\(name)>"], severity: .warning, inTranslation: true))
        }
        for name in Set(translated.map(\.name)).sorted() where !Self.knownTags.contains(name) && !english.contains(where: { $0.name == name }) {
            issues.append(
                CheckIssue("<\(name)> is not a tag MediaWiki knows; it will show as text", fragments: ["<\(name)>"], severity: .warning, inTranslation: true))
        }
        return issues
    }
}
