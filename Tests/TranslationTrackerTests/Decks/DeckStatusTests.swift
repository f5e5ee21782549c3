import Testing

@testable import TranslationTracker

/// Slide decks judged slide by slide: the stamp record against today's English slides.
@Suite("Deck status")
struct DeckStatusTests {
    static let english = Deck(
        format: .odp,
        slides: [
            DeckSlide(number: 1, paragraphs: ["Annual Plan", "Fiscal year 2023-2024"]),
            DeckSlide(number: 2, paragraphs: ["Budget", "The proposed budget is $177 million."]),
            DeckSlide(number: 3, paragraphs: ["Read more", "The complete plan is on Meta-Wiki."], links: ["https://meta.wikimedia.org/wiki/Plan"]),
        ],
        pageCount: 3, sha1: "e1")

    static func french(_ count: Int = 3, budget: String = "177") -> Deck {
        let slides = [
            DeckSlide(number: 1, paragraphs: ["Plan annuel", "Exercice 2023-2024"]),
            DeckSlide(number: 2, paragraphs: ["Budget", "Le budget proposé est de \(budget) millions de dollars."]),
            DeckSlide(number: 3, paragraphs: ["En savoir plus", "Le plan complet est sur Meta-Wiki."], links: ["https://meta.wikimedia.org/wiki/Plan"]),
            DeckSlide(number: 4, paragraphs: ["Merci"]),
        ]
        return Deck(format: .odp, slides: Array(slides.prefix(count)), pageCount: count, sha1: "f1")
    }

    static func fingerprint(_ number: Int) -> String { Fingerprint(unitText: english.slides![number - 1].text).hex }

    static func stamp(_ slides: [Int: String], sha1: String? = nil) -> DeckStamp {
        DeckStamp(source: "en.odp", sourceSHA1: sha1, slides: Dictionary(uniqueKeysWithValues: slides.map { ("slide-\($0.key)", $0.value) }))
    }

    static func evaluate(_ deck: Deck?, stamp: DeckStamp?, exists: Bool = true, checks: Bool = false) -> (TranslationStatus, [Finding]) {
        let source = PageState(location: .file(path: "en.odp"), exists: true, deck: english)
        let page = PageState(location: .file(path: "fr.odp"), exists: exists, deck: deck, deckStamp: stamp)
        let content = checks
            ? StatusEvaluator.DeckChecks(
                runner: CheckRunner(), english: CheckRunner.EnglishUnits(slides: english.slides!), language: Language(code: "fr", name: "French", autonym: "français"))
            : nil
        return StatusEvaluator.evaluateDeck(page: page, source: source, document: "slides", language: "fr", checks: content)
    }

    static func states(_ status: TranslationStatus) -> [String] { status.units.map { "\($0.id)=\($0.state.rawValue)" } }

    @Test("a slide is current when its record holds today's English fingerprint, stale when another, unverified without")
    func currentStaleUnverified() {
        let (status, findings) = Self.evaluate(Self.french(), stamp: Self.stamp([1: Self.fingerprint(1), 2: "0123456789"]))
        #expect(Self.states(status) == ["slide-1=current", "slide-2=stale", "slide-3=unverified"])
        #expect(status.state == .outdated)
        #expect(status.counts.total == 3)
        let stale = findings.filter { $0.check == StatusCheck.stale }
        #expect(stale.count == 1)
        #expect(stale.first?.unit == "slide-2" && stale.first?.file == "fr.odp")
        #expect(stale.first?.message.hasPrefix("slide 2 is stale") == true)
        #expect(stale.first?.message.contains("transtrack stamp fr --document slides --unit slide-2") == true)
        #expect(findings.contains { $0.check == StatusCheck.unverified && $0.unit == "slide-3" })
    }

    @Test("every slide stamped: complete")
    func complete() {
        let (status, findings) = Self.evaluate(Self.french(), stamp: Self.stamp([1: Self.fingerprint(1), 2: Self.fingerprint(2), 3: Self.fingerprint(3)]))
        #expect(status.state == .complete)
        #expect(status.coverage == 100)
        #expect(findings.isEmpty)
    }

    @Test("no stamp record: every slide unverified, one finding for the deck")
    func noRecord() {
        let (status, findings) = Self.evaluate(Self.french(), stamp: nil)
        #expect(Self.states(status) == ["slide-1=unverified", "slide-2=unverified", "slide-3=unverified"])
        #expect(status.state == .incomplete)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("fr.odp.transtrack.json") == true)
    }

    @Test("fewer slides: the rest missing; more slides: extra; either way a slide-count finding")
    func countMismatch() {
        let stamp = Self.stamp([1: Self.fingerprint(1), 2: Self.fingerprint(2), 3: Self.fingerprint(3)])
        let (short, shortFindings) = Self.evaluate(Self.french(2), stamp: stamp)
        #expect(Self.states(short) == ["slide-1=current", "slide-2=current", "slide-3=missing"])
        #expect(short.state == .incomplete)
        #expect(shortFindings.contains { $0.check == StatusCheck.slideCount && $0.message.contains("2 slides and the English 3") })
        #expect(shortFindings.contains { $0.check == StatusCheck.missingUnit && $0.unit == "slide-3" })

        let (long, longFindings) = Self.evaluate(Self.french(4), stamp: stamp)
        #expect(Self.states(long) == ["slide-1=current", "slide-2=current", "slide-3=current", "slide-4=extra"])
        #expect(long.counts.extra == 1)
        #expect(longFindings.contains { $0.check == StatusCheck.slideCount })
        #expect(longFindings.contains { $0.check == StatusCheck.extraUnit && $0.unit == "slide-4" })
    }

    @Test("a missing deck is missing, every English slide counted")
    func missing() {
        let (status, findings) = Self.evaluate(nil, stamp: nil, exists: false)
        #expect(status.state == .missing)
        #expect(status.counts.missing == 3)
        #expect(findings.first?.check == StatusCheck.missingTranslation)
    }

    @Test("a PDF: the page count must match; current only by the recorded English SHA-1")
    func pdf() {
        let pdf = Deck(format: .pdf, slides: nil, pageCount: 3, sha1: "p1")
        let (current, currentFindings) = Self.evaluate(pdf, stamp: Self.stamp([:], sha1: "e1"))
        #expect(Self.states(current) == ["slide-1=current", "slide-2=current", "slide-3=current"])
        #expect(current.state == .complete)
        #expect(currentFindings.isEmpty)

        let (stale, staleFindings) = Self.evaluate(pdf, stamp: Self.stamp([:], sha1: "old"))
        #expect(stale.state == .outdated)
        #expect(stale.counts.stale == 3)
        #expect(staleFindings.filter { $0.check == StatusCheck.stale }.count == 1, "one finding for the whole deck")

        let (unverified, _) = Self.evaluate(pdf, stamp: nil)
        #expect(unverified.counts.unverified == 3)

        let short = Deck(format: .pdf, slides: nil, pageCount: 2, sha1: "p2")
        let (shortStatus, shortFindings) = Self.evaluate(short, stamp: Self.stamp([:], sha1: "e1"))
        #expect(Self.states(shortStatus) == ["slide-1=current", "slide-2=current", "slide-3=missing"])
        #expect(shortFindings.contains { $0.check == StatusCheck.slideCount && $0.message.contains("2 pages and the English 3") })
    }

    @Test("content checks run per slide: a number mistake is found on its slide, with the file")
    func numberMistake() {
        let stamp = Self.stamp([1: Self.fingerprint(1), 2: Self.fingerprint(2), 3: Self.fingerprint(3)])
        let (_, findings) = Self.evaluate(Self.french(budget: "171"), stamp: stamp, checks: true)
        let numbers = findings.filter { $0.check == "numbers" }
        #expect(numbers.count == 1)
        #expect(numbers.first?.unit == "slide-2")
        #expect(numbers.first?.file == "fr.odp")
        #expect(numbers.first?.message.hasPrefix("slide 2: ") == true)
        let (_, clean) = Self.evaluate(Self.french(), stamp: stamp, checks: true)
        #expect(clean.isEmpty, "\(clean.map(\.message))")
    }

