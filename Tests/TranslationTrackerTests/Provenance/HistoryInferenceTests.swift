import Testing

@testable import TranslationTracker

@Suite("Provenance inferred from wiki history")
struct HistoryInferenceTests {
    // The English: a draft on 1 April, the budget changed on 10 April, unit 3 added on 20 April.
    static let draft = "== Budget == <!--T:1-->\n\n<!--T:2-->\nThe budget is $175 million.\n"
    static let edited = "== Budget == <!--T:1-->\n\n<!--T:2-->\nThe budget is $177 million.\n"
    static let extended = edited + "\n<!--T:3-->\nGrants reach $25 million.\n"
    static let english = PageHistory(
        revisions: [
            WikiRevision(id: 10, timestamp: "2023-04-01T00:00:00Z", text: draft),
            WikiRevision(id: 11, timestamp: "2023-04-10T00:00:00Z", text: edited),
            WikiRevision(id: 12, timestamp: "2023-04-20T00:00:00Z", text: extended),
        ], complete: true)

    static func history(_ revisions: [(Int, String, String)], complete: Bool = true) -> PageHistory {
        PageHistory(revisions: revisions.map { WikiRevision(id: $0.0, timestamp: $0.1, text: $0.2) }, complete: complete)
    }

    /// Evaluates the latest translation revision against today's English, with both histories.
    static func evaluate(_ translation: PageHistory, english: PageHistory = english) -> TranslationStatus {
        let now = FingerprintedSource(WikitextDocument(english.revisions.last!.text!))
        let page = PageState(
            location: .wiki(id: "frwiki", title: "Plan"), exists: true, document: WikitextDocument(translation.revisions.last!.text!),
            revision: translation.revisions.last!.ref, history: translation)
        return StatusEvaluator.evaluate(page: page, source: now, document: "plan", language: "fr", inference: HistoryInference(english: english)).0
    }

    static func unit(_ status: TranslationStatus, _ id: UnitID) -> UnitStatus? { status.units.first { $0.id == id } }

    static let frenchDraft = "== Budget == <!--T:1-->\n\n<!--T:2-->\nLe budget est de 175 millions de dollars.\n"
    static let frenchEdited = "== Budget == <!--T:1-->\n\n<!--T:2-->\nLe budget est de 177 millions de dollars.\n"

    @Test("translated before the English changed: stale; translated again after: current")
    func beforeAndAfterTheEnglishChange() throws {
        let before = Self.evaluate(Self.history([(100, "2023-04-02T00:00:00Z", Self.frenchDraft)]))
        let stale = try #require(Self.unit(before, "2"))
        #expect(stale.state == .stale)
        #expect(stale.provenance == .inferred)
        #expect(stale.evidence == UnitEvidence(translation: RevisionRef(id: 100, timestamp: "2023-04-02T00:00:00Z"), source: RevisionRef(id: 10, timestamp: "2023-04-01T00:00:00Z")))
        #expect(Self.unit(before, "1")?.state == .current, "the heading did not change")
        #expect(before.state == .outdated)

        let after = Self.evaluate(Self.history([(100, "2023-04-02T00:00:00Z", Self.frenchDraft), (101, "2023-04-12T00:00:00Z", Self.frenchEdited)]))
        #expect(Self.unit(after, "2")?.state == .current)
        #expect(Self.unit(after, "2")?.evidence?.source?.id == 11)
        #expect(Self.unit(after, "1")?.evidence?.translation?.id == 100, "unit 1 last changed in the first revision")
    }

    @Test("an edit after the English change that fixes another unit does not make a unit current")
    func translationOnlyEdits() throws {
        let otherUnitFixed = Self.frenchDraft.replacingOccurrences(of: "== Budget ==", with: "== Le budget ==")
        let status = Self.evaluate(Self.history([(100, "2023-04-02T00:00:00Z", Self.frenchDraft), (101, "2023-04-15T00:00:00Z", otherUnitFixed)]))
        #expect(Self.unit(status, "2")?.state == .stale)
        #expect(Self.unit(status, "2")?.evidence?.translation?.id == 100)
        #expect(Self.unit(status, "1")?.state == .current)
        #expect(Self.unit(status, "1")?.evidence?.translation?.id == 101)
    }

