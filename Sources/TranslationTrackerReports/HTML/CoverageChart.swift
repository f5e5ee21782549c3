import TranslationTracker

/// An inline SVG bar chart of one document's coverage per language: a bar per language on a
/// 0–100 % track, coloured by state. The chart is one image to assistive technology, named by
/// its `<title>` and described by a `<desc>` that lists every figure; each bar also has its own
/// `<title>`, which browsers show as a tooltip.
enum CoverageChart {
    static let labelWidth = 190
    static let barWidth = 460
    static let valueWidth = 70
    static let rowHeight = 26
    static let axisHeight = 22

    static func svg(_ document: DocumentStatus, report: StatusReport) -> String {
        let width = labelWidth + barWidth + valueWidth
        let height = axisHeight + rowHeight * document.translations.count + 4
        let id = HTMLEscape.id("chart", document.id)
        let title = "Coverage per language: \(document.name)"
        let description = document.translations.map { status in
            let language = ReportWording.language(status.language, in: report)
            return "\(language.name) (\(language.code)) \(ReportWording.percent(status.coverage)), \(status.state.rawValue)"
        }.joined(separator: "; ")

        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(width) \(height)\""
        out += " width=\"\(width)\" height=\"\(height)\" aria-labelledby=\"\(id)-title \(id)-desc\">\n"
        out += "<title id=\"\(id)-title\">\(HTMLEscape.text(title))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(HTMLEscape.text(description))</desc>\n"
        for tick in [0, 25, 50, 75, 100] {
            let x = labelWidth + barWidth * tick / 100
            out += "<line class=\"grid\" x1=\"\(x)\" y1=\"\(axisHeight - 6)\" x2=\"\(x)\" y2=\"\(height)\"/>"
            out += "<text class=\"tick\" x=\"\(x)\" y=\"\(axisHeight - 10)\" text-anchor=\"middle\">\(tick)%</text>\n"
        }
        for (row, status) in document.translations.enumerated() {
            let language = ReportWording.language(status.language, in: report)
            let top = axisHeight + row * rowHeight
            let middle = top + rowHeight / 2 + 4
            let fill = Double(barWidth) * min(max(status.coverage, 0), 100) / 100
            let tooltip = "\(language.autonym) (\(language.code)): \(ReportWording.percent(status.coverage)) current, \(status.state.rawValue)"
            out += "<g>\n<title>\(HTMLEscape.text(tooltip))</title>\n"
            // `lang` only: with `direction="rtl"`, "end" would anchor an Arabic label on its left edge.
            out += "<text x=\"\(labelWidth - 44)\" y=\"\(middle)\" text-anchor=\"end\" lang=\"\(HTMLEscape.attribute(language.code.rawValue))\">"
                + HTMLEscape.text(language.autonym) + "</text>"
            out += "<text class=\"tick\" x=\"\(labelWidth - 36)\" y=\"\(middle)\">\(HTMLEscape.text(language.code.rawValue))</text>\n"
            out += "<rect class=\"track\" x=\"\(labelWidth)\" y=\"\(top + 5)\" width=\"\(barWidth)\" height=\"\(rowHeight - 10)\" rx=\"3\"/>"
            out += "<rect class=\"fill-\(status.state.rawValue)\" x=\"\(labelWidth)\" y=\"\(top + 5)\" width=\"\(decimal(fill))\" height=\"\(rowHeight - 10)\" rx=\"3\"/>\n"
            out += "<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(middle)\">\(ReportWording.percent(status.coverage))</text>\n</g>\n"
        }
        out += "</svg>"
        return out
    }

    /// `412.3`: one decimal, no exponent, for SVG lengths.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
