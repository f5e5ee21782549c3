import TranslationTracker

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

    static var report: StatusReport {
        let languages = [
            Language(code: "en", name: "English", autonym: "English"),
            Language(code: "ar", name: "Arabic", autonym: "العربية", direction: .rtl),
            Language(code: "zh", name: "Chinese", autonym: "中文"),
            Language(code: "hi", name: "Hindi", autonym: "हिन्दी"),
            Language(code: "fr", name: "French", autonym: "français"),
            Language(code: "ja", name: "Japanese", autonym: "日本語"),
        ]
        let spec = DocumentSpec(
            id: "summary", name: "Plan summary", kind: .wikitext,
            local: LocalLocation(source: "en.wiki", translation: PathPattern("{lang}.wiki")))
        let manifest = Manifest(
            project: Project(name: "Sample ‹project›"), source: "en", languages: languages,
            documents: [spec, DocumentSpec(id: "slides", name: "Slides", kind: .file)])

        let arabic = stamped("== الميزانية == <!--T:1-->\n\n<!--T:2-->\nالميزانية ١٧٧ مليون دولار.\n\n<!--T:3-->\n* واحد\n* اثنان 🎉\n")
        let chinese = WikitextDocument("== 预算 == <!--T:1 src=0000000000-->\n\n<!--T:2-->\n预算为1.77亿美元。\n\n<!--T:9-->\n多余\n")
        let hindi = stamped("== बजट == <!--T:1-->\n")
        let french = stamped("== Budget == <!--T:1-->\n\n<!--T:2-->\nLe budget est de 177 millions.\n\n<!--T:3-->\n* Un\n* Deux\n")
        let snapshot = Snapshot(
            documents: [
                DocumentSnapshot(
                    document: spec,
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
        return StatusEvaluator().evaluate(snapshot, manifest: manifest)
    }
}
