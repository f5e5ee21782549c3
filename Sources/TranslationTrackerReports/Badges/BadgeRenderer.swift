import TranslationTracker

/// `--format badges`: shields.io-style flat SVG badges for READMEs and wiki pages, one per
/// language (`ar.svg`: `العربية | 100%`) and one for the whole project (`overall.svg`).
///
/// The label is the language's autonym, so each community reads its own name; the message is
/// the share of English units that are current, over every document. Colour follows coverage
/// (bright green at 100 %, then green, yellow-green, yellow, orange, red), grey for a
/// translation that does not exist yet, and an outdated translation is never greener than
/// yellow. Boxes are sized from `BadgeTextWidth` and each text carries `textLength`, so the
/// label fits in every script whatever font the viewer has (scripts whose letters connect, such
/// as Arabic and Devanagari, scale their glyphs rather than spread them). Right-to-left labels carry
/// `direction="rtl"` and `unicode-bidi="embed"`; each badge has a `<title>` and an
/// `aria-label` for screen readers. All text is escaped for XML.
public struct BadgeRenderer: Sendable {
    /// A renderer; it holds no state.
    public init() {}

    /// File name (under `reports/badges/`) and SVG text, one per language and one overall.
    public func render(_ report: StatusReport, context: RenderContext) -> [(name: String, svg: String)] {
        var badges: [(name: String, svg: String)] = []
        for language in report.languages {
            let statuses = report.translations.filter { $0.language == language.code }
            let coverage = Self.coverage(statuses)
            let state = Self.state(statuses)
            let message = coverage.map(Self.percent) ?? "n/a"
            let description = state.map { "\(message) of units current, \($0.rawValue)" } ?? "not tracked"
            let badge = FlatBadge(
                label: language.autonym, message: message, color: Self.color(coverage: coverage, state: state),
                title: "\(language.autonym) (\(language.name)): \(description)", direction: language.direction, language: language.code,
                id: "transtrack-\(Self.identifier(language.code.rawValue))")
            badges.append((name: "\(language.code).svg", svg: badge.svg))
        }
        let totals = report.totals
        let noun = totals.translations == 1 ? "translation" : "translations"
        let overall = FlatBadge(
            label: "translations", message: Self.percent(totals.coverage),
            color: Self.color(coverage: totals.translations > 0 ? totals.coverage : nil, state: totals.outdated > 0 ? .outdated : nil),
            title: "\(report.project ?? "translations"): \(Self.percent(totals.coverage)) of units current in \(totals.translations) \(noun)",
            direction: .ltr, language: nil, id: "transtrack-overall")
        badges.append((name: "overall.svg", svg: overall.svg))
        return badges
    }

    /// Current units over English units across a language's translations; nil when there are none.
    static func coverage(_ statuses: [TranslationStatus]) -> Double? {
        guard !statuses.isEmpty else { return nil }
        let counts = statuses.reduce(UnitCounts()) { $0 + $1.counts }
        if counts.total > 0 { return counts.coverage }
        return statuses.map(\.coverage).min()
    }

    /// The worst state first: missing only when every document is missing.
    static func state(_ statuses: [TranslationStatus]) -> DocumentState? {
        guard !statuses.isEmpty else { return nil }
        let states = Set(statuses.map(\.state))
        if states == [.missing] { return .missing }
        if states.contains(.outdated) { return .outdated }
        if states == [.complete] { return .complete }
        return .incomplete
    }

    /// shields.io's palette: brightgreen, green, yellowgreen, yellow, orange, red, lightgrey.
    static func color(coverage: Double?, state: DocumentState?) -> String {
        guard let coverage, state != .missing else { return "#9f9f9f" }
        let scale: [(Double, String)] = [(100, "#4c1"), (90, "#97ca00"), (75, "#a4a61d"), (50, "#dfb317"), (25, "#fe7d37")]
        var index = scale.firstIndex { coverage >= $0.0 } ?? scale.count
        if state == .outdated { index = max(index, 3) }
        return index < scale.count ? scale[index].1 : "#e05d44"
    }

    /// Letters, digits and `-` only, for element ids.
    static func identifier(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "-" })
    }

    /// `100%`, `86.6%`, `0%`: one decimal when there is one.
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded(.down))
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }
}

/// One flat badge: a grey label box and a coloured message box, 20 px high.
struct FlatBadge {
    var label: String
    var message: String
    var color: String
    var title: String
    var direction: TextDirection
    var language: LanguageCode?
    /// Prefix of the gradient's and clip path's ids, unique per badge so that badges inlined
    /// into one HTML page do not clip each other.
    var id: String

    /// Space each side of a text, in pixels.
    static let padding = 5

    /// Text widths in tenths of a pixel (the SVG draws at scale 0.1 for sub-pixel precision).
    var labelTextLength: Int { Self.tenths(BadgeTextWidth.of(label)) }
    var messageTextLength: Int { Self.tenths(BadgeTextWidth.of(message)) }
    /// Box widths in whole pixels.
    var labelWidth: Int { (labelTextLength + 9) / 10 + 2 * Self.padding }
    var messageWidth: Int { (messageTextLength + 9) / 10 + 2 * Self.padding }
    var width: Int { labelWidth + messageWidth }

    private static func tenths(_ pixels: Double) -> Int { Int((pixels * 10).rounded(.up)) }

    var svg: String {
        let accessible = XMLText.attribute(title)
        let labelX = labelWidth * 5
        let messageX = labelWidth * 10 + messageWidth * 5
        var labelAttributes = ""
        if BadgeTextWidth.connectsLetters(self.label) { labelAttributes += " lengthAdjust=\"spacingAndGlyphs\"" }
        if direction == .rtl { labelAttributes += " direction=\"rtl\" unicode-bidi=\"embed\"" }
        if let language { labelAttributes += " xml:lang=\"\(XMLText.attribute(language.rawValue))\"" }
        let label = XMLText.escape(label)
        let message = XMLText.escape(message)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="20" role="img" aria-label="\(accessible)">
              <title>\(XMLText.escape(title))</title>
              <linearGradient id="\(id)-s" x2="0" y2="100%">
                <stop offset="0" stop-color="#bbb" stop-opacity=".1"/>
                <stop offset="1" stop-opacity=".1"/>
              </linearGradient>
              <clipPath id="\(id)-r">
                <rect width="\(width)" height="20" rx="3" fill="#fff"/>
              </clipPath>
              <g clip-path="url(#\(id)-r)">
                <rect width="\(labelWidth)" height="20" fill="#555"/>
                <rect x="\(labelWidth)" width="\(messageWidth)" height="20" fill="\(color)"/>
                <rect width="\(width)" height="20" fill="url(#\(id)-s)"/>
              </g>
              <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">
                <text aria-hidden="true" x="\(labelX)" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="\(labelTextLength)"\(labelAttributes)>\(label)</text>
                <text aria-hidden="true" x="\(labelX)" y="140" transform="scale(.1)" fill="#fff" textLength="\(labelTextLength)"\(labelAttributes)>\(label)</text>
                <text aria-hidden="true" x="\(messageX)" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="\(messageTextLength)">\(message)</text>
                <text aria-hidden="true" x="\(messageX)" y="140" transform="scale(.1)" fill="#fff" textLength="\(messageTextLength)">\(message)</text>
              </g>
            </svg>

            """
    }
}
