/// A deterministic synthetic MediaWiki export (schema 0.11, full history, Meta-Wiki-like) of
/// about a given size, for the dump-reading benchmark (`scripts/bench-dumps`).
///
/// What it imitates, because it is what decides how fast a reader goes:
/// - a mix of page kinds and sizes: many tiny `Translations:` unit pages, translated pages
///   rewritten by FuzzyBot, English sources, user pages, templates and Lua modules, redirects,
///   and a few large talk pages with dozens of revisions (sizes spread log-normally, page
///   sizes bounded at about 1 MB of text);
/// - several revisions per page, each a growing prefix of the page's final text;
/// - mostly non-Latin text (Arabic, Cyrillic, Han, Kana, Hangul, Devanagari, Bengali, Tamil,
///   Hebrew, Greek, Thai, Georgian, Armenian, Ethiopic, made-up words, nothing copied), and
///   markup that puts `&lt;`, `&gt;`, `&amp;` and `&quot;` into the XML;
/// - siteinfo with Meta's namespaces; contributors (users, IPs, the odd deleted one); comments;
///   `<minor />`, `<origin>`, model and format; `sha1` in base 36 (random, not the text's real
///   hash: nothing checks it, and hashing a gigabyte would dominate generation).
///
/// The pages a manifest tracks — ``wantedSource`` and its `/xx` translations — are spread
/// through the dump, with near misses (talk pages, unit pages, languages not tracked) around,
/// so a reader materializes 12 pages and skips everything else.
///
/// Generated page by page straight into a ``StreamedFile``: memory is bounded by the largest
/// page, not the dump. The same size and seed give the same bytes (only integer and exactly
/// rounded arithmetic is used, no `libm`).
struct SyntheticDump: Sendable {
    /// About how many MiB of XML to write; the dump ends at the first page boundary past it.
    var megabytes: Int
    var seed: UInt64 = 1
    /// Only each page's latest revision, as in the `pages-articles` dumps Wikimedia also
    /// publishes as multistream.
    var currentOnly = false

    static let wantedSource = "Wikimedia Foundation Annual Plan/2023-2024/Summary"
    /// The languages of `locales/tracker.yaml`, with the script their synthetic text is in.
    static let wantedLanguages: [(code: String, script: String)] = [
        ("ar", "Arabic"), ("zh", "Han"), ("fr", "Latin"), ("hi", "Devanagari"), ("pt", "Latin"), ("uk", "Cyrillic"),
        ("id", "Latin"), ("es", "Latin"), ("ru", "Cyrillic"), ("sw", "Latin"), ("ja", "Kana"),
    ]
    /// The 12 titles a reader of this dump keeps.
    static let wantedTitles: Set<String> = Set([wantedSource] + wantedLanguages.map { wantedSource + "/" + $0.code })

    struct Summary: Sendable {
        var pages = 0
        var revisions = 0
        var bytes = 0
        /// Raw wikitext bytes of all revisions, and those of them in non-Latin scripts.
        var textBytes = 0
        var nonLatinBytes = 0
        var wantedPages = 0
        var wantedRevisions = 0
        var seconds = 0.0
    }

    /// Writes the dump to `path` (through a temporary file renamed into place).
    func write(to path: String) throws(BenchError) -> Summary {
        let clock = ContinuousClock()
        let start = clock.now
        let out = try StreamedFile(path: path)
        var writer = Writer(out: out, seed: seed, currentOnly: currentOnly)
        writer.siteInfo()
        let target = megabytes << 20
        let wanted = [(Self.wantedSource, "English")] + Self.wantedLanguages.map { (Self.wantedSource + "/" + $0.code, $0.script) }
        var next = 0
        while out.count < target {
            if next < wanted.count, out.count >= target / (wanted.count + 1) * (next + 1) {
                writer.wantedPage(title: wanted[next].0, script: wanted[next].1, source: next == 0)
                next += 1
            } else {
                writer.randomPage()
            }
        }
        // A dump smaller than a few pages still carries every wanted page.
        while next < wanted.count {
            writer.wantedPage(title: wanted[next].0, script: wanted[next].1, source: next == 0)
            next += 1
        }
        out.append("</mediawiki>\n")
        try out.commit()
        var summary = writer.summary
        summary.bytes = out.count
        summary.seconds = (clock.now - start).seconds
        return summary
    }
}

/// Writes the pages of a ``SyntheticDump`` one after another.
private struct Writer {
    let out: StreamedFile
    let seed: UInt64
    var summary = SyntheticDump.Summary()
    private var pageNumber = 0
    private var pageID = 0
    private var revisionID = 100_000

    let currentOnly: Bool

    init(out: StreamedFile, seed: UInt64, currentOnly: Bool) {
        self.out = out
        self.seed = seed
        self.currentOnly = currentOnly
    }

    /// Meta-Wiki's namespaces (key, name, case).
    static let namespaces: [(Int, String)] = [
        (-2, "Media"), (-1, "Special"), (0, ""), (1, "Talk"), (2, "User"), (3, "User talk"), (4, "Meta"), (5, "Meta talk"), (6, "File"),
        (7, "File talk"), (8, "MediaWiki"), (9, "MediaWiki talk"), (10, "Template"), (11, "Template talk"), (12, "Help"),
        (13, "Help talk"), (14, "Category"), (15, "Category talk"), (200, "Grants"), (201, "Grants talk"), (202, "Research"),
        (203, "Research talk"), (828, "Module"), (829, "Module talk"), (866, "CNBanner"), (867, "CNBanner talk"),
        (1198, "Translations"), (1199, "Translations talk"), (2300, "Gadget"), (2301, "Gadget talk"), (2302, "Gadget definition"),
        (2303, "Gadget definition talk"), (2600, "Topic"),
    ]

    /// Languages of translated pages, most in a non-Latin script.
    static let languages: [(code: String, script: String)] = [
        ("ar", "Arabic"), ("fa", "Arabic"), ("ur", "Arabic"), ("ru", "Cyrillic"), ("uk", "Cyrillic"), ("bg", "Cyrillic"), ("sr", "Cyrillic"),
        ("zh", "Han"), ("ja", "Kana"), ("ko", "Hangul"), ("hi", "Devanagari"), ("mr", "Devanagari"), ("ne", "Devanagari"),
        ("bn", "Bengali"), ("ta", "Tamil"), ("he", "Hebrew"), ("el", "Greek"), ("th", "Thai"), ("ka", "Georgian"), ("hy", "Armenian"),
        ("am", "Ethiopic"), ("fr", "Latin"), ("es", "Latin"), ("de", "Latin"), ("pt", "Latin"), ("id", "Latin"), ("sw", "Latin"),
    ]

    private enum Kind { case unit, translation, source, talk, user, template, module, redirect }

    private struct Contributor {
        /// A user name, or nil for an IP edit.
        var name: String?
        var id: Int
        var ip: String
    }

    mutating func siteInfo() {
        out.append(
            """
            <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://www.mediawiki.org/xml/export-0.11/ http://www.mediawiki.org/xml/export-0.11.xsd" \
            version="0.11" xml:lang="en">
              <siteinfo>
                <sitename>Meta</sitename>
                <dbname>metawiki</dbname>
                <base>https://meta.wikimedia.org/wiki/Main_Page</base>
                <generator>MediaWiki 1.42.0-wmf.5</generator>
                <case>first-letter</case>
                <namespaces>

            """)
        for (key, name) in Self.namespaces {
            let casing = key >= 2300 && key <= 2303 ? "case-sensitive" : "first-letter"
            if name.isEmpty {
                out.append("      <namespace key=\"\(key)\" case=\"\(casing)\" />\n")
            } else {
                out.append("      <namespace key=\"\(key)\" case=\"\(casing)\">\(name)</namespace>\n")
            }
        }
        out.append("    </namespaces>\n  </siteinfo>\n")
    }

    // MARK: Pages