    @Test("a whitespace-only edit (re-wrapping, trailing spaces) does not move T")
    func whitespaceOnlyEdits() throws {
        let rewrapped = Self.frenchDraft.replacingOccurrences(of: "est de 175", with: "est\nde  175") + "\n\n"
        let status = Self.evaluate(Self.history([(100, "2023-04-02T00:00:00Z", Self.frenchDraft), (101, "2023-04-15T00:00:00Z", rewrapped)]))
        #expect(Self.unit(status, "2")?.state == .stale)
        #expect(Self.unit(status, "2")?.evidence?.translation?.id == 100)
    }

    @Test("a recorded src= wins over history, both ways")
    func recordedStampsWin() throws {
        let english = WikitextDocument(Self.extended)
        let current = english.unit("2")!.fingerprint.hex
        // Made before the English change (history says stale), but stamped with today's English.
        let stamped = Self.frenchDraft.replacingOccurrences(of: "<!--T:2-->", with: "<!--T:2 src=\(current)-->")
        let status = Self.evaluate(Self.history([(100, "2023-04-02T00:00:00Z", stamped)]))
        #expect(Self.unit(status, "2")?.state == .current)
        #expect(Self.unit(status, "2")?.provenance == .recorded)
        // Made after it (history says current), but stamped with the draft: stale, and the evidence
        // is the English revision the stamp names.
        let draftPrint = WikitextDocument(Self.draft).unit("2")!.fingerprint.hex
        let old = Self.frenchEdited.replacingOccurrences(of: "<!--T:2-->", with: "<!--T:2 src=\(draftPrint)-->")
        let staleStatus = Self.evaluate(Self.history([(100, "2023-04-12T00:00:00Z", old)]))
        #expect(Self.unit(staleStatus, "2")?.state == .stale)
        #expect(Self.unit(staleStatus, "2")?.provenance == .recorded)
        #expect(Self.unit(staleStatus, "2")?.evidence == UnitEvidence(source: RevisionRef(id: 10, timestamp: "2023-04-01T00:00:00Z")))
    }

    @Test("units added later: translated after the English added it is current, a unit the English lacks is missing")
    func unitsAddedLater() throws {
        let withGrants = Self.frenchEdited + "\n<!--T:3-->\nLes subventions atteignent 25 millions de dollars.\n"
        let status = Self.evaluate(
            Self.history([(100, "2023-04-12T00:00:00Z", Self.frenchEdited), (101, "2023-04-21T00:00:00Z", withGrants)]))
        #expect(Self.unit(status, "3")?.state == .current)
        #expect(Self.unit(status, "3")?.evidence == UnitEvidence(translation: RevisionRef(id: 101, timestamp: "2023-04-21T00:00:00Z"), source: RevisionRef(id: 12, timestamp: "2023-04-20T00:00:00Z")))
        #expect(Self.unit(status, "2")?.state == .current)
        #expect(status.state == .complete)

        let notYet = Self.evaluate(Self.history([(100, "2023-04-12T00:00:00Z", Self.frenchEdited)]))
        #expect(Self.unit(notYet, "3")?.state == .missing)
        #expect(notYet.state == .incomplete)

        // A unit 3 written before the English had one cannot follow today's unit 3.
        let early = Self.evaluate(Self.history([(100, "2023-04-12T00:00:00Z", withGrants)]))
        #expect(Self.unit(early, "3")?.state == .stale)
        #expect(Self.unit(early, "3")?.provenance == .inferred)
    }

