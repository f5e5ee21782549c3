import Foundation
import Testing
import TranslationTrackerFuzzing

/// Every seed and every input that once broke a property, run through its fuzz target without
/// libFuzzer: a property broken again stops the test process with the property's message.
/// New failures found by `scripts/fuzz` go in `Corpus/TARGET/` (named `crash-…` by libFuzzer).
@Suite struct FuzzCorpusReplayTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static func inputs(_ target: FuzzTarget) throws -> [URL] {
        let folder = corpus.appendingPathComponent(target.rawValue)
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test("Every target has seeds", arguments: FuzzTarget.allCases)
    func seeded(_ target: FuzzTarget) throws {
        #expect(try Self.inputs(target).count >= 4)
    }

    @Test("Every saved input keeps every property", arguments: FuzzTarget.allCases)
    func replay(_ target: FuzzTarget) throws {
        for input in try Self.inputs(target) {
            target.run(Array(try Data(contentsOf: input)))
        }
    }
}