    mutating func randomPage() {
        pageNumber += 1
        var random = SplitMix64(seed, 0xD0_0011, UInt64(pageNumber))
        let roll = random.unit()
        let kind: Kind =
            roll < 0.40 ? .unit : roll < 0.59 ? .translation : roll < 0.63 ? .source : roll < 0.75 ? .talk
            : roll < 0.86 ? .user : roll < 0.91 ? .template : roll < 0.92 ? .module : .redirect
        let base = baseTitle(&random)
        let language = random.pick(Self.languages)
        let lexicon = SyntheticWikitext.Lexicon.named(language.script)
        let mixed = { (random: inout SplitMix64) -> SyntheticWikitext.Lexicon in
            random.chance(0.05) ? .english : .named(random.pick(Self.languages).script)
        }
        var title: String
        var namespace = 0
        var revisions = 1
        var model = "wikitext", format = "text/x-wiki"
        var bot = false
        var redirect: String?
        var text: SyntheticWikitext

        switch kind {
        case .unit:
            namespace = 1198
            title = "Translations:\(base)/\(random.int(1...60))/\(language.code)"
            text = SyntheticWikitext(capacity: 1024)
            if random.chance(0.2) {
                text.words(lexicon, random.int(1...5), &random)
                text.endLine()
            } else {
                text.paragraph(lexicon, bytes: random.spread(median: 250, flips: 4), &random)
            }
            revisions = 1 + random.int(0...2) * random.int(0...1)
        case .translation:
            title = "\(base)/\(language.code)"
            text = translatedPage(lexicon, bytes: random.spread(median: 6_000, flips: 6), &random)
            revisions = random.int(1...12)
            bot = true
        case .source:
            namespace = random.pick([0, 0, 4, 200, 202])
            title = prefixed(namespace, base)
            text = sourcePage(bytes: random.spread(median: 6_000, flips: 6), &random)
            revisions = random.int(2...15)
        case .talk:
            namespace = random.pick([1, 1, 3, 5, 201, 1199])
            title = prefixed(namespace, base)
            let bytes = min(random.spread(median: 4_000, flips: 12), 1 << 20)
            text = SyntheticWikitext(capacity: bytes)
            var comments = 0
            while text.raw < bytes {
                text.heading(mixed(&random), level: 2, &random)
                for depth in 0..<random.int(1...8) {
                    let user = userName(&random)
                    text.comment(mixed(&random), user: user, depth: depth, stamp: signatureStamp(&random), &random)
                    comments += 1
                }
            }
            revisions = max(2, min(comments / 4, 50))
        case .user:
            namespace = 2
            title = "User:" + userName(&random)
            text = SyntheticWikitext(capacity: 4096)
            text.markup("{{#babel:\(language.code)|en-\(random.int(1...4))|\(random.pick(Self.languages).code)-\(random.int(0...3))}}")
            text.endLine()
            let bytes = random.spread(median: 800, flips: 6)
            while text.raw < bytes { text.paragraph(lexicon, bytes: random.int(100...600), &random) }
            revisions = random.int(1...6)
        case .template:
            namespace = 10
            title = "Template:" + base
            text = templatePage(lexicon, bytes: random.spread(median: 2_000, flips: 6), &random)
            revisions = random.int(1...15)
        case .module:
            namespace = 828
            title = "Module:" + base
            model = "Scribunto"
            format = "text/plain"
            text = modulePage(bytes: random.spread(median: 6_000, flips: 4), &random)
            revisions = random.int(1...20)
        case .redirect:
            namespace = random.pick([0, 0, 2, 4])
            title = prefixed(namespace, base)
            let target = baseTitle(&random)
            redirect = target
            text = SyntheticWikitext(capacity: 128)
            text.markup("#REDIRECT [[\(target)]]")
            text.endLine()
        }
        // Now and then a near miss of the tracked pages, which a reader must skip.
        if random.chance(0.004) {
            let miss = random.int(0...3)
            title = [
                "Talk:" + SyntheticDump.wantedSource, SyntheticDump.wantedSource + "/de",
                "Translations:" + SyntheticDump.wantedSource + "/\(random.int(1...40))/ar", SyntheticDump.wantedSource + "/ar/draft",
            ][miss]
            namespace = [1, 0, 1198, 0][miss]
            model = "wikitext"
            format = "text/x-wiki"
            redirect = nil
        }
        page(
            title: title, namespace: namespace, redirect: redirect, text: text, revisions: revisions, model: model, format: format,
            bot: bot, wanted: false, &random)
    }

    mutating func wantedPage(title: String, script: String, source: Bool) {
        var random = SplitMix64(seed, 0xA11_2023, UInt64(title.utf8.count), UInt64(script.utf8.count))
        let text =
            source
            ? sourcePage(bytes: 14_000, &random)
            : translatedPage(.named(script), bytes: 12_000, &random)
        page(
            title: title, namespace: 0, redirect: nil, text: text, revisions: source ? 9 : 5, model: "wikitext", format: "text/x-wiki",
            bot: !source, wanted: true, &random)
    }