    @Test("history that does not reach back far enough infers nothing: unverified")
    func incompleteHistory() throws {
        let cutOff = Self.evaluate(Self.history([(100, "2023-04-12T00:00:00Z", Self.frenchEdited)], complete: false))
        #expect(Self.unit(cutOff, "2")?.state == .unverified)
        #expect(Self.unit(cutOff, "2")?.provenance == ProvenanceKind.none)
        // A change seen inside the known revisions still dates the unit.
        let changed = Self.evaluate(
            Self.history([(100, "2023-04-02T00:00:00Z", Self.frenchDraft), (101, "2023-04-12T00:00:00Z", Self.frenchEdited)], complete: false))
        #expect(Self.unit(changed, "2")?.state == .current)
        #expect(Self.unit(changed, "1")?.state == .unverified)
        // A translation older than every English revision: nothing to compare with.
        let older = Self.evaluate(Self.history([(100, "2023-03-01T00:00:00Z", Self.frenchDraft)]))
        #expect(Self.unit(older, "2")?.state == .unverified)
    }

    @Test("a translation without markers is matched by position and never inferred")
    func noMarkersNoInference() throws {
        let plain = "== Budget ==\n\nLe budget est de 177 millions de dollars.\n"
        let status = Self.evaluate(Self.history([(100, "2023-04-12T00:00:00Z", plain)]))
        #expect(status.matchedByPosition)
        #expect(status.units.allSatisfy { $0.provenance != .inferred })
    }

    @Test("T: the latest revision where the unit's text changed, absent counting as a change")
    func lastChange() {
        let a = HistoryInference.UnitText.text(Array("a".utf8)), b = HistoryInference.UnitText.text(Array("b".utf8))
        func timeline(_ texts: [HistoryInference.UnitText], complete: Bool = true) -> HistoryInference.UnitTimeline {
            HistoryInference.UnitTimeline(
                entries: texts.enumerated().map { .init(ref: RevisionRef(id: $0.offset, timestamp: "2023-04-0\($0.offset + 1)T00:00:00Z"), text: $0.element) },
                complete: complete)
        }
        #expect(HistoryInference.lastChange(timeline([a, a, a]))?.id == 0)
        #expect(HistoryInference.lastChange(timeline([a, b, b]))?.id == 1)
        #expect(HistoryInference.lastChange(timeline([a, .absent, a]))?.id == 2)
        #expect(HistoryInference.lastChange(timeline([.absent, a, a]))?.id == 1)
        #expect(HistoryInference.lastChange(timeline([a, a, .absent])) == nil, "not in the latest revision")
        #expect(HistoryInference.lastChange(timeline([a, a], complete: false)) == nil)
        #expect(HistoryInference.lastChange(timeline([b, a], complete: false))?.id == 1)
    }

    @Test("a Translate unit page: adding or removing !!FUZZY!! is not a change")
    func unitPageTimeline() {
        let page = Self.history([
            (1, "2023-04-02T00:00:00Z", "Le budget est de 175 millions."),
            (2, "2023-04-10T00:05:00Z", "!!FUZZY!!Le budget est de 175 millions."),
        ])
        #expect(HistoryInference.lastChange(HistoryInference.timeline(ofUnitPage: page))?.id == 1)
        let redone = Self.history([
            (1, "2023-04-02T00:00:00Z", "Le budget est de 175 millions."),
            (2, "2023-04-10T00:05:00Z", "!!FUZZY!!Le budget est de 175 millions."),
            (3, "2023-04-11T00:00:00Z", "Le budget est de 177 millions."),
        ])
        #expect(HistoryInference.lastChange(HistoryInference.timeline(ofUnitPage: redone))?.id == 3)
    }

    @Test("the English current at T is the latest revision saved at or before it")
    func englishAtT() {
        let inference = HistoryInference(english: Self.english)
        #expect(inference.englishRevision(at: "2023-04-10T00:00:00Z")?.ref.id == 11)
        #expect(inference.englishRevision(at: "2023-04-09T23:59:59Z")?.ref.id == 10)
        #expect(inference.englishRevision(at: "2023-03-01T00:00:00Z") == nil)
        let draft = RecordedFingerprint(WikitextDocument(Self.draft).unit("2")!.fingerprint.hex)!
        #expect(inference.englishRevision(unit: "2", matching: draft)?.ref.id == 10)
    }
}
