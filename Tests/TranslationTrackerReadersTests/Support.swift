import Foundation
import TestSupport

/// A temporary folder for one test, removed with everything in it when the test lets go of it
/// (a run writes hundreds of megabytes of dumps and decks, which must not pile up in the temp folder).
final class Scratch: Sendable {
    let root: String

    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("transtrack-readers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        root = url.path
    }

    deinit { ScratchRemoval.remove(root) }

    func path(_ relative: String) -> String { root + "/" + relative }

    func write(_ relative: String, _ text: String) throws { try write(relative, Array(text.utf8)) }

    func write(_ relative: String, _ bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func entries(_ relative: String = ".") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path(relative)).sorted()
    }

    /// A small valid project: English source, French and Arabic translations.
    static func project() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write(
            "locales/tracker.yaml",
            """
            version: 1
            root: ..
            source: en
            languages:
              - { code: en, name: English }
              - { code: fr, name: French, autonym: français }
              - { code: ar, name: Arabic, autonym: العربية, direction: rtl }
            documents:
              - id: summary
                local: { source: locales/en/summary.wiki, translation: "locales/{lang}/summary.wiki" }
              - id: slides
                kind: file
                pages: []

            """)
        try scratch.write("locales/en/summary.wiki", "<translate>\n== Goals == <!--T:1-->\n\n<!--T:2-->\nWe plan.\n</translate>\n")
        try scratch.write("locales/fr/summary.wiki", "== Objectifs == <!--T:1-->\n\n<!--T:2-->\nNous planifions.\n")
        return scratch
    }
}