    /// Writes `<page>` with `revisions` revisions, each a longer prefix of `text`.
    private mutating func page(
        title: String, namespace: Int, redirect: String?, text: SyntheticWikitext, revisions: Int, model: String, format: String,
        bot: Bool, wanted: Bool, _ random: inout SplitMix64
    ) {
        pageID += random.int(1...9)
        out.append("  <page>\n    <title>")
        out.append(escaping: title)
        out.append("</title>\n    <ns>")
        if namespace < 0 { out.append("-") }
        out.append(number: abs(namespace))
        out.append("</ns>\n    <id>")
        out.append(number: pageID)
        out.append("</id>\n")
        if let redirect {
            out.append("    <redirect title=\"")
            out.append(escaping: redirect)
            out.append("\" />\n")
        }
        let contributors = (0..<random.int(1...6)).map { _ in contributor(&random) }
        var time = 1_199_145_600 + random.int(0...(15 * 365 * 86_400))  // 2008 to 2023
        var parent: Int?
        for index in 0..<revisions {
            revisionID += random.int(1...40)
            time += random.int(60...(20 * 86_400))
            let prefix =
                index == revisions - 1 ? text.prefix(1) : text.prefix(0.35 + 0.65 * Double(index + 1) / Double(revisions))
            let by = bot && random.chance(0.7) ? Contributor(name: "FuzzyBot", id: 1_066, ip: "") : random.pick(contributors)
            if currentOnly, index < revisions - 1 { continue }
            revision(text: text, prefix: prefix, parent: parent, time: time, by: by, model: model, format: format, bot: bot, &random)
            parent = revisionID
            summary.revisions += 1
            summary.textBytes += prefix.raw
            summary.nonLatinBytes += prefix.nonLatin
            if wanted { summary.wantedRevisions += 1 }
        }
        out.append("  </page>\n")
        summary.pages += 1
        if wanted { summary.wantedPages += 1 }
    }

    private mutating func revision(
        text: SyntheticWikitext, prefix: SyntheticWikitext.LineEnd, parent: Int?, time: Int, by contributor: Contributor,
        model: String, format: String, bot: Bool, _ random: inout SplitMix64
    ) {
        out.append("    <revision>\n      <id>")
        out.append(number: revisionID)
        out.append("</id>\n")
        if let parent {
            out.append("      <parentid>")
            out.append(number: parent)
            out.append("</parentid>\n")
        }
        out.append("      <timestamp>")
        timestamp(time)
        out.append("</timestamp>\n")
        if random.chance(0.002) {
            out.append("      <contributor deleted=\"deleted\" />\n")
        } else if let name = contributor.name {
            out.append("      <contributor>\n        <username>")
            out.append(escaping: name)
            out.append("</username>\n        <id>")
            out.append(number: contributor.id)
            out.append("</id>\n      </contributor>\n")
        } else {
            out.append("      <contributor>\n        <ip>")
            out.append(contributor.ip)
            out.append("</ip>\n      </contributor>\n")
        }
        if random.chance(0.3) { out.append("      <minor />\n") }
        let roll = random.unit()
        if bot, contributor.name == "FuzzyBot" {
            out.append("      <comment>Updating to match new version of source page</comment>\n")
        } else if roll < 0.25 {
            // No comment.
        } else if roll < 0.27 {
            out.append("      <comment deleted=\"deleted\" />\n")
        } else {
            out.append("      <comment>")
            out.append(escaping: editSummary(&random))
            out.append("</comment>\n")
        }
        out.append("      <origin>")
        out.append(number: revisionID)
        out.append("</origin>\n      <model>")
        out.append(model)
        out.append("</model>\n      <format>")
        out.append(format)
        out.append("</format>\n")
        let sha1 = base36SHA1(&random)
        if random.chance(0.002) {
            out.append("      <text bytes=\"")
            out.append(number: prefix.raw)
            out.append("\" deleted=\"deleted\" />\n      <sha1 />\n")
        } else {
            out.append("      <text bytes=\"")
            out.append(number: prefix.raw)
            out.append("\" sha1=\"")
            out.append(sha1)
            out.append("\" xml:space=\"preserve\">")
            out.append(text.escaped[0..<prefix.escaped])
            out.append("</text>\n      <sha1>")
            out.append(sha1)
            out.append("</sha1>\n")
        }
        out.append("    </revision>\n")
    }

