import AsyncHTTPClient
import Foundation
import Testing
import TranslationTracker
import TranslationTrackerReaders

@testable import TranslationTrackerLive

/// `status --live` against the real test wiki: pages seeded with history through the API, then
/// read back and judged by the same code as dumps.
@Suite("live status against a real MediaWiki", .enabled(if: TestWiki.shouldRun))
struct LiveStatusTests {
    static let english1 = """
        == Budget == <!--T:1-->

        <!--T:2-->
        The budget is 177 million dollars.

        <!--T:3-->
        We plan three goals.
        """
    static let english2 = english1.replacingOccurrences(of: "three goals", with: "four goals this year")
    static let french1 = """
        == Budget == <!--T:1-->

        <!--T:2-->
        Le budget est de 177 millions de dollars.

        <!--T:3-->
        Nous prévoyons trois objectifs.
        """
    static let french2 = french1.replacingOccurrences(of: "trois objectifs", with: "quatre objectifs cette année")
    static let arabic = """
        == الميزانية == <!--T:1-->

        <!--T:2-->
        الميزانية 177 مليون دولار.

        <!--T:3-->
        نخطط لأربعة أهداف هذا العام.
        """
    static let translatable = """
        <languages/>
        <translate>
        == Goals == <!--T:1-->

        <!--T:2-->
        We plan four goals.

        <!--T:3-->
        Each goal has a budget.
        </translate>
        """

    struct Seeded {
        var manifest: LiveManifest
        var plan: String
        var tpage: String
        var slides: String
    }

    /// Seeds every kind of page the documents name; see each expectation for what it is for.
    static func seed(_ wiki: TestWiki, http: HTTPClient) async throws -> Seeded {
        let prefix = TestWiki.uniquePrefix("Plan")
        let plan = prefix + " summary"
        let tpage = prefix + " translatable"
        let fileBase = "Tt" + prefix.dropFirst(2).prefix(8).lowercased() + " slides"
        let seeder = try await wiki.seeder(http: http)
        // French translated from the first English; then the English changes unit 3.
        _ = try await seeder.history([(plan, english1), (plan + "/fr", french1), (plan, english2)])
        // Copies, made after the change: Arabic (manifest writes underscores), French behind a redirect.
        try await seeder.edit(prefix + " arabic copy", arabic)
        try await seeder.edit(prefix + " french copy", french2)
        try await seeder.edit(prefix + " french old", "#REDIRECT [[\(prefix) french copy]]")
        // A page marked for translation by the real Translate extension: fr unit 2 saved with a typed
        // !!FUZZY!!, unit 3 untranslated; de is not a manifest language.
        try await seeder.edit(tpage, translatable)
        try await TranslateSession.admin(wiki, http: http).mark(tpage)
        try await seeder.edit("Translations:\(tpage)/1/fr", "== Objectifs ==")
        try await seeder.edit("Translations:\(tpage)/2/fr", "!!FUZZY!!Nous prévoyons trois objectifs.")
        try await seeder.edit("Translations:\(tpage)/Page display title/fr", "Traduisible")
        try await seeder.edit("Translations:\(tpage)/1/de", "== Ziele ==")
        try await runJobs(wiki, http: http)
        // Slides: the French file uploaded before the English one, so it is older.
        try await seeder.upload(fileBase + "-fr.svg", contents: TestWiki.Seeder.svg("fr " + prefix), http: http)
        try await Task.sleep(nanoseconds: 1_100_000_000)
        try await seeder.upload(fileBase + ".svg", contents: TestWiki.Seeder.svg("en " + prefix), http: http)

        let lowerFile = "file:" + fileBase.lowercased().replacingOccurrences(of: " ", with: "_")
        let documents = """
              - id: plan
                kind: wikitext
                pages:
                  - { wiki: meta, source: "\(plan)", translation: "\(plan)/{lang}" }
                copies:
                  ar: { wiki: arwiki, title: "\(prefix.replacingOccurrences(of: " ", with: "_"))_arabic_copy" }
                  fr: { wiki: frwiki, title: "\(prefix) french old" }
              - id: tpage
                kind: wikitext
                pages:
                  - { wiki: meta, source: "\(tpage)", translation: "\(tpage)/{lang}", translatable: true }
              - id: slides
                kind: file
                pages:
                  - { wiki: commons, source: "\(lowerFile).svg", translation: "\(lowerFile)-{lang}.svg" }
            """
        return Seeded(manifest: try LiveManifest(api: wiki.api, documents: documents), plan: plan, tpage: tpage, slides: fileBase)
    }

