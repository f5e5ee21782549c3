import Foundation
import TranslationTracker
import TranslationTrackerReaders

/// `transtrack-bench history FILE --revisions N`: `status --dump meta=FILE` on the embedded
/// dataset, where FILE holds the English summary page and its French translation with N
/// revisions, each editing one unit (the markers' `src=` left out, so every unit's state is
/// inferred from history). Prints seconds and the peak resident memory, beside the goal that a
/// page's history does not grow memory (≤ 128 MiB at 100,000 revisions). One run per process,
/// so the peak is this run's.
///
/// FILE is generated once (deterministic: the same N gives the same bytes), outside the
/// repository; the manifest is `locales/tracker.yaml`, found from the current folder.
struct HistoryBenchmark {
    var path: String
    var revisions: Int
    var manifest: String

    static let english = "Wikimedia Foundation Annual Plan/2023-2024/Summary"
    static let goalMiB = 128

    func run() throws {
        let workspace = try Workspace.open(manifestPath: manifest, currentDirectory: FileManager.default.currentDirectoryPath)
        if !FileManager.default.fileExists(atPath: path) { try generate(workspace) }
        let clock = ContinuousClock()
        let start = clock.now
        let reader = try DumpStatusReader(local: LocalFilesReader(workspace: workspace), dumps: [WikiDump(wiki: "meta", path: path)])
        let report = try reader.status(documents: ["summary"], languages: ["fr"])
        let seconds = (clock.now - start).seconds
        let rss = ProcessMemory.peakKiB
        let french = report.translations.filter { $0.location.place == "meta" }.first
        let inferred = french?.units.filter { $0.provenance == .inferred || $0.provenance == .translateInferred }.count ?? 0
        print("transtrack-bench history \(path): status --dump meta=FILE -d summary -l fr, French page with \(grouped(revisions)) revisions")
        print("status       \(fixed(seconds)) s · fr on meta: \(french.map { "\($0.state.rawValue), \($0.units.count) units, \(inferred) with inferred provenance" } ?? "not read")")
        print("peak RSS     \(fixed(Double(rss) / 1024, 1)) MiB (ru_maxrss) · goal ≤ \(Self.goalMiB) MiB: \(rss <= Self.goalMiB * 1024 ? "met" : "NOT MET")")
        print("summary: revisions=\(revisions) seconds=\(fixed(seconds)) peak_rss_kib=\(rss)")
    }

    /// Writes the export: the English page (two revisions) and the French page whose revision i
    /// changes unit i mod n, its texts read from the dataset's local files.
    private func generate(_ workspace: Workspace) throws {
        guard let document = workspace.manifest.documents.first(where: { $0.id == "summary" }), let local = document.local else {
            throw BenchError.input("\(manifest) has no document 'summary' with local files; run from the repository")
        }
        let root = URL(fileURLWithPath: workspace.loaded.file).deletingLastPathComponent().appendingPathComponent(workspace.manifest.root).path
        let englishText = try String(contentsOfFile: root + "/" + local.source, encoding: .utf8)
        let frenchPath = root + "/" + local.translation.expanded(for: "fr")
        // Without src=, the units' states come from history alone.
        let french = try String(contentsOfFile: frenchPath, encoding: .utf8).replacing(/\ src=[0-9a-f]+/, with: "")
        let paragraphs = french.components(separatedBy: "\n\n")
        let out = try StreamedFile(path: path)
        out.append("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" version=\"0.11\" xml:lang=\"en\">\n")
        out.append("  <siteinfo>\n    <sitename>Meta</sitename>\n    <dbname>metawiki</dbname>\n  </siteinfo>\n")
        var revisionID = 1
        func page(_ title: String, id: Int, count: Int, text: (Int) -> String) {
            out.append("  <page>\n    <title>\(escape(title))</title>\n    <ns>0</ns>\n    <id>\(id)</id>\n")
            for index in 0..<count {
                let day = 1 + index / 86_400, second = index % 86_400
                let stamp = String(format: "2023-%02d-%02dT%02d:%02d:%02dZ", 1 + (day - 1) / 28 % 12, 1 + (day - 1) % 28, second / 3600, second / 60 % 60, second % 60)
                out.append("    <revision>\n      <id>\(revisionID)</id>\n")
                if index > 0 { out.append("      <parentid>\(revisionID - 1)</parentid>\n") }
                out.append("      <timestamp>\(stamp)</timestamp>\n      <contributor><username>Bench</username><id>1</id></contributor>\n")
                out.append("      <model>wikitext</model>\n      <format>text/x-wiki</format>\n      <text xml:space=\"preserve\">")
                out.append(escape(text(index)))
                out.append("</text>\n    </revision>\n")
                revisionID += 1
            }
            out.append("  </page>\n")
        }
        page(Self.english, id: 1, count: 1) { _ in englishText }
        page(Self.english + "/fr", id: 2, count: revisions) { index in
            var edited = paragraphs
            let unit = 2 + index % max(edited.count - 2, 1)
            if unit < edited.count { edited[unit] += " (\(index))" }
            return edited.joined(separator: "\n\n")
        }
        out.append("</mediawiki>\n")
        try out.commit()
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
