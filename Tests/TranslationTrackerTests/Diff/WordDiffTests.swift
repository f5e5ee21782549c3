import Testing

@testable import TranslationTracker

@Suite("Word diff")
struct WordDiffTests {
    @Test(
        "plain output",
        arguments: [
            ("The budget is $175 million.", "The budget is $177 million.", "The budget is $[-175-]{+177+} million."),
            ("We meet on 4 May.", "We meet on 4 May and 11 May.", "We meet on 4 May{+ and 11 May+}."),
            ("Hello world", "Hello, world", "Hello{+,+} world"),
            ("Old sentence.", "", "[-Old sentence.-]"),
            ("", "New sentence.", "{+New sentence.+}"),
            ("تخطط المؤسسة لميزانية", "تخطط الجمعية لميزانية", "تخطط [-المؤسسة-]{+الجمعية+} لميزانية"),
        ])
    func plain(_ old: String, _ new: String, _ expected: String) {
        let diff = WordDiff(old: old, new: new)
        #expect(diff.plain == expected)
        #expect(!diff.isEmpty)
    }

    @Test func changedNumberIsOneDeleteAndOneInsert() {
        let diff = WordDiff(old: "$175 million", new: "$177 million")
        #expect(diff.operations == [.equal("$"), .delete("175"), .insert("177"), .equal(" million")])
    }

    @Test(arguments: ["Same text.", "", "  spaced\n\nlines  "])
    func identicalTextsGiveAnEmptyDiff(_ text: String) {
        let diff = WordDiff(old: text, new: text)
        #expect(diff.isEmpty)
        #expect(diff.plain == text)
    }

    @Test func whitespaceChangesShow() {
        let diff = WordDiff(old: "a b", new: "a  b")
        #expect(!diff.isEmpty)
        #expect(diff.plain == "a[- -]{+  +}b")
    }

    @Test func tokens() {
        #expect(WordDiff.tokens("$175 million, 2025.") == ["$", "175", " ", "million", ",", " ", "2025", "."])
        #expect(WordDiff.tokens("a--b") == ["a", "-", "-", "b"])
        #expect(WordDiff.tokens("عربي  نص") == ["عربي", "  ", "نص"])
    }

    @Test func everyOperationReassemblesBothTexts() {
        let old = "The Foundation plans a budget of $175 million for the year."
        let new = "The Wikimedia Foundation plans a budget of $177 million for next year!"
        let diff = WordDiff(old: old, new: new)
        var before = "", after = ""
        for operation in diff.operations {
            switch operation {
            case .equal(let text):
                before += text
                after += text
            case .delete(let text): before += text
            case .insert(let text): after += text
            }
        }
        #expect(before == old)
        #expect(after == new)
    }

    @Test func neighbouringOperationsOfOneKindAreMerged() {
        let diff = WordDiff(old: "We meet on 4 May.", new: "We meet on 4 May and 11 May.")
        #expect(diff.operations == [.equal("We meet on 4 May"), .insert(" and 11 May"), .equal(".")])
        let longer = WordDiff(old: "a b c d e", new: "a x y z e")
        for (left, right) in zip(longer.operations, longer.operations.dropFirst()) {
            switch (left, right) {
            case (.equal, .equal), (.delete, .delete), (.insert, .insert): Issue.record("unmerged \(left) \(right)")
            default: break
            }
        }
        #expect(longer.operations.count > 2)
    }

    @Test func loneSpaceBetweenTwoChangesJoinsThem() {
        // Documented on `WordDiff.merged`: `[-a-] [-b-]` reads `[-a b-]`.
        #expect(WordDiff(old: "one two three", new: "uno dos three").plain == "[-one two-]{+uno dos+} three")
    }

    // MARK: - Size fallback

    static func words(_ count: Int, changedAt: Int? = nil) -> String {
        (0..<count).map { $0 == changedAt ? "changed" : "w\($0 % 7)" }.joined(separator: " ")
    }

    @Test func longTextsFallBackToAWholeReplacement() {
        // 1001 words are 2001 tokens: 2001 × 2001 cells is over the limit.
        let old = Self.words(1001), new = Self.words(1001, changedAt: 500)
        #expect(WordDiff.tokens(old).count * WordDiff.tokens(new).count > WordDiff.maximumCells)
        let diff = WordDiff(old: old, new: new)
        #expect(diff.operations == [.delete(old), .insert(new)])
    }

    @Test func textsJustUnderTheLimitAreDiffedWordByWord() {
        // 1000 words are 1999 tokens: 1999 × 1999 cells is under the limit.
        let old = Self.words(1000), new = Self.words(1000, changedAt: 500)
        #expect(WordDiff.tokens(old).count * WordDiff.tokens(new).count <= WordDiff.maximumCells)
        let diff = WordDiff(old: old, new: new)
        #expect(diff.operations.count == 4)
        #expect(diff.operations[1] == .delete("w3"))
        #expect(diff.operations[2] == .insert("changed"))
    }
}
