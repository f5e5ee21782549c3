import Foundation
import Testing

@testable import TranslationTracker

/// Reads the hand-written wikitext under `Fixtures/` (copied into the test bundle).
enum Fixture {
    static func bytes(_ path: String) throws -> [UInt8] {
        let base = try #require(Bundle.module.resourceURL, "test bundle has no resources")
        let url = base.appendingPathComponent("Fixtures").appendingPathComponent(path)
        return Array(try Data(contentsOf: url))
    }

    static func document(_ path: String) throws -> WikitextDocument {
        WikitextDocument(bytes: try bytes(path))
    }
}

extension WikitextDocument {
    /// Problems as `kind line:column`, the part of a problem tests usually pin down.
    var problemSummary: [String] { problems.map { "\($0.kind.rawValue) \($0.line):\($0.column)" } }

    /// Each unit's kind and text, for documents whose ids are derived (hash-based).
    var kindsAndTexts: [String] { units.map { "\($0.kind): \($0.text)" } }
}

/// The bytes of `text` as UTF-8, for whole-file comparisons.
func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }
