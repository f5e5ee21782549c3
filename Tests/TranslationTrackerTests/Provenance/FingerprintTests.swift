import Foundation
import Testing

@testable import TranslationTracker

@Suite("Fingerprints")
struct FingerprintTests {
    @Test func isSHA256OfTheNormalizedText() {
        // SHA-256("abc"), a published test vector.
        let digest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        #expect(Fingerprint(unitText: "abc").digest == digest)
        #expect(Fingerprint(unitText: " \n abc\t\r\n").digest == digest)
        #expect(Fingerprint(unitText: "abc").hex == "ba7816bf8f")
        #expect(Fingerprint(unitText: "abc").description == "ba7816bf8f")
    }

    @Test(
        "whitespace runs, line endings and ends do not count",
        arguments: [
            "We plan  a budget.",
            "We plan\ta budget.",
            "We plan\na budget.",
            "We plan\r\na budget.",
            "  We plan a budget.  ",
            "We plan \n\n a budget.\n",
        ])
    func normalizesWhitespace(_ variant: String) {
        #expect(Fingerprint(unitText: variant) == Fingerprint(unitText: "We plan a budget."))
    }

    @Test(
        "other changes count",
        arguments: [
            "We plan a\u{00A0}budget.",  // NBSP is not folded
            "We plan a Budget.",
            "We plan a budget",
            "We plan abudget.",
            "We plan a budget.\u{200F}",
        ])
    func otherChangesCount(_ variant: String) {
        #expect(Fingerprint(unitText: variant) != Fingerprint(unitText: "We plan a budget."))
    }

    @Test func normalizedBytes() {
        #expect(Fingerprint.normalized("  a \t b\r\n\r\nc  ") == utf8("a b c"))
        #expect(Fingerprint.normalized("a\u{00A0}b") == utf8("a\u{00A0}b"))
        #expect(Fingerprint.normalized(" \n\t ").isEmpty)
    }

    @Test func crlfAndLFFilesGiveTheSameFingerprints() {
        let lf = WikitextDocument("<!--T:1-->\nWe plan\na budget.")
        let crlf = WikitextDocument("<!--T:1-->\r\nWe plan\r\na budget.")
        #expect(lf.unit("1")?.fingerprint == crlf.unit("1")?.fingerprint)
    }

    @Test func variableValuesDoNotCountButNamesDo() {
        func fingerprint(_ text: String) -> Fingerprint? { WikitextDocument("<!--T:5-->\n" + text).unit("5")?.fingerprint }
        let old = fingerprint("Write to <tvar name=mail>planning@example.org</tvar>.")
        #expect(old != nil)
        #expect(fingerprint("Write to <tvar name=mail>budget@example.org</tvar>.") == old)
        #expect(fingerprint("Write to <tvar name=\"mail\">budget@example.org</tvar>.") == old)
        #expect(fingerprint("Write to <tvar|mail>budget@example.org</>.") == old)
        #expect(fingerprint("Write to <tvar name=email>planning@example.org</tvar>.") != old)
        #expect(fingerprint("Write to $mail.") == old)
    }

    @Test func shortHexIsTheDigestPrefix() {
        let fingerprint = Fingerprint(unitText: "abc")
        #expect(fingerprint.hex == "ba7816bf8f")
        #expect(fingerprint.description == "ba7816bf8f")
        #expect(fingerprint.digest == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

@Suite("Recorded fingerprints (src=)")
struct RecordedFingerprintTests {
    static let abc = Fingerprint(unitText: "abc")

    @Test(
        "accepted values",
        arguments: [
            ("ba7816", "ba7816"), ("BA7816BF8F", "ba7816bf8f"),
            (String(repeating: "a", count: 64), String(repeating: "a", count: 64)),
        ])
    func accepted(_ value: String, _ hex: String) {
        #expect(RecordedFingerprint(value)?.hex == hex)
    }

    @Test("refused values", arguments: ["", "ba781", String(repeating: "a", count: 65), "ba78zz", "ba7816 ", "-ba7816"])
    func refused(_ value: String) {
        #expect(RecordedFingerprint(value) == nil)
    }

    @Test(
        "a recorded prefix matches like a short git hash",
        arguments: [
            ("ba7816", true), ("ba7816bf8f", true), ("BA7816BF8F01", true),
            ("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", true),
            ("ba7817", false), ("a7816b", false), ("0ba7816bf8", false),
        ])
    func matching(_ value: String, _ matches: Bool) throws {
        let recorded = try #require(RecordedFingerprint(value))
        #expect(recorded.matches(Self.abc) == matches)
    }

    @Test func decodingRefusesBadValues() throws {
        let decoder = JSONDecoder()
        #expect(try decoder.decode(RecordedFingerprint.self, from: Data("\"ABCDEF\"".utf8)).hex == "abcdef")
        #expect(throws: DecodingError.self) { try decoder.decode(RecordedFingerprint.self, from: Data("\"xyz\"".utf8)) }
    }
}
