import Foundation
import Testing

@testable import TranslationTracker

/// Every example of every status rule is a test: the examples are the rules' documentation.
@Suite("Status rule examples")
struct StatusRuleExamplesTests {
    struct Case: Sendable, CustomStringConvertible {
        var rule: String
        var index: Int
        var description: String { "\(rule) #\(index + 1)" }

        var example: StatusRuleExample { StatusRuleRegistry.rule(rule)!.examples[index] }
    }

    static let cases: [Case] = StatusRuleRegistry.all.flatMap { rule in rule.examples.indices.map { Case(rule: rule.id, index: $0) } }

    /// Examples of files are read by a reader first; the end-to-end tests run them through
    /// `transtrack status`. Every other example runs here.
    static let evaluated = cases.filter { $0.example.evaluate() != nil }

    @Test(arguments: evaluated)
    func example(_ item: Case) throws {
        let example = item.example
        let findings = try #require(example.evaluate())
        #expect(
            findings.map(StatusRuleExample.Expected.init).sorted() == example.expected.sorted(),
            "\(example.caption): \(findings.map { "\($0.check) \($0.unit?.rawValue ?? "-"): \($0.message)" })")
    }

    @Test("only the input rule's examples need a reader, and there are some")
    func readerExamples() {
        let read = Set(Self.cases.filter { $0.example.evaluate() == nil }.map(\.rule))
        #expect(read == [StatusCheck.input])
        #expect(Self.evaluated.count + StatusRuleRegistry.rule(StatusCheck.input)!.examples.count == Self.cases.count)
    }

    @Test("every rule documents itself, shows its finding and a translation without it")
    func documented() {
        #expect(Set(StatusRuleRegistry.ids).count == StatusRuleRegistry.all.count)
        for rule in StatusRuleRegistry.all {
            #expect(!rule.summary.isEmpty && rule.summary.count < 140, "\(rule.id) summary")
            #expect(rule.rationale.count > 80, "\(rule.id) rationale")
            #expect(rule.examples.contains { $0.expected.isEmpty }, "\(rule.id) shows a translation in order")
            #expect(rule.examples.contains { $0.expected.contains { $0.check == rule.id } }, "\(rule.id) shows its own finding")
            #expect(rule.examples.allSatisfy { !$0.caption.isEmpty && $0.caption.hasSuffix(".") }, "\(rule.id) captions")
            #expect(rule.id.allSatisfy { $0.isLowercase || $0 == "-" })
            #expect(CheckRegistry.check(rule.id) == nil, "\(rule.id) is also a content check")
        }
    }

    @Test("every StatusCheck id has exactly one rule, in the order reports list them")
    func everyStatusCheck() throws {
        let ids = try Self.statusCheckIDs()
        #expect(ids.count >= 9)
        #expect(Set(StatusRuleRegistry.ids) == Set(ids), "StatusCheck ids without a rule, or rules without an id")
        for id in ids { #expect(StatusRuleRegistry.all.filter { $0.id == id }.count == 1, "\(id)") }
        #expect(
            StatusRuleRegistry.ids == [
                "stale", "missing-unit", "missing-translation", "extra-unit", "unverified", "slide-count", "translate-mismatch", "structure", "input",
            ])
    }

    @Test("every rule file in Status/Rules is registered, and every registered rule has its own file")
    func folder() throws {
        let folder = Self.repository.appendingPathComponent("Sources/TranslationTracker/Status/Rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
        var declared: [String: String] = [:]
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: #/struct (\w+): StatusRule\b/#) { declared[String(match.1)] = file }
        }
        let registered = StatusRuleRegistry.all.map { String(describing: type(of: $0)) }
        #expect(Set(declared.keys) == Set(registered), "rule files and StatusRuleRegistry.all differ")
        for (type, file) in declared { #expect(file == "\(type).swift", "\(type) lives in \(file)") }
    }

    // MARK: - Support

    /// The string values of `StatusCheck`'s ids, read from its source: the enum has no list of
    /// its own, and a list typed here would be one more to keep in step.
    static func statusCheckIDs() throws -> [String] {
        let sources = repository.appendingPathComponent("Sources/TranslationTracker")
        let enumerator = try #require(FileManager.default.enumerator(atPath: sources.path))
        for case let path as String in enumerator where path.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            guard let start = text.range(of: "public enum StatusCheck {") else { continue }
            let body = text[start.upperBound...].prefix { $0 != "}" }
            return body.matches(of: #/static let \w+ = "([^"]+)"/#).map { String($0.1) }
        }
        Issue.record("no enum StatusCheck under Sources/TranslationTracker")
        return []
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
