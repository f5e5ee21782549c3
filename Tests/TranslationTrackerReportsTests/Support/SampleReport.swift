import Foundation
import TranslationTracker
import TranslationTrackerReports

/// A small report with text that tests escaping and alignment: RTL, CJK, emoji, Devanagari,
/// markup characters, every document state.
enum SampleReport {
    static let english = WikitextDocument(
        """
        <translate>
        == Budget & goals == <!--T:1-->

        <!--T:2-->
        The budget is $177 million | {{Template}} <script>alert(1)</script>.

        <!--T:3-->
        * One
        * Two 🎉
        </translate>
        """)

    static func stamped(_ text: String) -> WikitextDocument {
        let draft = WikitextDocument(text)
        return WikitextDocument(bytes: Stamper().stamp(translation: draft, source: english).bytes)
    }

    static let languages = [
        Language(code: "en", name: "English", autonym: "English"),
        Language(code: "ar", name: "Arabic", autonym: "العربية", direction: .rtl),
        Language(code: "zh", name: "Chinese", autonym: "中文"),
        Language(code: "hi", name: "Hindi", autonym: "हिन्दी"),
        Language(code: "fr", name: "French", autonym: "français"),
        Language(code: "ja", name: "Japanese", autonym: "日本語"),
    ]

    /// The summary as a local file, a translatable page on Meta-Wiki and copies on two
    /// Wikipedias; the slides as files on Commons, not tracked locally.
    static let summary = DocumentSpec(
        id: "summary", name: "Plan summary", kind: .wikitext,
        local: LocalLocation(source: "en.wiki", translation: PathPattern("{lang}.wiki")),
        pages: [
            WikiPageLocation(wiki: "meta", source: "Plan/Summary", translation: PathPattern("Plan/Summary/{lang}"), translatable: true)
        ],
        copies: [
            "ar": WikiCopy(wiki: "arwiki", title: "ويكيبيديا:الخطة/ملخص"),
            "fr": WikiCopy(wiki: "frwiki", title: "Wikipédia:Plan & résumé_2024"),
        ])

    static let slides = DocumentSpec(
        id: "slides", name: "Slides", kind: .file,
        pages: [WikiPageLocation(wiki: "commons", source: "File:Plan slides.pdf", translation: PathPattern("File:Plan slides ({lang}).pdf"))])

    static var manifest: Manifest {
        Manifest(
            project: Project(name: "Sample ‹project›"), source: "en", languages: languages,
            wikis: [
                Wiki(id: "meta", name: "Meta-Wiki", api: "https://meta.wikimedia.org/w/api.php"),
                Wiki(id: "commons", name: "Wikimedia Commons", api: "https://commons.wikimedia.org/w/api.php"),
                Wiki(id: "arwiki", name: "Arabic Wikipedia", api: "https://ar.wikipedia.org/w/api.php", language: "ar"),
                Wiki(id: "frwiki", name: "French Wikipedia", api: "https://fr.wikipedia.org/w/api.php", language: "fr"),
            ],
            documents: [summary, slides])
    }

    static var report: StatusReport {
        let arabic = stamped("== الميزانية == <!--T:1-->\n\n<!--T:2-->\nالميزانية ١٧٧ مليون دولار.\n\n<!--T:3-->\n* واحد\n* اثنان 🎉\n")
        let chinese = WikitextDocument("== 预算 == <!--T:1 src=0000000000-->\n\n<!--T:2-->\n预算为1.77亿美元。\n\n<!--T:9-->\n多余\n")
        let hindi = stamped("== बजट == <!--T:1-->\n")
        let french = stamped("== Budget == <!--T:1-->\n\n<!--T:2-->\nLe budget est de 177 millions.\n\n<!--T:3-->\n* Un\n* Deux\n")
        let snapshot = Snapshot(
            documents: [
                DocumentSnapshot(
                    document: summary,
                    source: PageState(location: .file(path: "en.wiki"), exists: true, document: english),
                    translations: [
                        "ar": PageState(location: .file(path: "ar.wiki"), exists: true, document: arabic),
                        "zh": PageState(location: .file(path: "zh.wiki"), exists: true, document: chinese),
                        "hi": PageState(location: .file(path: "hi.wiki"), exists: true, document: hindi),
                        "fr": PageState(location: .file(path: "fr.wiki"), exists: true, document: french),
                        "ja": .absent(.file(path: "ja.wiki")),
                    ])
            ],
            untracked: [UntrackedDocument(id: "slides", reason: "no local files declared; it is tracked on wikis only")])
        var report = StatusEvaluator().evaluate(snapshot, manifest: manifest)
        report.findings += wikiFindings
        return report
    }