    // MARK: Texts

    /// A translated page as the Translate extension renders it: `<languages/>`, headings and
    /// paragraphs in the language, the odd unit left in English.
    private func translatedPage(_ lexicon: SyntheticWikitext.Lexicon, bytes: Int, _ random: inout SplitMix64) -> SyntheticWikitext {
        var text = SyntheticWikitext(capacity: bytes)
        text.markup("<languages/>")
        text.endLine()
        while text.raw < bytes {
            text.heading(lexicon, level: random.chance(0.7) ? 2 : 3, &random)
            for _ in 0..<random.int(1...4) {
                let roll = random.unit()
                if roll < 0.1 {
                    text.markup("<span lang=\"en\" dir=\"ltr\" class=\"mw-content-ltr\">")
                    text.sentence(.english, &random)
                    text.markup("</span>")
                    text.endLine()
                } else if roll < 0.2 {
                    text.list(lexicon, items: random.int(2...6), &random)
                } else if roll < 0.25 {
                    text.table(lexicon, rows: random.int(2...6), &random)
                } else {
                    text.paragraph(lexicon, bytes: random.int(200...1_200), &random)
                }
            }
        }
        return text
    }

    /// An English translatable page: `<translate>` sections with `<!--T:n-->` unit markers.
    private func sourcePage(bytes: Int, _ random: inout SplitMix64) -> SyntheticWikitext {
        var text = SyntheticWikitext(capacity: bytes)
        text.markup("<languages/>")
        text.endLine()
        text.markup("<translate>")
        text.endLine()
        var unit = 0
        while text.raw < bytes {
            unit += 1
            text.heading(.english, level: random.chance(0.7) ? 2 : 3, marker: unit, &random)
            text.endLine()
            for _ in 0..<random.int(1...3) {
                unit += 1
                text.markup("<!--T:\(unit)-->")
                text.endLine()
                if random.chance(0.15) {
                    text.list(.english, items: random.int(2...6), &random)
                } else {
                    text.paragraph(.english, bytes: random.int(200...900), &random)
                }
                text.endLine()
            }
        }
        text.markup("</translate>")
        text.endLine()
        text.markup("[[Category:Annual plans{{#translation:}}]]")
        text.endLine()
        return text
    }

    private func templatePage(_ lexicon: SyntheticWikitext.Lexicon, bytes: Int, _ random: inout SplitMix64) -> SyntheticWikitext {
        var text = SyntheticWikitext(capacity: bytes)
        text.markup("<includeonly>{{#if:{{{title|}}}|<div class=\"box\" style=\"border: 1px solid #a2a9b1;\">'''{{{title}}}'''</div>}}")
        text.endLine()
        while text.raw < bytes {
            text.markup("{{#switch:{{{lang|{{int:lang}}}}}|\(random.pick(Self.languages).code)=")
            text.words(lexicon, random.int(2...8), &random)
            text.markup("|#default=")
            text.words(.english, random.int(2...8), &random)
            text.markup("}}")
            text.endLine()
        }
        text.markup("</includeonly><noinclude>{{Documentation}}</noinclude>")
        text.endLine()
        return text
    }

    private func modulePage(bytes: Int, _ random: inout SplitMix64) -> SyntheticWikitext {
        var text = SyntheticWikitext(capacity: bytes)
        text.markup("local p = {}")
        text.endLine()
        var function = 0
        while text.raw < bytes {
            function += 1
            text.markup("function p.f\(function)(frame)")
            text.endLine()
            text.markup("    local args = frame.args")
            text.endLine()
            for _ in 0..<random.int(2...8) {
                text.markup("    if #args > \(random.int(0...9)) and args[\(random.int(1...5))] ~= \"\" then")
                text.endLine()
                text.markup("        return '<span class=\"m\">' .. mw.text.nowiki(args[1]) .. '</span> &amp; ' -- ")
                text.words(.english, random.int(2...6), &random)
                text.endLine()
                text.markup("    end")
                text.endLine()
            }
            text.markup("end")
            text.endLine()
        }
        text.markup("return p")
        text.endLine()
        return text
    }

    // MARK: Names, times, hashes

