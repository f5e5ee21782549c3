import Foundation
import Testing

@Suite("transtrack diff")
struct DiffEndToEndTests {
    @Test("diff finds the English a stale unit was made from in git history")
    func diffFromHistory() throws {
        let workspace = try TempWorkspace.dataset()
        try workspace.git("init", "-q")
        try workspace.run("stamp", "all")
        try workspace.git("add", "-A")
        try workspace.git("commit", "-qm", "stamped")
        try workspace.replace("locales/en/summary.wiki", "reach $25 million", with: "reach $27 million")
        try workspace.git("commit", "-qam", "more grants")
        let output = try workspace.run("diff", "pt", "9")
        #expect(output.status == 0)
        #expect(output.stdout.contains("--- English then"))
        #expect(output.stdout.contains("reach $[-25-]{+27+} million"))
    }

    @Test("diff says so when the old English is not in history, or there is no history")
    func notFound() throws {
        let workspace = try TempWorkspace.dataset()
        let noRepository = try workspace.run("diff", "fr", "7")
        #expect(noRepository.status == 0)
        #expect(noRepository.stdout.contains("Git history is not available"))
        #expect(noRepository.stdout.contains("Today's English"))

        try workspace.git("init", "-q")
        try workspace.git("add", "-A")
        try workspace.git("commit", "-qm", "only today's English")
        let missing = try workspace.run("diff", "fr", "7")
        #expect(missing.stdout.contains("was not found in the git history of locales/en/summary.wiki (1 commits searched)"))
    }

    @Test("diff on a current or unverified unit explains instead of diffing")
    func currentAndUnverified() throws {
        let workspace = try TempWorkspace.dataset()
        #expect(try workspace.run("diff", "ar", "7").stdout.contains("Current: the translation follows today's English"))
        #expect(try workspace.run("diff", "hi", "4").stdout.contains("No provenance recorded"))
        #expect(try workspace.run("diff", "sw", "14").stdout.contains("is not translated"))
        #expect(try workspace.run("diff", "fr", "99").status == 2)
    }
}