    /// Findings about the French translation page on Meta-Wiki, as reading the wiki makes them, so
    /// that every format shows how it prints a place with no file: a stale unit with the English
    /// diff it has not followed, and a content check's finding with the permanent link only.
    static var wikiFindings: [Finding] {
        let permanent = "https://meta.wikimedia.org/w/index.php?title=Plan/Summary/fr&oldid=5012"
        var stale = Finding(
            check: StatusCheck.stale, severity: .error, document: "summary", language: "fr", unit: "2",
            message: "unit 2 is stale on meta:Plan/Summary/fr: the English changed since it was translated (src=1906234230, English is now "
                + "b145bb250c); update it on the wiki and record src=b145bb250c in its marker")
        stale.wiki = WikiLocation(
            wiki: "meta", title: "Plan/Summary/fr", revision: 5012, url: permanent,
            englishDiff: "https://meta.wikimedia.org/w/index.php?diff=5020&oldid=4990", englishEditsBehind: 2)
        var numbers = Finding(
            check: "numbers", severity: .error, document: "summary", language: "fr", unit: "3",
            message: "the number 177 million is 175 millions in the translation; write the same value", fragments: ["177 million", "175 millions"])
        numbers.wiki = WikiLocation(wiki: "meta", title: "Plan/Summary/fr", revision: 5012, url: permanent)
        return [stale, numbers]
    }

    /// 2025-11-27T08:07:14Z, so golden files show where the timestamp goes.
    static let generated = Date(timeIntervalSince1970: 1_764_230_834)

    static var context: RenderContext { RenderContext(manifest: manifest, generated: generated) }

    /// A week-old report of the same files: French unit 2 was stale, Chinese unit 1 current,
    /// Hindi had nothing and Arabic was not tracked yet.
    static var baseline: StatusReport {
        var baseline = report
        var translations = baseline.documents[0].translations.filter { $0.language != "ar" }
        for i in translations.indices {
            switch translations[i].language {
            case "fr":
                translations[i].units[1].state = .stale
                translations[i].coverage = 66.6
            case "zh":
                translations[i].units[0].state = .current
                translations[i].coverage = 33.3
            case "hi":
                for u in translations[i].units.indices { translations[i].units[u].state = .missing }
                translations[i].coverage = 0
            default:
                break
            }
        }
        baseline.documents[0].translations = translations
        return baseline
    }

    static var comparisonContext: RenderContext {
        var context = context
        context.comparison = ReportComparison(baseline: baseline, current: report)
        return context
    }

    // MARK: - Hostile text

    /// Text that breaks naive Markdown tables, wikitext tables and HTML: cell separators,
    /// templates, links, tags, entities, signatures, magic words, line breaks that start lists and
    /// headings, bidirectional marks, emoji, math and code delimiters.
    static let hostile =
        "a | b || c {{Template|x=1}} }} {{ [[Link|label]] ]] <script>alert(\"x\")</script> & &amp; ~~~~ ''it'' __NOTOC__ $x$ `code` *em* _u_ <!-- c --> !! x\n* list\n=h=\r\n: dd\n\u{200F}\u{5E9}\u{5DC}\u{5D5}\u{5DD}\u{200E} 🎉👩‍👩‍👧"

    /// A stale unit on a wiki page whose title, permanent URL and English diff try to end their
    /// attribute, link or cell and to open markup of their own.
    static var hostileWikiFinding: Finding {
        var finding = Finding(
            check: StatusCheck.stale, severity: .error, document: "doc|1", language: "he", unit: "{{3}}", message: "wiki unit " + hostile)
        finding.wiki = WikiLocation(
            wiki: "meta", title: "Plan/A & B_C/he <b>|x</b>", revision: 7,
            url: "https://meta.wikimedia.org/w/index.php?title=Plan/A_%26_B_C/he&oldid=7\"><script>alert(1)</script>",
            englishDiff: "https://meta.wikimedia.org/w/index.php?diff=9&oldid=8) \"x\" (javascript:alert(1)) <b> | {{x}}", englishEditsBehind: 3)
        return finding
    }

