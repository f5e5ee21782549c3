/// A translation page as the Translate extension renders it (`PAGE/LANG`), read back.
///
/// Translate builds the page from the source page's template, putting each unit's translation
/// in place. An outdated (fuzzy) translation is wrapped in `<div class="mw-translate-fuzzy">`
/// (`<span>` for an inline unit); a unit with no translation shows the English, wrapped in the
/// source language's attributes: `<div lang="en" dir="ltr" class="mw-content-ltr">`. A translated
/// heading gets an empty anchor `<span id="…"></span>` line before it. Counting the wrappers gives
/// the numbers Translate's statistics would show when the unit pages themselves are not at hand.
///
/// Pages rendered without wrappers (`<translate nowrap>`, or pages marked before Translate wrapped
/// untranslated units) show untranslated units as plain English, which cannot be told apart here.
///
/// ```swift
/// let page = RenderedTranslationPage("<div class=\"mw-translate-fuzzy\">\nVieux texte.\n</div>", sourceLanguage: "en")
/// page.fuzzyWrappers   // 1
/// ```
package struct RenderedTranslationPage: Sendable {
    /// How Translate rendered one unit.
    package enum Rendering: String, Sendable, Hashable {
        case translated
        case fuzzy
        case untranslated
    }

    /// One unit of the page, unwrapped.
    package struct Unit: Sendable {
        package var rendering: Rendering
        /// The unit's text without its wrapper.
        package var text: String
    }

    /// `mw-translate-fuzzy` wrappers in the page.
    package let fuzzyWrappers: Int
    /// Source-language wrappers (untranslated units) in the page.
    package let untranslatedWrappers: Int
    /// The page's units in order, wrappers and heading anchors removed, page furniture skipped.
    package let units: [Unit]

    package init(_ text: String, sourceLanguage: LanguageCode) {
        self.init(bytes: Array(text.utf8), sourceLanguage: sourceLanguage)
    }

    package init(bytes: [UInt8], sourceLanguage: LanguageCode) {
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(bytes.count)
        var wrapped: [(range: Range<Int>, rendering: Rendering)] = []
        var fuzzy = 0
        var untranslated = 0
        var cursor = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x3C, let tag = WrapperTag(bytes, at: index) else {
                index += 1
                continue
            }
            if tag.isAnchor(bytes), tag.end + WrapperTag.spanClose.count < bytes.count, bytes[tag.end + WrapperTag.spanClose.count] == 0x0A {
                cleaned += bytes[cursor..<index]
                cursor = tag.end + WrapperTag.spanClose.count + 1
                index = cursor
                continue
            }
            guard let rendering = tag.rendering(sourceLanguage: sourceLanguage), let close = tag.matchingClose(in: bytes) else {
                index = tag.end
                continue
            }
            cleaned += bytes[cursor..<index]
            var start = tag.end
            var end = close.lowerBound
            if start < end, bytes[start] == 0x0A { start += 1 }
            if start < end, bytes[end - 1] == 0x0A { end -= 1 }
            let contentStart = cleaned.count
            cleaned += bytes[start..<end]
            wrapped.append((contentStart..<cleaned.count, rendering))
            if rendering == .fuzzy { fuzzy += 1 } else { untranslated += 1 }
            cursor = close.upperBound
            index = cursor
        }
        cleaned += bytes[cursor...]
        let document = WikitextDocument(bytes: cleaned)
        var wrapperIndex = 0
        units = document.units.map { unit in
            let offset = unit.contentRange.lowerBound
            while wrapperIndex < wrapped.count, wrapped[wrapperIndex].range.upperBound <= offset { wrapperIndex += 1 }
            var rendering = Rendering.translated
            if wrapperIndex < wrapped.count, wrapped[wrapperIndex].range.contains(offset) { rendering = wrapped[wrapperIndex].rendering }
            return Unit(rendering: rendering, text: unit.text)
        }
        fuzzyWrappers = fuzzy
        untranslatedWrappers = untranslated
    }

    /// The page's units paired with the English units by position, or nil when their numbers
    /// differ (text outside `<translate>` that is not page furniture, a translation with a blank
    /// line in it): then only the wrapper counts are reliable.
    package func aligned(with english: [UnitID]) -> [(id: UnitID, unit: Unit)]? {
        guard units.count == english.count else { return nil }
        return Array(zip(english, units)).map { (id: $0.0, unit: $0.1) }
    }
}

