import AsyncHTTPClient
import Foundation
import Testing
import TranslationTracker
import TranslationTrackerReaders

@testable import TranslationTrackerLive

/// The real Translate extension decides which units are outdated; `status --live` (its own state,
/// read through the API) and `status --dump` (inferred from a full-history export of the same
/// wiki) must say exactly what it says, for every language and every unit, and count as its
/// `languagestats` counts. Any difference fails.
///
/// One page, eight languages, each in a state of its own (see ``languages``).
@Suite("agreement with the real Translate extension: live and dump", .enabled(if: TestWiki.shouldRun))
struct TranslateAgreementTests {
    static let english1 = """
        <languages/>
        <translate>
        == Budget ==

        The budget is 177 million dollars.

        Read the plan on <tvar name="url">https://example.org/plan</tvar> before 11 May.

        We plan four goals for the year.
        </translate>
        """
    /// Unit 2 changed: translations of it go fuzzy.
    static func english2(_ marked: String) -> String { marked.replacingOccurrences(of: "177 million dollars", with: "180 million dollars") }
    /// Only the value of unit 3's variable changed.
    static func english3(_ marked: String) -> String { marked.replacingOccurrences(of: "https://example.org/plan", with: "https://example.org/plan-2024") }
    /// Unit 4 changed, marked with "do not invalidate".
    static func english4(_ marked: String) -> String { marked.replacingOccurrences(of: "four goals for the year", with: "four goals this year") }

    /// Translations per unit; `!!FUZZY!!` typed by the translator where a test wants it.
    static func translations(_ code: String) -> [String: String] {
        [
            "Page display title": "Plan (\(code))",
            "1": "== Budget (\(code)) ==",
            "2": "Budget (\(code)): 177.",
            "3": "Plan (\(code)): $url, 11/5.",
            "4": "Goals (\(code)): 4.",
        ]
    }

    /// What each language goes through, in order, and what Translate ends up saying:
    /// - de: translated, then units 2 (English edit) and 3 (variable edit) outdated by re-marks;
    /// - ja: partly translated (units 1 and 2), 2 outdated;
    /// - pt: unit 3 saved with a typed `!!FUZZY!!`, 2 outdated by the re-mark;
    /// - uk: outdated by both re-marks, then unit 2 translated again and unit 3 saved unchanged
    ///   (as a translator confirms a translation: Translate clears its fuzzy tag though MediaWiki
    ///   saves no revision, so only the re-rendered page shows it): complete;
    /// - zh: translated after the English edit, then only a `<tvar>` value changes: 3 outdated;
    /// - es: translated, then unit 4 changes in a re-mark with "do not invalidate": complete;
    /// - fr: translated last: complete;
    /// - id: translated last, two units reviewed by another user: proofread.
    static let languages = ["de", "ja", "pt", "uk", "zh", "es", "fr", "id"]

    struct Built {
        var page: String
        var manifest: LiveManifest
        var session: TranslateSession
    }

