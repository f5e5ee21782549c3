import Testing

@testable import TranslationTracker

@Suite("Stamping translations")
struct StamperTests {
    static let english = WikitextDocument(
        """
        == Goals == <!--T:1-->

        <!--T:2-->
        We plan a budget of $177 million.

        <!--T:3-->
        * Keep the sites fast.
        * Support volunteers.

        """)

    /// The short fingerprint of English unit `id`.
    static func src(_ id: UnitID, in source: WikitextDocument = english) -> String {
        source.unit(id)?.fingerprint.hex ?? "no unit \(id)"
    }

    static func stamp(_ translation: String, units: Set<UnitID>? = nil, source: WikitextDocument = english) -> Stamper.Result {
        Stamper().stamp(translation: WikitextDocument(translation), source: source, units: units)
    }

    static func evaluate(_ bytes: [UInt8], source: WikitextDocument = english) -> TranslationStatus {
        let page = PageState(location: .file(path: "fr/plan.wiki"), exists: true, document: WikitextDocument(bytes: bytes))
        return StatusEvaluator.evaluate(page: page, source: source, document: "plan", language: "fr").0
    }

    // MARK: - Units with markers

    @Test func onlyTheStaleMarkersBytesChange() {
        let translation = """
            == Objectifs == <!--T:1 src=\(Self.src("1"))-->

            <!--T:2 src=0000000000-->
            Nous prévoyons un budget de 177 millions de dollars.

            <!--T:3 src=\(Self.src("3"))-->
            * Garder les sites rapides.
            * Soutenir les bénévoles.

            """
        let result = Self.stamp(translation)
        let expected = translation.replacingOccurrences(of: "<!--T:2 src=0000000000-->", with: "<!--T:2 src=\(Self.src("2"))-->")
        #expect(result.bytes == utf8(expected))
        #expect(result.stamped == ["2"])
        #expect(result.unchanged == ["1", "3"])
        #expect(result.skipped.isEmpty)
        #expect(result.changed)
        #expect(Self.evaluate(result.bytes).state == .complete)
    }

    @Test func markerWithoutSourceGetsOneAndKeepsItsOtherAttributes() {
        let translation = "<!--T:2 by=bot-->\nNous prévoyons un budget.\n"
        let result = Self.stamp(translation)
        #expect(result.bytes == utf8("<!--T:2 src=\(Self.src("2")) by=bot-->\nNous prévoyons un budget.\n"))
        #expect(result.stamped == ["2"])
    }

    @Test(
        "markers are rewritten where they stand",
        arguments: [
            ("== Objectifs == <!--T:1 src=0000000000-->\n", "== Objectifs == <!--T:1 src=NEW-->\n"),
            ("<!--T:1 src=000000-->\n== Objectifs ==\n", "<!--T:1 src=NEW-->\n== Objectifs ==\n"),
            ("<!--T:2 src=0000000000--> Nous prévoyons.", "<!--T:2 src=NEW--> Nous prévoyons."),
            ("<!--T:2-->\tNous prévoyons.", "<!--T:2 src=NEW-->\tNous prévoyons."),
        ])
    func rewrittenInPlace(_ translation: String, _ expected: String) throws {
        let result = Self.stamp(translation)
        let id = try #require(result.stamped.first)
        #expect(result.stamped.count == 1)
        #expect(result.bytes == utf8(expected.replacingOccurrences(of: "NEW", with: Self.src(id))))
    }

    @Test func currentTranslationIsLeftAlone() {
        let translation = "== Objectifs == <!--T:1 src=\(Self.src("1"))-->\n\n<!--T:2 src=\(Self.src("2").prefix(6))-->\nNous prévoyons.\n"
        let result = Self.stamp(translation)
        #expect(result.bytes == utf8(translation))
        #expect(!result.changed)
        #expect(result.stamped.isEmpty)
        #expect(result.unchanged == ["1", "2"])
    }

    @Test func onlyTheWantedUnitsAreStamped() {
        let translation = "== Objectifs == <!--T:1 src=0000000000-->\n\n<!--T:2 src=0000000000-->\nNous prévoyons.\n"
        let result = Self.stamp(translation, units: ["2"])
        let expected = translation.replacingOccurrences(of: "<!--T:2 src=0000000000-->", with: "<!--T:2 src=\(Self.src("2"))-->")
        #expect(result.bytes == utf8(expected))
        #expect(result.stamped == ["2"])
        #expect(result.unchanged.isEmpty)
        #expect(result.skipped.isEmpty)
    }

    @Test func unitsThatCannotBeStampedAreSkippedWithAReason() {
        let translation = "<!--T:2 src=0000000000-->\nNous prévoyons.\n\n<!--T:7-->\nUn paragraphe retiré de l'anglais.\n"
        let result = Self.stamp(translation, units: ["2", "3", "7", "9"])
        #expect(result.stamped == ["2"])
        let reasons = Dictionary(uniqueKeysWithValues: result.skipped.map { ($0.0, $0.1) })
        #expect(reasons.count == 3)
        #expect(reasons["3"] == "unit 3 is not translated yet")
        #expect(reasons["7"] == "the English source has no unit 7")
        #expect(reasons["9"] == "no unit 9 in the English source")
        #expect(!result.bytes.isEmpty)
        #expect(String(decoding: result.bytes, as: UTF8.self).contains("<!--T:7-->\nUn paragraphe"))
    }

