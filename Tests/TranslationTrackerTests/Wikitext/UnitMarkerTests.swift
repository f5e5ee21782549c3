import Testing

@testable import TranslationTracker

@Suite("Unit markers")
struct UnitMarkerTests {
    @Test func renderWithoutSource() {
        #expect(UnitMarker.render(id: "3", source: nil) == "<!--T:3-->")
    }

    @Test func renderWithSourceAndOtherAttributes() {
        let fingerprint = Fingerprint(unitText: "abc")
        #expect(UnitMarker.render(id: "3", source: fingerprint) == "<!--T:3 src=ba7816bf8f-->")
        #expect(UnitMarker.render(id: "3", source: fingerprint, otherAttributes: ["by=bot"]) == "<!--T:3 src=ba7816bf8f by=bot-->")
    }

    @Test func parseBodyReadsIDSourceAndAttributes() throws {
        let (id, recorded, others) = try UnitMarker.parseBody("T:12\tsrc=ABCDEF by=bot  x=y").get()
        #expect(id == "12")
        #expect(recorded?.hex == "abcdef")
        #expect(others == ["by=bot", "x=y"])
    }

    @Test(
        "parse failures",
        arguments: [
            ("note for editors", UnitMarker.MarkerProblem.notAMarker),
            ("", .notAMarker),
            ("T:a_b", .invalidID("a_b")),
            ("T:", .invalidID("")),
            ("T:1 src=12345", .invalidSource("12345")),
            ("T:1 src=nothex", .invalidSource("nothex")),
        ])
    func parseFailure(_ body: String, _ problem: UnitMarker.MarkerProblem) {
        switch UnitMarker.parseBody(body) {
        case .success(let value): Issue.record("parsed \(body) as \(value)")
        case .failure(let error): #expect(error == problem)
        }
    }

    @Test func renderedMarkersParseBack() throws {
        let fingerprint = Fingerprint(unitText: "We plan.")
        let text = UnitMarker.render(id: "7", source: fingerprint, otherAttributes: ["by=bot"])
        let document = WikitextDocument("\(text)\nNous prévoyons.")
        let marker = try #require(document.unit("7")?.marker)
        #expect(marker.recorded?.matches(fingerprint) == true)
        #expect(marker.otherAttributes == ["by=bot"])
    }
}
