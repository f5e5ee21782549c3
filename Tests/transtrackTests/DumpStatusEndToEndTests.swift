import Foundation
import Testing

/// `status --dump` and `diff --dump` on a copy of the dataset, with the exports written by
/// Tests/TranslationTrackerReadersTests/Fixtures/status-dumps/generate.py.
@Suite("transtrack status and diff with MediaWiki dumps")
struct DumpStatusEndToEndTests {
    static func dump(_ wiki: String) -> String {
        "\(wiki)=" + TempWorkspace.repository + "/Tests/TranslationTrackerReadersTests/Fixtures/status-dumps/\(wiki).xml"
    }

    /// The row of one language at one place.
    static func row(_ output: String, _ language: String, _ place: String) -> String? {
        output.split(separator: "\n").map(String.init).first { line in
            let cells = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            return cells.first == language && cells.contains(place) && cells.firstIndex(of: place) ?? 0 <= 3
        }
    }

    @Test("a row per place: local files, Meta-Wiki, the Arabic Wikipedia; exists or missing at each")
    func placesTable() throws {
        let workspace = try TempWorkspace.dataset()
        let output = try workspace.run("status", "--dump", Self.dump("meta"), "--dump", Self.dump("arwiki"))
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("source en at meta: Wikimedia Foundation Annual Plan/2023-2024/Summary, 15 units, r1002 of 2023-04-20"))
        // Whole rows: a state is a whole cell, so "incomplete" cannot pass for "complete".
        let rows = [
            ("ar", "local", "  ar    العربية           local   complete    ██████████  100.0%       15      0        0           0      0  recorded"),
            ("ar", "meta", "  ar    العربية           meta    outdated    ████████··   80.0%       12      1        2           0      0  translate-inferred  r2200 of 2023-04-20 · Translate 12/15 translated, 1 fuzzy (rendered page)"),
            ("ar", "arwiki", "  ar    العربية           arwiki  outdated    ████████▋·   86.6%       13      2        0           0      0  recorded+inferred   r3003 of 2023-06-01"),
            ("fr", "meta", "  fr    français          meta    outdated    ████████▊·   87.5%       14      1        1           0      0  translate-inferred  r2100 of 2023-04-25 · Translate 14/16 translated, 1 fuzzy"),
            ("ja", "meta", "  ja    日本語            meta    missing     ··········    0.0%        0      0       16           0      0  -"),
            ("ja", "local", "  ja    日本語            local   missing     ··········    0.0%        0      0       15           0      0  -"),
        ]
        for (language, place, expected) in rows {
            #expect(Self.row(output.stdout, language, place) == expected, "\(language) at \(place); unit 5 stamped at arwiki, the others inferred")
        }
        #expect(Self.row(output.stdout, "zh", "zhwiki") == nil, "no dump of zhwiki")
        #expect(!output.stdout.contains("no local files declared"), "the slides have local files")
        #expect(output.stdout.contains("slides · Annual Plan 2023-2024 summary slides"))
    }

    @Test("--format json: valid against the schema, with places, inferred stale units and Translate's numbers")
    func json() throws {
        let workspace = try TempWorkspace.dataset()
        let output = try workspace.run(
            "status", "--format", "json", "--dump", Self.dump("meta"), "--dump", Self.dump("arwiki"), "--dump", Self.dump("commons"))
        #expect(output.status == 0, "\(output.stderr)")
        let validation = try SchemaValidator.validate(output.stdout, schema: "status.schema.json")
        #expect(validation.valid, "\(validation.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        let translations = try #require(documents.first?["translations"] as? [[String: Any]])
        func place(_ translation: [String: Any]) -> String? {
            let location = translation["location"] as? [String: String]
            return location?["wiki"] ?? (location?["file"] != nil ? "local" : nil)
        }
        let arwiki = try #require(translations.first { $0["language"] as? String == "ar" && place($0) == "arwiki" })
        let units = try #require(arwiki["units"] as? [[String: Any]])
        let seven = try #require(units.first { $0["id"] as? String == "7" })
        #expect(seven["state"] as? String == "stale")
        #expect(seven["provenance"] as? String == "inferred")
        let evidence = seven["evidence"] as? [String: [String: Any]]
        #expect(evidence?["translation"]?["id"] as? Int == 3001)
        #expect(evidence?["source"]?["id"] as? Int == 1001)
        let frMeta = try #require(translations.first { $0["language"] as? String == "fr" && place($0) == "meta" })
        let stats = frMeta["translate"] as? [String: Any]
        #expect(stats?["total"] as? Int == 16 && stats?["translated"] as? Int == 14 && stats?["fuzzy"] as? Int == 1)
        let frUnits = frMeta["units"] as? [[String: Any]] ?? []
        #expect(frUnits.first?["id"] as? String == "Page display title", "Translate lists the title first")
        #expect(frUnits.first?["provenance"] as? String == "translate-inferred")
        let frSeven = frUnits.first { $0["id"] as? String == "7" }
        #expect(frSeven?["state"] as? String == "stale")
        #expect((frSeven?["evidence"] as? [String: Any])?["signal"] as? String == "rendered-page")
        let slides = try #require(documents.first { $0["id"] as? String == "slides" }?["translations"] as? [[String: Any]])
        func slide(_ code: String, _ where_: String) -> String? {
            slides.first { $0["language"] as? String == code && place($0) == where_ }?["state"] as? String
        }
        #expect(slide("es", "commons") == "complete")
        #expect(slide("ja", "commons") == "missing")
        #expect(slide("es", "local") == "outdated", "local and Commons rows side by side")
        #expect(slide("ja", "local") == "complete")
    }

    @Test("plain status is unchanged: no place column, no sources in JSON")
    func withoutDumps() throws {
        let workspace = try TempWorkspace.dataset()
        let output = try workspace.run("status")
        #expect(!output.stdout.contains("provenance"))
        #expect(output.stdout.contains("summary · Annual Plan 2023-2024 summary · source en: locales/en/summary.wiki, 15 units"))
        #expect(!(try workspace.run("status", "--format", "json").stdout.contains("\"sources\"")))
    }

    @Test("diff --dump: the English then and now from the dump's revisions, word by word")
    func diff() throws {
        let workspace = try TempWorkspace.dataset()
        let inferred = try workspace.run("diff", "ar", "7", "--place", "arwiki", "--dump", Self.dump("meta"), "--dump", Self.dump("arwiki"))
        #expect(inferred.status == 0, "\(inferred.stderr)")
        #expect(inferred.stdout.contains("--- English then: revision 1001 of 2023-04-03T09:00:00Z"))
        #expect(inferred.stdout.contains("revision 3001 of 2023-04-10T08:00:00Z"))
        #expect(inferred.stdout.contains("+++ English now: revision 1002 of 2023-04-20T12:00:00Z"))
        #expect(inferred.stdout.contains("$[-175-]{+177+} million"))

        let translate = try workspace.run("diff", "fr", "12", "--dump", Self.dump("meta"))
        #expect(
            translate.stdout == """
                summary fr unit 12 · meta:Wikimedia Foundation Annual Plan/2023-2024/Summary/fr
                Current: nothing in the dump shows Translate marking this translation outdated (told by the rendered page, where Translate wraps outdated units in mw-translate-fuzzy).

                """)
        // Unit 7 on Meta: the English unit page as it was when the translation was saved, and now.
        let fuzzy = try workspace.run("diff", "fr", "7", "--dump", Self.dump("meta"))
        #expect(
            fuzzy.stdout == """
                summary fr unit 7 · meta:Wikimedia Foundation Annual Plan/2023-2024/Summary/fr
                --- English then: revision 1107 of 2023-04-03T09:05:00Z, current when the translation was last saved (revision 2007 of 2023-04-05T10:27:00Z); outdated since (told by the rendered page, where Translate wraps outdated units in mw-translate-fuzzy)
                +++ English now: revision 1207 of 2023-04-20T12:05:00Z, 1906234230, meta:Translations:Wikimedia Foundation Annual Plan/2023-2024/Summary/7/en
                The proposed budget for the year is $[-175-]{+177+} million.<ref>All figures are in US dollars and are rounded to the nearest million.</ref> Most of it pays for the people and the technology that keep the projects online.

                """)

        let json = try workspace.run("diff", "ar", "12", "--format", "json", "--dump", Self.dump("meta"))
        let validation = try SchemaValidator.validate(json.stdout, schema: "diff.schema.json")
        #expect(validation.valid, "\(validation.errors)")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["history"] as? String == "found")
        #expect(object?["place"] as? String == "meta")
        #expect((object?["then"] as? [String: Any])?["revision"] as? Int == 1001)
        let changes = object?["changes"] as? [[String: String]] ?? []
        #expect(changes.contains { $0["op"] == "delete" && $0["text"] == "9" })
        #expect(changes.contains { $0["op"] == "insert" && $0["text"] == "11" })

        // A local translation with src= finds its English in the dump too.
        let local = try workspace.run("diff", "fr", "12", "--place", "local", "--dump", Self.dump("meta"))
        #expect(local.stdout.contains("--- English then: revision 1001"))
    }

    @Test("an unknown wiki is an input error (2) with a suggestion; so is a missing dump; a malformed --dump is a usage error")
    func errors() throws {
        let workspace = try TempWorkspace.dataset()
        let unknown = try workspace.run("status", "--dump", "nowiki=x")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("'nowiki' is not a wiki in locales/tracker.yaml; did you mean"))
        #expect(unknown.stderr.contains("meta, commons, arwiki"))
        let typo = try workspace.run("status", "--dump", "metta=x")
        #expect(typo.stderr.contains("did you mean 'meta'?"))
        let missing = try workspace.run("status", "--dump", "meta=no-such-dump.xml")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-dump.xml: error: cannot read the dump: no such file"))
        let malformed = try workspace.run("status", "--dump", "meta")
        #expect(malformed.status == 64)
        #expect(malformed.stderr.contains("is not WIKI=FILE"))
        let twice = try workspace.run("status", "--dump", Self.dump("meta"), "--dump", Self.dump("meta"))
        #expect(twice.status == 2)
        #expect(try workspace.run("diff", "fr", "7", "--place", "meta").status == 64, "--place needs --dump")
        #expect(try workspace.run("diff", "fr", "7", "--place", "zhwiki", "--dump", Self.dump("meta")).status == 64)
    }
}