    @Test func extraUnitsAreNotReportedWhenStampingEverything() {
        let result = Self.stamp("<!--T:7-->\nUn paragraphe retiré de l'anglais.\n")
        #expect(result.skipped.isEmpty)
        #expect(result.stamped.isEmpty)
        #expect(!result.changed)
    }

    // MARK: - Translations without markers

    @Test func insertsMarkersWhereTranslatePutsThem() {
        let translation = """
            <languages/>

            == Objectifs ==

            Nous prévoyons un budget de 177 millions de dollars.

            * Garder les sites rapides.
            * Soutenir les bénévoles.

            """
        let result = Self.stamp(translation)
        let expected = """
            <languages/>

            == Objectifs == <!--T:1 src=\(Self.src("1"))-->

            <!--T:2 src=\(Self.src("2"))-->
            Nous prévoyons un budget de 177 millions de dollars.

            <!--T:3 src=\(Self.src("3"))-->
            * Garder les sites rapides.
            * Soutenir les bénévoles.

            """
        #expect(result.bytes == utf8(expected))
        #expect(result.stamped == ["1", "2", "3"])
        let status = Self.evaluate(result.bytes)
        #expect(status.state == .complete)
        #expect(!status.matchedByPosition)
    }

    @Test func positionMatchedUnitsBeyondTheEnglishAreLeftAlone() {
        let translation = "== Objectifs ==\n\nNous prévoyons.\n\n* Un\n\nEn trop.\n"
        let result = Self.stamp(translation)
        #expect(result.stamped == ["1", "2", "3"])
        #expect(String(decoding: result.bytes, as: UTF8.self).hasSuffix("\n\nEn trop.\n"))
    }

    // MARK: - Line endings and byte order mark

    @Test func crlfIsKeptWhenRewritingAndInserting() {
        let translation = "== Objectifs ==\r\n\r\nNous prévoyons.\r\nSur deux lignes.\r\n"
        let result = Self.stamp(translation)
        let expected = "== Objectifs == <!--T:1 src=\(Self.src("1"))-->\r\n\r\n<!--T:2 src=\(Self.src("2"))-->\r\nNous prévoyons.\r\nSur deux lignes.\r\n"
        #expect(result.bytes == utf8(expected))
        let lone = result.bytes.indices.filter { result.bytes[$0] == 0x0A && ($0 == 0 || result.bytes[$0 - 1] != 0x0D) }
        #expect(lone.isEmpty)
    }

    @Test func crlfIsKeptWhenReplacingAMarker() {
        let translation = "<!--T:2 src=0000000000-->\r\nNous prévoyons.\r\n"
        let result = Self.stamp(translation)
        #expect(result.bytes == utf8("<!--T:2 src=\(Self.src("2"))-->\r\nNous prévoyons.\r\n"))
    }

    @Test func byteOrderMarkIsKept() {
        let inserted = Self.stamp("\u{FEFF}== Objectifs ==\n\nNous prévoyons.\n")
        #expect(inserted.bytes == utf8("\u{FEFF}== Objectifs == <!--T:1 src=\(Self.src("1"))-->\n\n<!--T:2 src=\(Self.src("2"))-->\nNous prévoyons.\n"))
        let replaced = Self.stamp("\u{FEFF}<!--T:2 src=0000000000-->\r\nNous prévoyons.\r\n")
        #expect(replaced.bytes == utf8("\u{FEFF}<!--T:2 src=\(Self.src("2"))-->\r\nNous prévoyons.\r\n"))
        #expect(replaced.bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    // MARK: - Fixture

    @Test func stampingTheArabicFixture() throws {
        let source = try Fixture.document("annual-plan/en.wiki")
        let bytes = try Fixture.bytes("annual-plan/ar.wiki")
        let result = Stamper().stamp(translation: WikitextDocument(bytes: bytes), source: source)
        #expect(result.stamped == ["4", "6"])
        #expect(result.unchanged == ["1", "2", "3"])
        #expect(result.skipped.isEmpty)
        let expected = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "<!--T:4 src=6a2432d78c-->", with: "<!--T:4 src=\(Self.src("4", in: source))-->")
            .replacingOccurrences(of: "<!--T:6-->", with: "<!--T:6 src=\(Self.src("6", in: source))-->")
        #expect(result.bytes == utf8(expected))

        let status = Self.evaluate(result.bytes, source: source)
        #expect(status.counts.current == 5)
        #expect(status.counts.missing == 1)
        #expect(status.counts.extra == 1)
        #expect(status.state == .incomplete)
    }

    @Test func stampingSomeUnitsOfAPositionMatchedFileMarksTheOthersBare() {
        let translation = "== Objectifs ==\n\nNous prévoyons 177 millions.\n\n* Rapides.\n* Bénévoles.\n"
        let result = Self.stamp(translation, units: ["2"])
        #expect(result.stamped == ["2"])
        let text = String(decoding: result.bytes, as: UTF8.self)
        #expect(text == "== Objectifs == <!--T:1-->\n\n<!--T:2 src=\(Self.src("2"))-->\nNous prévoyons 177 millions.\n\n<!--T:3-->\n* Rapides.\n* Bénévoles.\n")
        let status = Self.evaluate(result.bytes)
        #expect(status.units.map(\.state) == [.unverified, .current, .unverified])
        #expect(status.matchedByPosition == false)
    }
}