    static func status(_ report: StatusReport, _ document: String, _ language: LanguageCode, _ place: String) -> TranslationStatus? {
        report.documents.first { $0.id == document }?.translations.first { $0.language == language && $0.location.place == place }
    }

    @Test("seeded pages read live: missing, normalized, redirected, stale by history, Translate units, files; then offline from the cache")
    func seededStatus() async throws {
        guard let wiki = TestWiki.required() else { return }
        let http = MediaWikiClient.makeHTTPClient()
        defer { HTTPShutdown.later(http) }
        let seeded = try await Self.seed(wiki, http: http)
        defer { seeded.manifest.remove() }
        let handle = try seeded.manifest.reader()
        let connections = WikiConnections(manifest: handle.manifest)
        let result: LiveStatusReader.Result
        do {
            result = try await handle.status.status(.live(LiveReader(connections: connections)))
        } catch {
            await connections.shutdown()
            throw error
        }
        await connections.shutdown()
        let report = result.report

        // Meta: French translated before the English changed unit 3, no src=: inferred from history.
        let fr = try #require(Self.status(report, "plan", "fr", "meta"))
        #expect(fr.state == .outdated)
        #expect(fr.units.map(\.state) == [.current, .current, .stale])
        #expect(fr.units.allSatisfy { $0.provenance == .inferred })
        #expect(Self.status(report, "plan", "ja", "meta")?.state == .missing, "never created")
        #expect(Self.status(report, "plan", "ar", "meta")?.state == .missing)
        // The English page's whole history was read (it is compared with), as a full dump has it.
        let english = try #require(result.snapshot.pages["meta"]?[seeded.plan])
        #expect(english.revisions.count == 2 && english.hasFullHistory)
        #expect(english.latest?.sha1?.count == 31, "base-36 like dumps")

        // arwiki: the manifest writes underscores; the copy was made after the change: current.
        let ar = try #require(Self.status(report, "plan", "ar", "arwiki"))
        #expect(ar.state == .complete)
        #expect(ar.units.allSatisfy { $0.provenance == .inferred && $0.state == .current })
        // frwiki: the manifest names a redirect; its target is read.
        let frCopy = try #require(Self.status(report, "plan", "fr", "frwiki"))
        #expect(frCopy.state == .complete)
        let redirect = try #require(result.snapshot.pages["frwiki"]?[WikiTitle.normalized(seeded.plan.replacingOccurrences(of: " summary", with: " french old"))])
        #expect(redirect.redirected == true)
        #expect(redirect.apiTitle == seeded.plan.replacingOccurrences(of: " summary", with: " french copy"))

        // Translate's own state of every unit (messagecollection) and its own numbers (messagegroupstats).
        let tfr = try #require(Self.status(report, "tpage", "fr", "meta"))
        #expect(tfr.units.map(\.id) == ["Page display title", "1", "2", "3"])
        #expect(tfr.units.map(\.state) == [.current, .current, .stale, .missing])
        #expect(tfr.units.map(\.provenance) == [.translate, .translate, .translate, .none])
        #expect(tfr.translate == TranslateStats(total: 4, translated: 2, fuzzy: 1, proofread: 0, basis: .wiki, includesTitle: true))
        let translatable = try #require(result.snapshot.unitPages["meta"]?[seeded.tpage])
        #expect(translatable.pages.isEmpty, "Translate answered: no unit page listing")
        #expect(translatable.report?.messages.keys.sorted() == ["fr"], "one messagecollection per manifest language with a translation")
        #expect(result.snapshot.tallies["meta"]?.collectionQueries == 1)
        #expect(Self.status(report, "tpage", "ar", "meta")?.state == .missing)

        // Commons: MediaWiki normalized `file:tt…_slides.svg`; the French file is older than the English.
        let slidesFr = try #require(Self.status(report, "slides", "fr", "commons"))
        #expect(slidesFr.state == .outdated)
        #expect(Self.status(report, "slides", "ar", "commons")?.state == .missing)
        let englishFile = try #require(result.snapshot.pages["commons"]?.values.first { $0.apiTitle == "File:\(seeded.slides).svg" })
        #expect(englishFile.file?.mime == "image/svg+xml")
        #expect(englishFile.file?.sha1?.count == 31)
        #expect((englishFile.file?.size ?? 0) > 0)

        // The same report from the cache alone.
        let offline = try await handle.status.status(.offline)
        #expect(offline.report == report)
        #expect(offline.snapshot.tallies.isEmpty)
    }

