import Foundation
import Testing
import Yams

@testable import TranslationTracker

/// How well the content checks agree with a careful human reviewer.
///
/// `Fixtures/checks-corpus/<language>.yaml` holds hand-written English units and translations,
/// each labelled with the checks that must report something (`[]` for a correct translation).
/// Every registered check runs on every case; a check "reports" a case when it returns at least
/// one issue. The scores and every disagreement are rendered to `docs/checks-accuracy.md`,
/// re-recorded with `RECORD_GOLDEN=1 swift test`.
@Suite("Check accuracy on the labelled corpus")
struct CheckCorpusTests {
    static let languages: [LanguageCode] = ["ar", "zh", "fr", "hi", "pt", "uk", "id", "es", "ru", "sw", "ja"]
    /// Checks whose precision and recall are goals, not just measured.
    static let goals: [String] = ["numbers", "links", "templates"]
    static let minimumScore = 0.95

    @Test("the corpus is large, covers every language and is mostly correct translations")
    func corpusShape() throws {
        let corpus = try Corpus.load()
        #expect(corpus.cases.count >= 200)
        #expect(Set(corpus.cases.map(\.language)) == Set(Self.languages))
        for language in Self.languages {
            let count = corpus.cases.filter { $0.language == language }.count
            #expect(count >= 18, "\(language) has \(count) cases")
        }
        let correct = corpus.cases.filter(\.expected.isEmpty).count
        #expect(Double(correct) >= 0.6 * Double(corpus.cases.count), "\(correct) of \(corpus.cases.count) cases are correct translations")
        #expect(Set(corpus.cases.map(\.id)).count == corpus.cases.count, "case ids are unique")
        for item in corpus.cases {
            let unknown = Set(item.expected).subtracting(CheckRegistry.ids)
            #expect(unknown.isEmpty, "\(item.id) expects unknown checks \(unknown.sorted())")
        }
    }

    @Test("numbers, links and templates reach the precision and recall goals")
    func goalsMet() throws {
        let evaluation = Evaluation(try Corpus.load())
        for id in Self.goals {
            let score = try #require(evaluation.scores.first { $0.check == id })
            #expect(score.precision >= Self.minimumScore, "\(id) precision \(score.precision)")
            #expect(score.recall >= Self.minimumScore, "\(id) recall \(score.recall)")
        }
    }

    @Test("docs/checks-accuracy.md is up to date")
    func accuracyPage() throws {
        let page = AccuracyPage.render(Evaluation(try Corpus.load()))
        let url = Self.repository.appendingPathComponent("docs/checks-accuracy.md")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            // .atomic writes a temporary file beside the page and renames it into place.
            try Data(page.utf8).write(to: url, options: .atomic)
            return
        }
        let committed = try? String(contentsOf: url, encoding: .utf8)
        #expect(committed == page, "docs/checks-accuracy.md differs from what the checks now do; run RECORD_GOLDEN=1 swift test to update")
    }

    /// The repository root: the nearest folder above this file with a Package.swift.
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("cannot find Package.swift above \(#filePath)")
    }()
}

// MARK: - Corpus

/// One labelled pair: an English unit, its translation and the checks that must report it.
struct CorpusCase: Decodable, Sendable {
    var id: String
    var english: String
    var translation: String
    var expected: [String]
    var note: String?
    var language: LanguageCode = "en"

    enum CodingKeys: String, CodingKey { case id, english, translation, expected, note }

    /// The unit kind, as the document reader would classify the English.
    var kind: UnitKind {
        let first = english.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if first.hasPrefix("{|") { return .table }
        if let marker = first.first, "*#:;".contains(marker) { return .list }
        if first.hasPrefix("="), first.hasSuffix("=") { return .heading(level: first.prefix { $0 == "=" }.count) }
        return .paragraph
    }

    func run(_ check: any Check) -> [CheckIssue] {
        CheckExample(english, translation, language: language, kind: kind).run(check)
    }
}

struct Corpus {
    var cases: [CorpusCase]

    static func load() throws -> Corpus {
        let base = try #require(Bundle.module.resourceURL, "test bundle has no resources")
            .appendingPathComponent("Fixtures/checks-corpus")
        var cases: [CorpusCase] = []
        for language in CheckCorpusTests.languages {
            let url = base.appendingPathComponent("\(language.rawValue).yaml")
            let text = try String(contentsOf: url, encoding: .utf8)
            var loaded = try YAMLDecoder().decode([CorpusCase].self, from: text)
            for index in loaded.indices { loaded[index].language = language }
            cases += loaded
        }
        return Corpus(cases: cases)
    }
}

// MARK: - Scores

/// What every check said about every case, and how that compares with the labels.
struct Evaluation {
    struct Score {
        var check: String
        var cases = 0
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0

