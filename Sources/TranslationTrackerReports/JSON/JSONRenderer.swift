import Foundation
import TranslationTracker

/// `--format json`: any Codable report value as pretty JSON with sorted keys, so output is
/// stable byte for byte and diffs of committed reports stay small. The status report itself,
/// which grows with the units, is streamed by `StatusReportJSON` in the same bytes.
public struct JSONRenderer: Sendable {
    /// A renderer; it holds no state.
    public init() {}

    /// Any report value as JSON with sorted keys, so output diffs cleanly.
    public func render(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            // Report values hold only strings, numbers and arrays; encoding cannot fail.
            preconditionFailure("report is not encodable: \(error)")
        }
    }
}