    @Test("re-translating the stale unit makes it current; fetch says what changed")
    func retranslation() async throws {
        guard let wiki = TestWiki.required() else { return }
        let http = MediaWikiClient.makeHTTPClient()
        defer { HTTPShutdown.later(http) }
        let prefix = TestWiki.uniquePrefix("Retranslate")
        let seeder = try await wiki.seeder(http: http)
        _ = try await seeder.history([(prefix, Self.english1), (prefix + "/fr", Self.french1), (prefix, Self.english2)])
        let manifest = try LiveManifest(api: wiki.api, documents: """
              - id: plan
                pages:
                  - { wiki: meta, source: "\(prefix)", translation: "\(prefix)/{lang}" }
            """, wikis: ["meta"])
        defer { manifest.remove() }
        let handle = try manifest.reader()

        func read() async throws -> LiveStatusReader.Result {
            let connections = WikiConnections(manifest: handle.manifest)
            do {
                let result = try await handle.status.status(.live(LiveReader(connections: connections)))
                await connections.shutdown()
                return result
            } catch {
                await connections.shutdown()
                throw error
            }
        }
        let before = try await read()
        #expect(Self.status(before.report, "plan", "fr", "meta")?.state == .outdated)
        #expect(before.changes.filter { $0.kind == .new }.count == 2)
        try await Task.sleep(nanoseconds: 1_100_000_000)
        let revision = try await seeder.edit(prefix + "/fr", Self.french2)
        let after = try await read()
        let fr = try #require(Self.status(after.report, "plan", "fr", "meta"))
        #expect(fr.state == .complete)
        #expect(fr.units.map(\.state) == [.current, .current, .current])
        let changed = after.changes.filter { $0.kind == .updated }
        #expect(changed.map(\.title) == [prefix + "/fr"])
        #expect(changed.first?.after == revision)
        #expect(after.changes.filter { $0.kind == .missing }.map(\.title).sorted() == [prefix + "/ar", prefix + "/ja"])
        // The cache spared the content of what did not change: ids for the 4 cached titles, content
        // and history for the French only (the English history is the cached one).
        let tally = try #require(after.snapshot.tallies["meta"])
        #expect(tally.cachedTitles == 4 && tally.idBatches == 1)
        #expect(tally.contentTitles == 1 && tally.batches == 1)
        #expect(tally.historyQueries == 1)
        #expect(after.snapshot.pages["meta"]?[prefix]?.revisions.count == 2, "the English history, from the cache")
    }

    @Test("offline without a cache names the wiki and says to run transtrack fetch")
    func offlineNotCached() async throws {
        guard let wiki = TestWiki.required() else { return }
        let manifest = try LiveManifest(api: wiki.api, documents: """
              - id: plan
                pages:
                  - { wiki: meta, source: "Never fetched", translation: "Never fetched/{lang}" }
            """, wikis: ["meta"])
        defer { manifest.remove() }
        do {
            _ = try await manifest.reader().status.status(.offline)
            Issue.record("expected an error")
        } catch let error as LiveError {
            #expect(error.description.contains("meta"))
            #expect(error.description.contains("transtrack fetch"))
        }
    }
}
