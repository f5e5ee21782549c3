import Testing
import TestSupport

extension Chromium {
    /// The browser, or a recorded failure saying how to get one (only reached in CI, where
    /// `shouldRun` is true without a browser: a skipped browser test would hide a broken page).
    static func required(sourceLocation: SourceLocation = #_sourceLocation) -> Chromium? {
        if let found { return found }
        Issue.record(Comment(rawValue: missingMessage), sourceLocation: sourceLocation)
        return nil
    }
}
