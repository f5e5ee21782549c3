import Foundation
import TranslationTracker

/// What renderers need beside the report: the manifest (for links to every place a translation
/// lives), the timestamp to print, the gate (what counts as a failure in CI formats), a baseline
/// comparison, and colour. Passed in, so every renderer stays a pure function.
public struct RenderContext: Sendable {
    public var manifest: Manifest
    /// When the data was generated; nil leaves timestamps out (golden files).
    public var generated: Date?
    public var gate: Gate
    public var comparison: ReportComparison?
    public var style: TerminalStyle

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