    private func baseTitle(_ random: inout SplitMix64) -> String {
        let words = (0..<random.int(2...5)).map { _ in random.pick(WritingSystem.english) }
        var title = words.joined(separator: " ")
        title = title.prefix(1).uppercased() + title.dropFirst()
        if random.chance(0.05) { title += " Q&A" }
        title += " \(random.int(1...99_999))"
        if random.chance(0.5) { title += "/" + random.pick(["2023-2024", "Proposals", "Summary", "Report", "Results", "FAQ"]) }
        return title
    }

    private func prefixed(_ namespace: Int, _ title: String) -> String {
        guard namespace != 0, let name = Self.namespaces.first(where: { $0.0 == namespace })?.1 else { return title }
        return name + ":" + title
    }

    private func userName(_ random: inout SplitMix64) -> String {
        let lexicon: SyntheticWikitext.Lexicon = random.chance(0.3) ? .english : .named(random.pick(Self.languages).script)
        let word = String(decoding: random.pick(lexicon.words), as: UTF8.self)
        return (word.prefix(1).uppercased() + word.dropFirst()) + (random.chance(0.5) ? "\(random.int(1...9_999))" : "")
    }

    private func contributor(_ random: inout SplitMix64) -> Contributor {
        if random.chance(0.12) {
            let ip =
                random.chance(0.6)
                ? "\(random.int(1...223)).\(random.int(0...255)).\(random.int(0...255)).\(random.int(1...254))"
                : "2001:DB8:\(String(random.int(0...0xFFFF), radix: 16, uppercase: true)):\(String(random.int(0...0xFFFF), radix: 16, uppercase: true)):0:0:0:\(random.int(1...9))"
            return Contributor(name: nil, id: 0, ip: ip)
        }
        return Contributor(name: userName(&random), id: random.int(1...40_000_000), ip: "")
    }

    private func editSummary(_ random: inout SplitMix64) -> String {
        let lexicon: SyntheticWikitext.Lexicon = random.chance(0.4) ? .english : .named(random.pick(Self.languages).script)
        let words = (0..<random.int(2...9)).map { _ in String(decoding: random.pick(lexicon.words), as: UTF8.self) }
        let phrase = words.joined(separator: " ")
        switch random.int(0...5) {
        case 0: return "/* \(words[0]) */ \(phrase)"
        case 1: return "Created page with \"\(phrase)\""
        case 2: return "[[Special:Contributions/\(words[0])|\(words[0])]] & \(phrase)"
        default: return phrase
        }
    }

    /// `12:34, 3 April 2023`, as signatures print it.
    private func signatureStamp(_ random: inout SplitMix64) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let minute = random.int(0...59)
        return "\(random.int(0...23)):\(minute < 10 ? "0" : "")\(minute), \(random.int(1...28)) \(random.pick(months)) \(random.int(2008...2024))"
    }

    /// ISO 8601 UTC from Unix seconds (days to civil date by Howard Hinnant's algorithm).
    private func timestamp(_ seconds: Int) {
        let days = seconds / 86_400, rest = seconds % 86_400
        let z = days + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        out.append(number: year, width: 4)
        out.append("-")
        out.append(number: month, width: 2)
        out.append("-")
        out.append(number: day, width: 2)
        out.append("T")
        out.append(number: rest / 3_600, width: 2)
        out.append(":")
        out.append(number: rest / 60 % 60, width: 2)
        out.append(":")
        out.append(number: rest % 60, width: 2)
        out.append("Z")
    }

    /// 31 base-36 digits, the form dumps give SHA-1 in.
    private func base36SHA1(_ random: inout SplitMix64) -> String {
        let digits = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
        var bytes = [UInt8](repeating: 0, count: 31)
        for index in 0..<31 { bytes[index] = digits[Int(random.next() % 36)] }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension SplitMix64 {
    /// About log-normal around `median`: `flips` coin tosses shift it by whole octaves (up or
    /// down by half of them at most, so the tail is bounded), and a uniform factor in
    /// [0.7, 1.4) smooths the steps. Only exact arithmetic, so the same on every machine.
    mutating func spread(median: Int, flips: Int) -> Int {
        var shift = -flips / 2
        for _ in 0..<flips where next() & 1 == 1 { shift += 1 }
        var value = Double(median) * (0.7 + 0.7 * unit())
        if shift > 0 { value *= Double(1 << shift) } else if shift < 0 { value /= Double(1 << -shift) }
        return max(Int(value), 16)
    }
}
