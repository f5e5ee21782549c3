/// An example of a status rule at work: what was read, and the findings the status evaluator
/// gives for it. The examples are the rules' tests (one test runs them all) and their
/// documentation (`transtrack explain`, the reference page).
///
/// ```swift
/// StatusRuleExample(
///     "Unit 2 was translated from an older English text.",
///     .wikitext(english: "== Budget == <!--T:1-->\n\n<!--T:2-->\nThe budget is $177 million.\n",
///               translation: "== Budget == <!--T:1 src=72e2c61265-->\n\n<!--T:2 src=42e0058cc4-->\nLe budget est de 175 millions de dollars.\n"),
///     expected: [.init(StatusCheck.stale, unit: "2", severity: .error)])
/// ```
package struct StatusRuleExample: Sendable {
    /// What the example shows, one sentence.
    package var caption: String
    package var input: Input
    /// The translation's language.
    package var language: LanguageCode
    /// Every finding expected, in any order; none for a translation that is in order.
    package var expected: [Expected]

    package init(_ caption: String, _ input: Input, language: LanguageCode = "fr", expected: [Expected] = []) {
        self.caption = caption
        self.input = input
        self.language = language
        self.expected = expected
    }

    /// What the evaluator is given, in the form each kind of document needs.
    package enum Input: Sendable {
        /// An English page and its translation as local wikitext files, with
        /// `<!--T:n src=…-->` markers; a nil translation is a file that does not exist.
        case wikitext(english: String, translation: String?)
        /// A translatable page on a wiki, read live: the English page, the translation's unit
        /// pages (`Translations:PAGE/UNIT/LANG`) with the state Translate reports for each, and
        /// Translate's own numbers for the language (`meta=messagegroupstats`).
        case translate(english: String, unitPages: [TranslateUnitPage], stats: TranslateStats?)
        /// A local slide deck: the English and the translated slides, each a list of
        /// paragraphs, and the translated deck's stamp record (fingerprint by slide id; nil
        /// when it has none).
        case deck(english: [[String]], translation: [[String]], stamp: [String: String]?)
        /// Files as they are on disk, before any reader has read them: the English page
        /// (``englishPath``), each translation's bytes by language (``path(_:)``), and the
        /// languages the manifest declares besides English. What is wrong here is found while
        /// reading, so a reader must read these first: ``evaluate()`` cannot, and the end-to-end
        /// tests run them through `transtrack status`.
        case files(english: String, translations: [LanguageCode: [UInt8]], declared: [LanguageCode])
    }

    /// One expected finding: its check id, the unit it is about (nil for the whole
    /// translation) and its severity.
    package struct Expected: Sendable, Hashable, Comparable, CustomStringConvertible {
        package var check: String
        package var unit: UnitID?
        package var severity: Severity

        package init(_ check: String, unit: UnitID? = nil, severity: Severity) {
            self.check = check
            self.unit = unit
            self.severity = severity
        }

        /// What a finding gives to compare with an expected one.
        package init(_ finding: Finding) {
            self.init(finding.check, unit: finding.unit, severity: finding.severity)
        }

        /// `error stale 2`.
        package var description: String { "\(severity.rawValue) \(check)" + (unit.map { " \($0)" } ?? "") }

        package static func < (a: Expected, b: Expected) -> Bool { a.description < b.description }
    }

    /// The English page most examples share: a heading (unit 1, fingerprint `72e2c61265`) and a
    /// paragraph (unit 2, fingerprint `d96cb2bbd5`).
    package static let sampleEnglish = "== Budget == <!--T:1-->\n\n<!--T:2-->\nThe budget is $177 million.\n"
    /// A French translation of ``sampleEnglish`` that is in order: every unit current.
    package static let sampleFrench = "== Budget == <!--T:1 src=72e2c61265-->\n\n<!--T:2 src=d96cb2bbd5-->\nLe budget est de 177 millions de dollars.\n"

    /// The document of every example but a deck's.
    package static let document = "plan"
    /// Where the English page of a file example is, relative to the workspace root.
    package static let englishPath = "locales/en/plan.wiki"

    /// Where one language's translation of a file example is, relative to the workspace root.
    package static func path(_ language: LanguageCode) -> String { "locales/\(language)/plan.wiki" }

    /// The document of a deck example.
    package static let deckDocument = "slides"

    /// Where one language's deck of a deck example is.
    package static func deckPath(_ language: LanguageCode) -> String { "locales/\(language)/slides.odp" }

    /// Runs the example through ``StatusEvaluator`` and returns its findings; nil for
    /// ``Input/files``, which only a reader can read.
    package func evaluate() -> [Finding]? {
        switch input {
        case .wikitext(let english, let translation):
            let location = PageLocation.file(path: Self.path(language))
            let page = translation.map { PageState(location: location, exists: true, document: WikitextDocument($0)) } ?? .absent(location)
            return StatusEvaluator.evaluate(page: page, source: WikitextDocument(english), document: Self.document, language: language).1
        case .translate(let english, let unitPages, let stats):
            var page = PageState.absent(Self.translatePage(language))
            page.translateUnits = Dictionary(unitPages.map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
            page.translateStats = stats
            return StatusEvaluator.evaluateTranslate(
                page: page, source: FingerprintedSource(WikitextDocument(english)), document: Self.document, language: language,
                sourceLanguage: "en"
            ).1
        case .deck(let english, let translation, let stamp):
            let source = PageState(location: .file(path: Self.deckPath("en")), exists: true, deck: Self.deck(english))
            let page = PageState(
                location: .file(path: Self.deckPath(language)), exists: true, deck: Self.deck(translation),
                deckStamp: stamp.map { DeckStamp(source: Self.deckPath("en"), slides: $0) })
            return StatusEvaluator.evaluateDeck(page: page, source: source, document: Self.deckDocument, language: language).1
        case .files:
            return nil
        }
    }

    /// The findings of ``evaluate()`` in the form of ``expected``, sorted; nil for ``Input/files``.
    package func evaluatedFindings() -> [Expected]? {
        evaluate().map { $0.map(Expected.init).sorted() }
    }

    /// The translated page of a ``Input/translate`` example.
    static func translatePage(_ language: LanguageCode) -> PageLocation { .wiki(id: "meta", title: "Plan/\(language)") }

    static func deck(_ slides: [[String]]) -> Deck {
        Deck(
            format: .odp, slides: slides.enumerated().map { DeckSlide(number: $0.offset + 1, paragraphs: $0.element) }, pageCount: slides.count,
            sha1: "")
    }

    /// One labelled piece of what the example is made of.
    package struct Part: Sendable, Hashable {
        /// `en`, `fr`, `Translations:Plan/2/fr (fuzzy)`, `stamp record`, …
        package var label: String
        package var text: String
    }

    /// What the example is made of, labelled, in reading order: for `transtrack explain` and the
    /// reference page. Bytes that are not UTF-8 are shown as `\xE9`.
    package var parts: [Part] {
        switch input {
        case .wikitext(let english, let translation):
            return [Part(label: "en", text: english), Part(label: language.rawValue, text: translation ?? "(no file)")]
        case .translate(let english, let unitPages, let stats):
            var parts = [Part(label: "en", text: english)]
            for page in unitPages {
                let state = page.reported.map { " (\($0.rawValue))" } ?? ""
                parts.append(Part(label: "Translations:Plan/\(page.unit)/\(language)\(state)", text: page.text))
            }
            if let stats {
                let proofread = stats.proofread.map { ", \($0) proofread" } ?? ""
                parts.append(
                    Part(
                        label: "Translate's numbers",
                        text: "\(stats.total) units: \(stats.translated) translated, \(stats.fuzzy) fuzzy\(proofread)"))
            }
            return parts
        case .deck(let english, let translation, let stamp):
            func slides(_ deck: [[String]]) -> String {
                deck.enumerated().map { "slide \($0.offset + 1): \($0.element.joined(separator: "\n"))" }.joined(separator: "\n")
            }
            let record = stamp.map { $0.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") }
            return [
                Part(label: "en", text: slides(english)), Part(label: language.rawValue, text: slides(translation)),
                Part(label: "stamp record", text: record ?? "(none)"),
            ]
        case .files(let english, let translations, let declared):
            var parts = [Part(label: Self.englishPath, text: english)]
            for (code, bytes) in translations.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                parts.append(Part(label: Self.path(code), text: Self.shown(bytes)))
            }
            parts.append(Part(label: "manifest languages", text: (["en"] + declared).map(\.rawValue).joined(separator: ", ")))
            return parts
        }
    }

    /// Bytes as text, each byte that is not part of valid UTF-8 as `\xHH`.
    static func shown(_ bytes: [UInt8]) -> String {
        var out = ""
        var index = 0
        while index < bytes.count {
            let length = utf8Length(bytes, at: index)
            if length > 0 {
                out += String(decoding: bytes[index..<(index + length)], as: UTF8.self)
                index += length
            } else {
                let hex = String(bytes[index], radix: 16, uppercase: true)
                out += "\\x" + (hex.count == 1 ? "0" : "") + hex
                index += 1
            }
        }
        return out
    }

    /// The length of the valid UTF-8 sequence at `index`, 0 when there is none.
    private static func utf8Length(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let sequence = Array(bytes[index..<(index + length)])
        return String(validating: sequence, as: UTF8.self) == nil ? 0 : length
    }
}
