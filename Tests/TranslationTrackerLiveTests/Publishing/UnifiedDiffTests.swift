import Testing

@testable import TranslationTrackerLive

@Suite("Unified diff for publish --dry-run")
struct UnifiedDiffTests {
    @Test("a changed line in the middle, with three lines of context")
    func middle() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n")
        let new = old.replacingOccurrences(of: "line 5", with: "line five")
        #expect(
            UnifiedDiff(old: old, new: new).render(oldLabel: "a", newLabel: "b")
                == "--- a\n+++ b\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n")
    }

    @Test("a new page is all additions")
    func fromNothing() {
        #expect(UnifiedDiff(old: "", new: "x\ny").render(oldLabel: "a", newLabel: "b") == "--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n")
    }

    @Test("changes far apart make two hunks")
    func twoHunks() {
        let old = (1...20).map { "l\($0)" }
        var new = old
        new[1] = "L2"
        new[17] = "L18"
        let text = UnifiedDiff(old: old.joined(separator: "\n"), new: new.joined(separator: "\n")).render(oldLabel: "a", newLabel: "b")
        #expect(text.components(separatedBy: "\n@@").count == 3)
        #expect(text.contains("@@ -1,5 +1,5 @@\n l1\n-l2\n+L2\n"))
        #expect(text.contains("@@ -15,6 +15,6 @@\n"))
    }

    @Test("identical texts give nothing")
    func same() {
        #expect(UnifiedDiff(old: "a\nb", new: "a\nb").isEmpty)
        #expect(UnifiedDiff(old: "a\nb", new: "a\nb").render(oldLabel: "a", newLabel: "b") == "")
    }
}
