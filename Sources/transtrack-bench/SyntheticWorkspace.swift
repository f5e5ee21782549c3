import Dispatch
import Foundation
import Synchronization
import TranslationTracker

/// A deterministic synthetic workspace at Meta-Wiki scale: `documents` English sources of
/// `units` units each, translated into `languages` languages, under `locales/` with a
/// `locales/tracker.yaml` manifest, as a real project lays it out.
///
/// The same parameters and seed always give the same bytes, and the first n languages of a
/// larger workspace are exactly those of a smaller one, so scaling runs compare like with like.
struct SyntheticWorkspace: Sendable {
    var documents: Int
    var languages: Int
    var units: Int
    var seed: UInt64

    /// The manifest's first line; the generator only ever replaces a workspace that starts with it.
    static let header = "# Synthetic workspace written by `transtrack-bench generate`; regenerate rather than edit."
    /// Written first and removed last, so an interrupted generation is recognised as ours.
    static let inProgressFile = ".transtrack-bench-generating"

    struct Summary: Sendable {
        var files = 0
        var bytes = 0
        var absentTranslations = 0
        var seconds = 0.0
    }

    /// Writes the workspace into `folder` (created if needed), replacing a workspace this tool
    /// wrote before. The manifest is written last, so its presence means the workspace is complete.
    func generate(into folder: String) throws -> Summary {
        let clock = ContinuousClock()
        let started = clock.now
        let files = FileManager.default
        let locales = folder + "/locales"
        let manifestPath = locales + "/tracker.yaml"
        if files.fileExists(atPath: locales) {
            let manifest = (try? String(contentsOfFile: manifestPath, encoding: .utf8)) ?? ""
            guard manifest.hasPrefix(Self.header) || files.fileExists(atPath: locales + "/" + Self.inProgressFile) else {
                throw BenchError.input("\(locales) exists and was not written by transtrack-bench; choose an empty folder")
            }
            try files.removeItem(atPath: locales)
        }
        try files.createDirectory(atPath: locales + "/en", withIntermediateDirectories: true)
        try write(Array("generating\n".utf8), to: locales + "/" + Self.inProgressFile)

        let seed = self.seed
        let units = self.units
        let sources = Parallel.map(Array(1...documents)) { SyntheticDocument(number: $0, units: units, seed: seed) }
        let targets = (0..<languages).map(SyntheticLanguage.init(index:))

        let totals = Mutex(Summary())
        let failures = Mutex<[String]>([])
        for document in sources {
            try write(Array(document.source.utf8), to: "\(locales)/en/\(document.id).wiki")
            totals.withLock {
                $0.files += 1
                $0.bytes += document.source.utf8.count
            }
        }
        DispatchQueue.concurrentPerform(iterations: targets.count) { index in
            let language = targets[index]
            var local = Summary()
            do {
                try files.createDirectory(atPath: "\(locales)/\(language.code)", withIntermediateDirectories: true)
                for document in sources {
                    guard let text = SyntheticTranslation.text(of: document, in: language, seed: seed) else {
                        local.absentTranslations += 1
                        continue
                    }
                    let bytes = Array(text.utf8)
                    try write(bytes, to: "\(locales)/\(language.code)/\(document.id).wiki")
                    local.files += 1
                    local.bytes += bytes.count
                }
            } catch {
                failures.withLock { $0.append("\(language.code): \(error)") }
            }
            totals.withLock {
                $0.files += local.files
                $0.bytes += local.bytes
                $0.absentTranslations += local.absentTranslations
            }
        }
        if let failure = failures.withLock({ $0.first }) { throw BenchError.input("could not write the workspace: \(failure)") }

        let manifest = manifest(languages: targets, documents: sources)
        try write(Array(manifest.utf8), to: manifestPath)
        try files.removeItem(atPath: locales + "/" + Self.inProgressFile)
        var summary = totals.withLock { $0 }
        summary.files += 1
        summary.bytes += manifest.utf8.count
        summary.seconds = (clock.now - started).seconds
        return summary
    }

    /// `locales/tracker.yaml`: English plus the target languages, one wiki, and every document
    /// with its local files and its translatable page.
    func manifest(languages: [SyntheticLanguage], documents: [SyntheticDocument]) -> String {
        var out = """
            \(Self.header)
            # \(self.documents) documents × \(self.languages) languages × \(units) units, seed \(seed).
            version: 1
            root: ..
            project:
              name: Synthetic Meta-scale workspace (\(self.documents) documents, \(self.languages) languages, \(units) units each)

            source: en

            languages:
              - { code: en, name: English, autonym: English }

            """
        for language in languages {
            let direction = language.script.rightToLeft ? ", direction: rtl" : ""
            out += "  - { code: \(language.code), name: \"\(language.name)\", autonym: \"\(language.autonym)\"\(direction) }\n"
        }
        out += """

            wikis:
              - { id: meta, name: Meta-Wiki, api: "https://meta.wikimedia.org/w/api.php" }

            documents:

            """
        for document in documents {
            out += """
                  - id: \(document.id)
                    name: \(document.name)
                    kind: wikitext
                    local:
                      source: locales/en/\(document.id).wiki
                      translation: locales/{lang}/\(document.id).wiki
                    pages:
                      - wiki: meta
                        source: Synthetic workspace/\(document.name)
                        translation: Synthetic workspace/\(document.name)/{lang}
                        translatable: true

                """
        }
        return out
    }

    /// Temporary file in the same folder, then rename: readers never see half a file. No fsync;
    /// this is disposable benchmark data.
    private func write(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw BenchError.input("could not write \(temporary)")
        }
        guard rename(temporary, path) == 0 else {
            throw BenchError.input("could not rename \(temporary) to \(path): \(String(cString: strerror(errno)))")
        }
    }
}

extension Duration {
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
