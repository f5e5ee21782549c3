/// A fixed-width bar with eighth-block precision: `█████▍····` for 54 %.
package enum CoverageBar {
    private static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    package static func render(_ percent: Double, width: Int = 10) -> String {
        let clamped = min(max(percent, 0), 100)
        let eighths = Int((clamped / 100 * Double(width * 8)).rounded(.down))
        var bar = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { bar.append(partials[eighths % 8 - 1]) }
        return bar + String(repeating: "·", count: width - bar.count)
    }
}
