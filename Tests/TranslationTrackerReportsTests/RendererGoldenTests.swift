import Testing
import TranslationTracker

@testable import TranslationTrackerReports

@Suite("renderers against golden files")
struct RendererGoldenTests {
    @Test func terminalPlain() throws {
        try Golden.check(TerminalRenderer(style: .plain).render(SampleReport.report), against: "status.txt")
    }

    @Test func terminalColour() throws {
        try Golden.check(TerminalRenderer(style: .color).render(SampleReport.report), against: "status-color.txt")
    }

    @Test func json() throws {
        try Golden.check(JSONRenderer().render(SampleReport.report), against: "status.json")
    }

    @Test func findingLines() throws {
        try Golden.check(FindingLines(style: .plain).render(SampleReport.report.findings), against: "findings.txt")
    }

    @Test func missingList() throws {
        try Golden.check(MissingList().render(SampleReport.report), against: "missing.txt")
    }

    @Test("the sample covers every document state")
    func sampleCoversStates() {
        let states = Set(SampleReport.report.translations.map(\.state))
        #expect(states == Set(DocumentState.allCases))
    }
}
