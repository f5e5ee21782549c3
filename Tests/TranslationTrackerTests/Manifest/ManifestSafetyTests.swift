import Testing

@testable import TranslationTracker

/// A manifest is input: it may come from a pull request. It must not choose files outside the
/// root, names outside the cache, or cost more than its size to read.
@Suite("Manifest safety: paths, ids, aliases, size")
struct ManifestSafetyTests {
    static func manifest(wiki: String = "meta", document: String = "summary", source: String = "en/summary.wiki", translation: String = "{lang}/summary.wiki") -> String {
        """
        version: 1
        source: en
        languages:
          - { code: en, name: English }
          - { code: fr, name: French }
        wikis:
          - { id: "\(wiki)", name: Meta-Wiki, api: "https://meta.wikimedia.org/w/api.php" }
        documents:
          - id: "\(document)"
            local:
              source: "\(source)"
              translation: "\(translation)"

        """
    }

    func problems(_ yaml: String) -> [String] {
        do {
            _ = try ManifestLoader().load(yaml: yaml, file: "tracker.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("a translation pattern that climbs out of the root is refused at its position")
    func dotDotPattern() {
        #expect(
            problems(Self.manifest(translation: "../../outside/{lang}.wiki")) == [
                "tracker.yaml:12:20: error: the translation pattern '../../outside/{lang}.wiki' leaves the root folder with '..'; local files must be inside the root ('root: .'): write the path from the root without '..', or set 'root' to a folder that holds them"
            ])
    }

    @Test("an absolute source or translation path is refused at its position")
    func absolutePaths() {
        #expect(
            problems(Self.manifest(source: "/etc/passwd", translation: "/tmp/{lang}.wiki")) == [
                "tracker.yaml:11:15: error: the English source '/etc/passwd' is an absolute path; local paths are relative to the root ('root: .'), e.g. 'locales/en/summary.wiki'",
                "tracker.yaml:12:20: error: the translation pattern '/tmp/{lang}.wiki' is an absolute path; local paths are relative to the root ('root: .'), e.g. 'locales/en/summary.wiki'",
            ])
    }

    @Test("'..' inside a name is no climb: 'a..b/{lang}.wiki' is allowed")
    func dotsInANameAreFine() {
        #expect(problems(Self.manifest(translation: "a..b/{lang}.wiki")) == [])
    }

    @Test(
        "wiki and document ids outside [a-z0-9][a-z0-9_-]* are refused at the id",
        arguments: ["..", ".", "a/b", "Meta", "-x", "meta wiki", "x.y", ""])
    func unsafeIDs(id: String) {
        #expect(
            problems(Self.manifest(wiki: id)).contains(
                "tracker.yaml:7:11: error: wiki id '\(id)' must be lowercase letters, digits, '-' and '_', starting with a letter or digit, e.g. 'meta' or 'frwiki'; it names the wiki's folder in the cache"))
        #expect(
            problems(Self.manifest(document: id)) == [
                "tracker.yaml:9:9: error: document id '\(id)' must be lowercase letters, digits, '-' and '_', starting with a letter or digit, e.g. 'summary' or 'plan-2024'"
            ])
    }

    @Test("the ids the project uses are safe", arguments: ["meta", "commons", "frwiki", "summary", "slides", "plan", "tpage", "doc0", "plan-2024", "a_b"])
    func safeIDs(id: String) {
        #expect(Manifest.isSafeID(id))
    }

    @Test("YAML aliases are refused before they are expanded, each anchor once, at its line")
    func aliases() {
        let yaml = """
            version: 1
            source: en
            languages:
              - &english { code: en, name: English }
              - { code: fr, name: French }
            documents:
              - id: summary
            checks:
              languages:
                fr: &a { disabled: [x, x, x, x, x, x, x, x, x, x] }
                ar: *a
                es: *a
                de: *english

            """
        #expect(
            problems(yaml) == [
                "tracker.yaml:4:5: error: YAML anchors and aliases (&name, *name) are not allowed in the manifest; write the value out in full",
                "tracker.yaml:10:9: error: YAML anchors and aliases (&name, *name) are not allowed in the manifest; write the value out in full",
            ])
    }

    @Test("nested aliases (a billion laughs) are refused at once, without expanding them")
    func billionLaughs() {
        var yaml = "version: 1\nsource: en\nlanguages: [{ code: en, name: English }]\ndocuments: []\nchecks:\n  languages:\n    l0: &l0 { disabled: [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol] }\n"
        for level in 1...30 {
            yaml += "    l\(level): &l\(level) { disabled: [*l\(level - 1), *l\(level - 1), *l\(level - 1), *l\(level - 1), *l\(level - 1), *l\(level - 1), *l\(level - 1), *l\(level - 1), *l\(level - 1), *l\(level - 1)] }\n"
        }
        let found = problems(yaml)
        #expect(found.count == 31)
        #expect(found.first == "tracker.yaml:7:9: error: YAML anchors and aliases (&name, *name) are not allowed in the manifest; write the value out in full")
    }

    @Test("a manifest over 1 MiB is refused before it is parsed")
    func tooLarge() {
        let yaml = Self.manifest() + "# " + String(repeating: "x", count: ManifestLoader.maximumBytes) + "\n"
        #expect(problems(yaml) == ["tracker.yaml:1:1: error: the manifest is \(yaml.utf8.count) bytes, more than the 1024 KiB transtrack reads; check that this is the right file"])
        #expect(ManifestLoader.maximumBytes == 1_048_576)
    }
}