    static func build(_ wiki: TestWiki, http: HTTPClient) async throws -> Built {
        let page = TestWiki.uniquePrefix("Agreement")
        let seeder = try await wiki.seeder(http: http)
        let admin = try await TranslateSession.admin(wiki, http: http)
        func translate(_ code: String, _ units: [String], typed: Set<String> = []) async throws {
            let texts = translations(code)
            for unit in units {
                try await seeder.edit("Translations:\(page)/\(unit)/\(code)", (typed.contains(unit) ? "!!FUZZY!!" : "") + texts[unit]!)
            }
            try await runJobs(wiki, http: http)
        }
        func remark(_ change: (String) -> String, keeping: Set<String> = []) async throws {
            let marked = try await Self.latestText(seeder.client, page)
            let changed = change(marked)
            #expect(changed != marked)
            try await seeder.edit(page, changed)
            try await admin.mark(page, keeping: keeping)
        }
        let all = ["Page display title", "1", "2", "3", "4"]
        try await seeder.edit(page, english1)
        try await admin.mark(page)
        try await translate("de", all)
        try await translate("ja", ["1", "2"])
        try await translate("pt", all, typed: ["3"])
        try await translate("uk", all)
        try await remark(english2)
        try await translate("zh", all)
        try await remark(english3)
        let uk = translations("uk")
        try await seeder.edit("Translations:\(page)/2/uk", uk["2"]!.replacingOccurrences(of: "177", with: "180"))
        try await seeder.edit("Translations:\(page)/3/uk", uk["3"]!)
        try await runJobs(wiki, http: http)
        try await translate("es", all)
        try await remark(english4, keeping: ["4"])
        try await translate("fr", all)
        try await translate("id", all)
        let reviewer = try await TranslateSession.reviewer(wiki, http: http)
        for unit in try await admin.messageCollection(page: page, language: "id") where unit.id == "1" || unit.id == "4" {
            try await reviewer.review(revision: try #require(unit.revision))
        }
        let manifest = try LiveManifest(
            api: wiki.api,
            documents: """
                  - id: plan
                    pages:
                      - { wiki: meta, source: "\(page)", translation: "\(page)/{lang}", translatable: true }
                """, wikis: ["meta"], languages: languages.map { "- { code: \($0), name: \($0), autonym: \($0) }" })
        return Built(page: page, manifest: manifest, session: admin)
    }

    static func latestText(_ client: MediaWikiClient, _ title: String) async throws -> String {
        let answer = try await client.call([("action", "query"), ("prop", "revisions"), ("titles", title), ("rvprop", "content"), ("rvslots", "main")])
        return try #require(answer["query"]?["pages"]?[0]?["revisions"]?[0]?["slots"]?["main"]?["content"]?.string)
    }

    /// A unit state as Translate's status maps to ours.
    static func state(_ unit: TranslateTruth.Unit) -> UnitState {
        if unit.fuzzy || unit.status == "fuzzy" { return .stale }
        return unit.status == "untranslated" ? .missing : .current
    }

    static func translation(_ report: StatusReport, _ code: String) -> TranslationStatus? {
        report.documents.first?.translations.first { $0.language.rawValue == code && $0.location.place == "meta" }
    }

    @Test("every language and unit: status --live and status --dump (full history and current-only) equal Translate's messagecollection and languagestats")
    func agreement() async throws {
        guard let wiki = TestWiki.required() else { return }
        let http = MediaWikiClient.makeHTTPClient()
        defer { HTTPShutdown.later(http) }
        let built = try await Self.build(wiki, http: http)
        defer { built.manifest.remove() }

        // Translate's own word.
        var truth: [String: [String: UnitState]] = [:]
        var stats: [String: TranslateTruth.Stats] = [:]
        for code in Self.languages {
            let units = try await built.session.messageCollection(page: built.page, language: code)
            truth[code] = Dictionary(uniqueKeysWithValues: units.map { ($0.id, Self.state($0)) })
            stats[code] = try await built.session.languageStats(page: built.page, language: code)
        }

        // Live.
        let handle = try built.manifest.reader()
        let connections = WikiConnections(manifest: handle.manifest)
        let live: LiveStatusReader.Result
        do {
            live = try await handle.status.status(.live(LiveReader(connections: connections)))
        } catch {
            await connections.shutdown()
            throw error
        }
        await connections.shutdown()

        // A full-history export of the page's whole family, read as a dump.
        let titles = try await built.session.family(of: built.page)
        let export = built.manifest.root + "/meta.xml"
        try await built.session.export(titles: titles).write(to: URL(fileURLWithPath: export))
        let dumped = try DumpStatusReader(local: LocalFilesReader(workspace: try built.manifest.workspace()), dumps: [WikiDump(wiki: "meta", path: export)]).status()
        // A current-only export: the latest revisions alone still carry the rendered pages' wrappers.
        let current = built.manifest.root + "/meta-current.xml"
        try await built.session.export(titles: titles, history: false).write(to: URL(fileURLWithPath: current))
        let currentOnly = try DumpStatusReader(local: LocalFilesReader(workspace: try built.manifest.workspace()), dumps: [WikiDump(wiki: "meta", path: current)]).status()

        var table = ["lang  Translate (title 1 2 3 4)  live                 dump (full history)  languagestats total/translated/fuzzy/proofread"]
        func row(_ states: [String: UnitState]) -> String {
            ["Page display title", "1", "2", "3", "4"].map { (states[$0]?.rawValue ?? "-").prefix(3) }.joined(separator: " ")
        }
        for code in Self.languages {
            let expected = try #require(truth[code])
            let wikiStats = try #require(stats[code])
            let liveStatus = try #require(Self.translation(live.report, code), "no live row for \(code)")
            let dumpStatus = try #require(Self.translation(dumped, code), "no dump row for \(code)")
            func states(_ status: TranslationStatus) -> [String: UnitState] {
                // A translation with nothing translated has no unit list: every Translate unit is missing.
                status.state == .missing ? expected.mapValues { _ in .missing } : Dictionary(uniqueKeysWithValues: status.units.map { ($0.id.rawValue, $0.state) })
            }
            #expect(states(liveStatus) == expected, "live \(code)")
            #expect(states(dumpStatus) == expected, "dump \(code)")
            let currentStatus = try #require(Self.translation(currentOnly, code), "no current-only dump row for \(code)")
            #expect(states(currentStatus) == expected, "current-only dump \(code)")
            for (status, place) in [(liveStatus, "live"), (dumpStatus, "dump")] {
                let ours = try #require(status.translate, "\(place) \(code) has no Translate numbers")
                #expect(ours.total == wikiStats.total, "\(place) \(code) total")
                #expect(ours.translated == wikiStats.translated, "\(place) \(code) translated")
                #expect(ours.fuzzy == wikiStats.fuzzy, "\(place) \(code) fuzzy")
                #expect(status.counts.total == wikiStats.total && status.counts.current == wikiStats.translated && status.counts.stale == wikiStats.fuzzy, "\(place) \(code) counts")
            }
            #expect(liveStatus.translate?.proofread == wikiStats.proofread, "live \(code) proofread")
            #expect(liveStatus.units.allSatisfy { $0.state == .missing || $0.provenance == .translate })
            #expect(dumpStatus.units.allSatisfy { $0.state == .missing || $0.provenance == .translateInferred })
            table.append(
                code.padding(toLength: 6, withPad: " ", startingAt: 0) + row(expected).padding(toLength: 27, withPad: " ", startingAt: 0)
                    + row(states(liveStatus)).padding(toLength: 21, withPad: " ", startingAt: 0) + row(states(dumpStatus)).padding(toLength: 21, withPad: " ", startingAt: 0)
                    + "\(wikiStats.total)/\(wikiStats.translated)/\(wikiStats.fuzzy)/\(wikiStats.proofread)")
        }
        print(table.joined(separator: "\n"))
        #expect(!live.report.findings.contains { $0.check == StatusCheck.translateMismatch }, "Translate's numbers and its unit states agree")

        // The scenario is what it says: eight languages, in distinct states.
        #expect(truth["fr"]?.values.allSatisfy { $0 == .current } == true)
        #expect(truth["de"] == ["Page display title": .current, "1": .current, "2": .stale, "3": .stale, "4": .current])
        #expect(truth["ja"] == ["Page display title": .missing, "1": .current, "2": .stale, "3": .missing, "4": .missing])
        #expect(truth["pt"] == ["Page display title": .current, "1": .current, "2": .stale, "3": .stale, "4": .current])
        #expect(truth["uk"]?.values.allSatisfy { $0 == .current } == true)
        #expect(truth["zh"] == ["Page display title": .current, "1": .current, "2": .current, "3": .stale, "4": .current])
        #expect(truth["es"]?.values.allSatisfy { $0 == .current } == true)
        #expect(stats["id"]?.proofread == 2)

        // Requests: siteinfo, the titles, Translate's statistics once, unit states once per language with a translation.
        let tally = try #require(live.snapshot.tallies["meta"])
        #expect(tally.statsQueries == 1 && tally.collectionQueries == Self.languages.count)
        print("live requests: " + tally.summary)
    }
}