        var labelled: Int { truePositives + falseNegatives }
        /// 1 when the check never reported anything: it raised no false alarm.
        var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        /// 1 when nothing was labelled for the check: it missed nothing.
        var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }

        mutating func add(expected: Bool, reported: Bool) {
            cases += 1
            switch (expected, reported) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1
            case (true, false): falseNegatives += 1
            case (false, false): break
            }
        }
    }

    struct Disagreement {
        var item: CorpusCase
        var check: String
        var expected: Bool
        var messages: [String]
    }

    var corpus: Corpus
    var scores: [Score] = []
    var overall = Score(check: "all")
    var byLanguage: [LanguageCode: Score] = [:]
    var disagreements: [Disagreement] = []

    init(_ corpus: Corpus) {
        self.corpus = corpus
        scores = CheckRegistry.all.map { Score(check: $0.id) }
        for item in corpus.cases {
            for (index, check) in CheckRegistry.all.enumerated() {
                let issues = item.run(check)
                let expected = item.expected.contains(check.id)
                let reported = !issues.isEmpty
                scores[index].add(expected: expected, reported: reported)
                overall.add(expected: expected, reported: reported)
                byLanguage[item.language, default: Score(check: item.language.rawValue)].add(expected: expected, reported: reported)
                if expected != reported {
                    disagreements.append(Disagreement(item: item, check: check.id, expected: expected, messages: issues.map(\.message)))
                }
            }
        }
    }
}

// MARK: - Page

/// `docs/checks-accuracy.md`: scores per check and per language, and every disagreement.
enum AccuracyPage {
    static func render(_ evaluation: Evaluation) -> String {
        let cases = evaluation.corpus.cases
        let correct = cases.filter(\.expected.isEmpty).count
        var out = """
            # Content checks: accuracy on the labelled corpus

            Generated by `CheckCorpusTests` from `Tests/TranslationTrackerTests/Fixtures/checks-corpus/`; \
            do not edit. Re-record with `RECORD_GOLDEN=1 swift test --filter CheckCorpusTests`.

            Each case is an English unit, a translation, and the checks a careful human reviewer says must \
            report something (none for a correct translation). Every check runs on every case; a check \
            reports a case when it returns at least one issue, whatever its severity. A true positive is a \
            labelled case the check reports, a false positive an unlabelled case it reports, a false \
            negative a labelled case it misses.

            The corpus has \(cases.count) cases: \(correct) correct translations (\(percent(Double(correct) / Double(max(cases.count, 1))))) \
            and \(cases.count - correct) with mistakes.


            """
        out += "## By check\n\n"
        out += "| check | cases | labelled | TP | FP | FN | precision | recall |\n"
        out += "|---|---:|---:|---:|---:|---:|---:|---:|\n"
        for score in evaluation.scores + [evaluation.overall] {
            let name = score.check == "all" ? "**all checks**" : "`\(score.check)`"
            out += "| \(name) | \(score.cases) | \(score.labelled) | \(score.truePositives) | \(score.falsePositives) | \(score.falseNegatives) | \(ratio(score.precision)) | \(ratio(score.recall)) |\n"
        }
        out += "\n## By language\n\n"
        out += "| language | cases | correct | with mistakes | TP | FP | FN | precision | recall |\n"
        out += "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        for language in CheckCorpusTests.languages {
            let items = cases.filter { $0.language == language }
            let score = evaluation.byLanguage[language] ?? Evaluation.Score(check: language.rawValue)
            let good = items.filter(\.expected.isEmpty).count
            out += "| \(language.rawValue) | \(items.count) | \(good) | \(items.count - good) | \(score.truePositives) | \(score.falsePositives) | \(score.falseNegatives) | \(ratio(score.precision)) | \(ratio(score.recall)) |\n"
        }
        out += "\n## Disagreements\n\n"
        if evaluation.disagreements.isEmpty {
            out += "None: every check reports exactly the labelled cases.\n"
            return out
        }
        out += "| case | language | check | expected | got | issue |\n"
        out += "|---|---|---|---|---|---|\n"
        for item in evaluation.disagreements {
            let expected = item.expected ? "reports" : "silent"
            let got = item.expected ? "silent" : "reports"
            let message = item.messages.isEmpty ? "—" : item.messages.map(cell).joined(separator: "<br>")
            out += "| \(cell(item.item.id)) | \(item.item.language.rawValue) | `\(item.check)` | \(expected) | \(got) | \(message) |\n"
        }
        return out
    }

    static func ratio(_ value: Double) -> String { String(format: "%.2f", value) }

    static func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }

    /// Text safe in a Markdown table cell: no pipes, line breaks or HTML.
    static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\n": out += " "
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "`": out += "\\`"
            case "*", "_", "[", "]": out += "\\\(character)"
            default: out.append(character)
            }
        }
        return out
    }
}
