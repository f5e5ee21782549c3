import Foundation
import Testing

/// Golden files under `Tests/TranslationTrackerReportsTests/Golden/`. Set `RECORD_GOLDEN=1` to
/// re-record them on purpose; otherwise a difference fails the test with both texts.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run the tests with RECORD_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "\(name) differs; re-record with RECORD_GOLDEN=1 if the change is intended", sourceLocation: sourceLocation)
    }
}