/// An opening `<div …>` or `<span …>` tag.
private struct WrapperTag {
    static let spanClose = Array("</span>".utf8)

    var isDiv: Bool
    /// Offset just past `>`.
    var end: Int
    var attributes: [String: String]

    init?(_ bytes: [UInt8], at offset: Int) {
        let div = bytes.hasBytes(Array("<div".utf8), at: offset, ignoringCase: true)
        let span = !div && bytes.hasBytes(Array("<span".utf8), at: offset, ignoringCase: true)
        guard div || span else { return nil }
        var index = offset + (div ? 4 : 5)
        guard index < bytes.count, bytes[index] == 0x3E || Self.isSpace(bytes[index]) else { return nil }
        var attributes: [String: String] = [:]
        while index < bytes.count {
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            if bytes[index] == 0x3E { break }
            if bytes[index] == 0x2F { index += 1; continue }
            let nameStart = index
            while index < bytes.count, bytes[index] != 0x3D, bytes[index] != 0x3E, !Self.isSpace(bytes[index]) { index += 1 }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            var value = ""
            if index < bytes.count, bytes[index] == 0x3D {
                index += 1
                guard index < bytes.count else { return nil }
                let quote = bytes[index]
                if quote == 0x22 || quote == 0x27 {
                    guard let close = bytes[(index + 1)...].firstIndex(of: quote) else { return nil }
                    value = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                    index = close + 1
                } else {
                    let valueStart = index
                    while index < bytes.count, bytes[index] != 0x3E, !Self.isSpace(bytes[index]) { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            if !name.isEmpty { attributes[name] = value }
        }
        guard index < bytes.count else { return nil }
        isDiv = div
        end = index + 1
        self.attributes = attributes
    }

    /// `<span id="…"></span>`: the anchor Translate puts before a translated heading.
    func isAnchor(_ bytes: [UInt8]) -> Bool {
        !isDiv && attributes.keys.sorted() == ["id"] && bytes.hasBytes(Self.spanClose, at: end, ignoringCase: true)
    }

    func rendering(sourceLanguage: LanguageCode) -> RenderedTranslationPage.Rendering? {
        let classes = (attributes["class"] ?? "").split(separator: " ")
        if classes.contains("mw-translate-fuzzy") { return .fuzzy }
        if attributes["lang"]?.lowercased() == sourceLanguage.rawValue.lowercased(), classes.contains(where: { $0.hasPrefix("mw-content-") }) {
            return .untranslated
        }
        return nil
    }

    /// The range of the closing tag that matches this one, nested tags of the same name counted.
    func matchingClose(in bytes: [UInt8]) -> Range<Int>? {
        let open = Array((isDiv ? "<div" : "<span").utf8)
        let close = Array((isDiv ? "</div" : "</span").utf8)
        var depth = 0
        var index = end
        while index < bytes.count {
            if bytes[index] == 0x3C {
                if bytes.hasBytes(close, at: index, ignoringCase: true) {
                    guard let gt = bytes[index...].firstIndex(of: 0x3E) else { return nil }
                    if depth == 0 { return index..<(gt + 1) }
                    depth -= 1
                    index = gt + 1
                    continue
                }
                if bytes.hasBytes(open, at: index, ignoringCase: true), index + open.count < bytes.count,
                    bytes[index + open.count] == 0x3E || Self.isSpace(bytes[index + open.count])
                {
                    depth += 1
                }
            }
            index += 1
        }
        return nil
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