    /// A report and manifest where every piece of text a renderer prints holds ``hostile`` or
    /// something like it: project, document names and ids, autonyms, names, paths, unit ids,
    /// messages, fragments, reasons and wiki titles.
    static var hostileReport: (report: StatusReport, context: RenderContext) {
        let languages = [
            Language(code: "en", name: "English", autonym: "English"),
            Language(code: "he", name: "Hebrew | <b>bold</b>", autonym: "\u{5E2}\u{5D1}\u{5E8}\u{5D9}\u{5EA} || {{x}}", direction: .rtl),
            Language(code: "x-y", name: "*Star* & _under_", autonym: "=Eq= 🎉 [[x]]"),
        ]
        let document = DocumentSpec(
            id: "doc|1", name: "Plan <i>2024</i> | {{Summary}}", kind: .wikitext,
            local: LocalLocation(source: "src/en (1).wiki", translation: PathPattern("src/{lang} | x.wiki")),
            pages: [WikiPageLocation(wiki: "meta", source: "Plan/[[Bad]]", translation: PathPattern("Plan/A & B_C/{lang}"), translatable: true)],
            copies: ["he": WikiCopy(wiki: "hewiki", title: "ויקיפדיה:תוכנית ~~~ |x")])
        let manifest = Manifest(
            project: Project(name: "Project " + hostile), source: "en", languages: languages,
            wikis: [
                Wiki(id: "meta", name: "Meta | Wiki", api: "https://meta.wikimedia.org/w/api.php"),
                Wiki(id: "hewiki", name: "Hebrew Wikipedia", api: "https://he.wikipedia.org/w/api.php", language: "he"),
            ],
            documents: [document, DocumentSpec(id: "other", name: "Other <b>", kind: .file)])

        var counts = UnitCounts()
        counts.total = 3
        counts.current = 1
        counts.stale = 1
        counts.missing = 1
        let hebrew = TranslationStatus(
            document: "doc|1", language: "he", location: .file(path: "src/he | x.wiki"), state: .outdated, counts: counts,
            units: [
                UnitStatus(id: "1", state: .current, provenance: .recorded, line: 1, sourceLine: 1, recorded: "aaaaaaaaaa", expected: "aaaaaaaaaa"),
                UnitStatus(id: "x|<y>", state: .stale, provenance: .recorded, line: 3, sourceLine: 4, recorded: "bbbbbbbbbb", expected: "<cc>"),
                UnitStatus(id: "{{3}}", state: .missing, provenance: .none, sourceLine: 7, expected: "dddddddddd"),
            ])
        var missingCounts = UnitCounts()
        missingCounts.total = 3
        missingCounts.missing = 3
        let other = TranslationStatus(
            document: "doc|1", language: "x-y", location: .file(path: "src/x-y | x.wiki"), state: .missing, counts: missingCounts, units: [])
        let findings = [
            Finding(check: "input", severity: .warning, file: "src/[odd] (dir)", message: "workspace: " + hostile),
            Finding(
                check: "numbers", severity: .error, document: "doc|1", language: "he", unit: "x|<y>", file: "src/he | x.wiki", line: 3,
                column: 2, message: hostile, fragments: ["177 | 175", "<b>", "{{x}}"]),
            Finding(
                check: StatusCheck.stale, severity: .error, document: "doc|1", language: "he", unit: "x|<y>", file: "src/he | x.wiki", line: 3,
                message: "unit x|<y> is stale: " + hostile),
            Finding(
                check: "punctuation", severity: .info, document: "doc|1", language: "he", unit: "1", file: "src/he | x.wiki", line: 1,
                message: "info " + hostile),
            hostileWikiFinding,
        ]
        let report = StatusReport(
            project: manifest.project?.name, sourceLanguage: "en", languages: manifest.targets,
            documents: [
                DocumentStatus(
                    id: "doc|1", name: document.name, kind: .wikitext,
                    source: SourceStatus(location: .file(path: "src/en (1).wiki"), exists: true, units: 3), translations: [hebrew, other])
            ],
            untracked: [UntrackedDocument(id: "other", reason: "reason " + hostile)], findings: findings)
        var context = RenderContext(manifest: manifest, generated: generated)
        var baseline = report
        baseline.documents[0].translations.removeFirst()
        context.comparison = ReportComparison(baseline: baseline, current: report)
        return (report, context)
    }
}
