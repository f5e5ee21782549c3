import Foundation
import TranslationTracker

/// What renderers need beside the report: the manifest (for links to every place a translation
/// lives), the timestamp to print, the gate (what counts as a failure in CI formats), a baseline
/// comparison, and colour. Passed in, so every renderer stays a pure function.
public struct RenderContext: Sendable {
    /// The manifest the report was made from: language names, wikis, links.
    public var manifest: Manifest
    /// When the data was generated; nil leaves timestamps out (golden files).
    public var generated: Date?
    /// The gate whose verdict the report shows.
    public var gate: Gate
    /// What changed since a baseline, when one was given.
    public var comparison: ReportComparison?
    /// Colour on or off, for terminal output.
    public var style: TerminalStyle

    /// What the renderers need besides the report; `generated` nil keeps output the same from run to run.
    public init(
        manifest: Manifest, generated: Date? = nil, gate: Gate = Gate(), comparison: ReportComparison? = nil, style: TerminalStyle = .plain
    ) {
        self.manifest = manifest
        self.generated = generated
        self.gate = gate
        self.comparison = comparison
        self.style = style
    }

    /// `2026-11-27T08:47:14Z`, or nil.
    public var generatedText: String? {
        guard let generated else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: generated)
    }
}