    @Test("the links check sees a slide's hyperlinks; untranslated sees English left on a slide")
    func linksAndUntranslated() {
        var deck = Self.french()
        deck.slides![2].links = ["https://meta.wikimedia.org/wiki/Other"]
        deck.slides![1].paragraphs = ["Budget", "The proposed budget is $177 million."]
        let stamp = Self.stamp([1: Self.fingerprint(1), 2: Self.fingerprint(2), 3: Self.fingerprint(3)])
        let (_, findings) = Self.evaluate(deck, stamp: stamp, checks: true)
        #expect(findings.contains { $0.check == "links" && $0.unit == "slide-3" && $0.severity == .error })
        #expect(findings.contains { $0.check == "untranslated" && $0.unit == "slide-2" })
    }

    @Test("the stamper records today's English fingerprints, and the deck's SHA-1 only when every slide is stamped")
    func stamper() {
        let some = DeckStamper().stamp(translation: Self.french(), english: Self.english, existing: nil, sourcePath: "en.odp", units: ["slide-2", "slide-9"])
        #expect(some.stamped == ["slide-2"])
        #expect(some.stamp.slides == ["slide-2": Self.fingerprint(2)])
        #expect(some.stamp.sourceSHA1 == nil)
        #expect(some.skipped.map(\.0) == ["slide-9"])
        let all = DeckStamper().stamp(translation: Self.french(2), english: Self.english, existing: some.stamp, sourcePath: "en.odp")
        #expect(all.stamped == ["slide-1"] && all.unchanged == ["slide-2"])
        #expect(all.stamp.sourceSHA1 == "e1")
        let again = DeckStamper().stamp(translation: Self.french(2), english: Self.english, existing: all.stamp, sourcePath: "en.odp")
        #expect(!again.changed)
        let pdf = DeckStamper().stamp(
            translation: Deck(format: .pdf, slides: nil, pageCount: 3, sha1: "p"), english: Self.english, existing: nil, sourcePath: "en.odp", units: ["slide-1"])
        #expect(pdf.stamped.isEmpty && pdf.skipped.count == 1)
    }

    @Test("a stamp record round-trips through its JSON, sorted, without an empty slides key")
    func record() throws {
        let stamp = Self.stamp([2: "abcdef0123", 1: "0123456789"], sha1: "e1")
        let text = String(decoding: stamp.encoded(), as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(text.range(of: "slide-1")!.lowerBound < text.range(of: "slide-2")!.lowerBound)
        #expect(try DeckStamp.decode(stamp.encoded()) == stamp)
        #expect(!String(decoding: Self.stamp([:], sha1: "e1").encoded(), as: UTF8.self).contains("slides"))
        #expect(throws: DeckStampError.self) { try DeckStamp.decode(Array("{\"schemaVersion\": 1}".utf8)) }
        #expect(throws: DeckStampError.unsupportedVersion(2)) { try DeckStamp.decode(Array("{\"schemaVersion\": 2, \"source\": \"x\"}".utf8)) }
    }

    @Test("a deck's translation may have another format: the pattern's extension first, then the others")
    func candidates() {
        let local = LocalLocation(source: "locales/en/slides.odp", translation: PathPattern("locales/{lang}/slides.odp"), formats: [.odp, .pptx, .pdf])
        #expect(local.translationCandidates(for: "ar") == ["locales/ar/slides.odp", "locales/ar/slides.pptx", "locales/ar/slides.pdf"])
        #expect(LocalLocation(source: "a.odp", translation: PathPattern("{lang}/a.pdf")).translationCandidates(for: "ja") == ["ja/a.pdf"])
    }
}
