/// Reads one unit's wikitext into what the content checks compare: its plain text (what a
/// reader sees, markup removed, link labels kept) and every piece of markup, counted.
///
/// A small, forgiving lexer rather than a full parser: units are short, markup in them is
/// simple, and a check must never crash on unbalanced input. Works on Unicode scalars.
/// Character references (`&nbsp;`, `&lrm;`, `&#160;`) become the characters they stand for, and
/// `{{PLURAL:…}}`, `{{GENDER:…}}` and `{{GRAMMAR:…}}` read as their last form.
struct WikitextLexer {
    private let s: [Unicode.Scalar]
    private var i = 0
    private(set) var result = UnitMarkup()
    /// The plain text as UTF-8, turned into `result.plain` once at the end: appending to a
    /// `String` scalar by scalar is several times slower.
    private var plain: [UInt8] = []

    init(_ text: String) { s = text.scalarArray }

    static func lex(_ text: String) -> UnitMarkup {
        var lexer = WikitextLexer(text)
        lexer.run()
        return lexer.result
    }

    private func at(_ literal: String, _ offset: Int = 0) -> Bool {
        var k = i + offset
        for scalar in literal.unicodeScalars {
            guard k < s.count, s[k] == scalar else { return false }
            k += 1
        }
        return true
    }

    private func atIgnoringCase(_ literal: String) -> Bool {
        var k = i
        for scalar in literal.unicodeScalars {
            guard k < s.count, s[k].properties.lowercaseMapping == String(scalar) || s[k] == scalar else { return false }
            k += 1
        }
        return true
    }

    /// The first `scalar` at or after `start`.
    private func find(_ scalar: Unicode.Scalar, from start: Int) -> Int? {
        var k = start
        while k < s.count {
            if s[k] == scalar { return k }
            k += 1
        }
        return nil
    }

    private func find(_ literal: String, from start: Int) -> Int? {
        let needle = literal.scalarArray
        guard !needle.isEmpty, s.count >= needle.count else { return nil }
        var k = start
        while k <= s.count - needle.count {
            if s[k] == needle[0] {
                var matched = true
                for n in 1..<needle.count where s[k + n] != needle[n] {
                    matched = false
                    break
                }
                if matched { return k }
            }
            k += 1
        }
        return nil
    }

    private func string(_ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        bytes.appendUTF8(s[range])
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func emit(_ scalar: Unicode.Scalar) { plain.appendUTF8(scalar) }

    private mutating func emit(_ text: String) { plain.append(contentsOf: text.utf8) }

    private var atLineStart: Bool { i == 0 || s[i - 1] == "\n" }

    mutating func run() {
        while i < s.count {
            if atLineStart { lineStart() }
            guard i < s.count else { break }
            let c = s[i]
            switch c {
            case "<": lessThan()
            case "[": bracket()
            case "{": brace()
            case "'": quotes()
            case "$": dollar()
            case "%": percent()
            case "&": entity()
            case "|" where at("||") || at("!!"):
                result.tableCells += 1
                emit(" ")
                i += 2
            case "!" where at("!!"):
                result.tableCells += 1
                emit(" ")
                i += 2
            case "h" where at("http://") || at("https://"):
                bareURL()
            case "_" where at("__"):
                magicWord()
            default:
                emit(c)
                i += 1
            }
        }
        result.plain = String(decoding: plain, as: UTF8.self)
    }

    // MARK: - Line starts: headings, lists, tables

    private mutating func lineStart() {
        let lineEnd = find(Unicode.Scalar("\n"), from: i) ?? s.count
        // Heading: = … = on the whole line.
        if s[i] == "=" {
            var lead = 0
            while i + lead < lineEnd, s[i + lead] == "=" { lead += 1 }
            var end = lineEnd
            while end > i, s[end - 1] == " " || s[end - 1] == "\t" { end -= 1 }
            var trail = 0
            while end - trail > i + lead, s[end - trail - 1] == "=" { trail += 1 }
            if trail > 0, end - trail > i + lead {
                result.headingLevels.append(min(lead, trail))
                let inner = (i + lead)..<(end - trail)
                var nested = WikitextLexer(string(inner))
                nested.run()
                merge(nested.result)
                i = lineEnd
                return
            }
        }
        // Table lines.
        if at("{|") {
            result.tables += 1
            i = lineEnd
            return
        }
        if at("|}") {
            i += 2
            return
        }
        if at("|-") {
            result.tableRows += 1
            i = lineEnd
            return
        }
        if s[i] == "|" || s[i] == "!" {
            result.tableCells += 1
            i += 1
            return
        }
        // List markers.
        let markerStart = i
        while i < lineEnd, s[i] == "*" || s[i] == "#" || s[i] == ":" || s[i] == ";" { i += 1 }
        if i > markerStart { result.listMarkers.append(string(markerStart..<i)) }
    }

    private mutating func merge(_ other: UnitMarkup) {
        emit(other.plain)
        result.internalLinks += other.internalLinks
        result.externalLinks += other.externalLinks
        result.templates += other.templates
        result.bold += other.bold
        result.italic += other.italic
        result.refs += other.refs
        result.tags += other.tags
        result.variables += other.variables
        result.variableReferences += other.variableReferences
        result.placeholders += other.placeholders
        result.suppressed.formUnion(other.suppressed)
    }

    // MARK: - Tags, comments, variables

    private mutating func lessThan() {
        if at("<!--") {
            let end = find("-->", from: i + 4) ?? s.count
            let body = string((i + 4)..<min(end, s.count))
            Suppression.parse(body).map { result.suppressed.formUnion($0) }
            i = min(end + 3, s.count)
            return
        }
        if at("<tvar") {
            guard let close = find(Unicode.Scalar(">"), from: i) else {
                emit(s[i])
                i += 1
                return
            }
            let head = string((i + 5)..<close)
            let old = head.hasPrefix("|")
            let name = old ? String(head.dropFirst()) : Self.attribute("name", in: head) ?? ""
            let ending = old ? "</>" : "</tvar>"
            let end = find(ending, from: close + 1) ?? s.count
            result.variables.append(TranslationVariable(name: name, value: string((close + 1)..<min(end, s.count))))
            emit("$" + name)
            i = min(end + ending.unicodeScalars.count, s.count)
            return
        }
        // An HTML-like tag: <name …>, </name>, <name … />.
        var k = i + 1
        let closing = k < s.count && s[k] == "/"
        if closing { k += 1 }
        let nameStart = k
        while k < s.count, ScalarClass.isLetter(s[k]) || ScalarClass.digit(s[k]) != nil { k += 1 }
        guard k > nameStart, let end = find(Unicode.Scalar(">"), from: k), find(Unicode.Scalar("<"), from: k).map({ $0 > end }) ?? true else {
            emit(s[i])
            i += 1
            return
        }
        let name = string(nameStart..<k).lowercased()
        let selfClosing = s[end - 1] == "/"
        let kind: HTMLTag.Kind = closing ? .close : (selfClosing ? .selfClosing : .open)
        result.tags.append(HTMLTag(name: name, kind: kind))
        if name == "ref", kind != .close { result.refs += 1 }
        if name == "br" { emit(" ") }
        i = end + 1
    }

    static func attribute(_ key: String, in head: String) -> String? {
        guard let range = head.range(of: key + "=") else { return nil }
        var value = head[range.upperBound...].drop { $0 == " " }
        if let quote = value.first, quote == "\"" || quote == "'" {
            value = value.dropFirst()
            return value.firstIndex(of: quote).map { String(value[..<$0]) }
        }
        return String(value.prefix { !$0.isWhitespace && $0 != "/" && $0 != ">" })
    }

    // MARK: - Links

    private mutating func bracket() {
        if at("[[") {
            guard let end = find("]]", from: i + 2) else {
                emit(s[i])
                i += 1
                return
            }
            let inner = string((i + 2)..<end)
            let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let target = String(parts[0]).trimmingSpaces
            let label = parts.count > 1 ? String(parts[1]) : nil
            result.internalLinks.append(InternalLink(target: target, label: label))
            let lowered = target.lowercased()
            let isMedia = lowered.hasPrefix("file:") || lowered.hasPrefix("image:") || lowered.hasPrefix("category:")
            if !isMedia {
                var nested = WikitextLexer(label ?? target)
                nested.run()
                emit(nested.result.plain)
                result.bold += nested.result.bold
                result.italic += nested.result.italic
            }
            i = end + 2
            return
        }
        if at("[http://") || at("[https://") || at("[//") {
            let end = find(Unicode.Scalar("]"), from: i + 1) ?? s.count
            let inner = string((i + 1)..<end)
            let space = inner.firstIndex(where: { $0 == " " })
            let url = space.map { String(inner[..<$0]) } ?? inner
            result.externalLinks.append(url)
            if let space {
                var nested = WikitextLexer(String(inner[inner.index(after: space)...]))
                nested.run()
                emit(nested.result.plain)
                result.bold += nested.result.bold
                result.italic += nested.result.italic
            }
            i = min(end + 1, s.count)
            return
        }
        emit(s[i])
        i += 1
    }

    private mutating func bareURL() {
        let start = i
        while i < s.count, !s[i].properties.isWhitespace, !"<>[]{}|\"".unicodeScalars.contains(s[i]) { i += 1 }
        // Trailing punctuation belongs to the sentence, as MediaWiki decides.
        while i > start, ".,;:!?)".unicodeScalars.contains(s[i - 1]) { i -= 1 }
        result.externalLinks.append(string(start..<i))
    }

    // MARK: - Templates and parameters

    private mutating func brace() {
        if at("{{{") {
            let end = find("}}}", from: i + 3) ?? s.count
            result.placeholders.append(string(i..<min(end + 3, s.count)))
            i = min(end + 3, s.count)
            return
        }
        if at("{{") {
            // Find the matching braces, nesting included.
            var depth = 0
            var k = i
            var end = s.count
            while k < s.count {
                if k + 1 < s.count, s[k] == "{", s[k + 1] == "{" {
                    depth += 1
                    k += 2
                } else if k + 1 < s.count, s[k] == "}", s[k + 1] == "}" {
                    depth -= 1
                    k += 2
                    if depth == 0 {
                        end = k - 2
                        break
                    }
                } else {
                    k += 1
                }
            }
            let inner = string((i + 2)..<max(i + 2, end))
            let template = Template.parse(inner)
            if Self.isLanguageFunction(template.name) {
                // {{PLURAL:$1|edit|edits}}: each language has its own forms, or none (Chinese
                // drops it). Readers see one form; the last, the general one, stands for them all.
                var nested = WikitextLexer(template.positional.last ?? "")
                nested.run()
                merge(nested.result)
                i = min(end + 2, s.count)
                return
            }
            result.templates.append(template)
            for value in template.positional {
                var nested = WikitextLexer(value)
                nested.run()
                emit(" " + nested.result.plain + " ")
                result.templates += nested.result.templates
            }
            i = min(end + 2, s.count)
            return
        }
        emit(s[i])
        i += 1
    }

    /// Parser functions whose forms depend on the language: a translation may have more or
    /// fewer forms than the English, or none at all.
    static func isLanguageFunction(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return ["plural:", "gender:", "grammar:"].contains { lowered.hasPrefix($0) }
    }

    /// Character references a translator types for what the keyboard lacks: `&nbsp;` in
    /// `300&nbsp;000`, `&lrm;` after a Latin term in Arabic. They are text, as MediaWiki shows them.
    private mutating func entity() {
        var k = i + 1
        while k < s.count, k - i <= 9, s[k].isASCII, s[k].properties.isAlphabetic || ("0"..."9").contains(s[k]) || s[k] == "#" { k += 1 }
        guard k < s.count, s[k] == ";", k > i + 1 else {
            emit(s[i])
            i += 1
            return
        }
        let name = string((i + 1)..<k)
        var decoded: Unicode.Scalar?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if name.hasPrefix("#") {
            decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
        } else {
            decoded = Self.entities[name]
        }
        guard let decoded else {
            emit(s[i])
            i += 1
            return
        }
        emit(decoded)
        i = k + 1
    }

    static let entities: [String: Unicode.Scalar] = [
        "nbsp": "\u{00A0}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "shy": "\u{00AD}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "ndash": "–", "mdash": "—", "minus": "−", "hellip": "…", "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’",
        "ldquo": "“", "rdquo": "”", "times": "×", "euro": "€", "middot": "·", "deg": "°", "percnt": "%",
    ]

    private mutating func quotes() {
        var run = 0
        while i + run < s.count, s[i + run] == "'" { run += 1 }
        switch run {
        case 1:
            emit("'")
        case 2:
            result.italic += 1
        case 3:
            result.bold += 1
        case 5:
            result.bold += 1
            result.italic += 1
        default:
            // 4 is an apostrophe and bold; more is unusual: count as bold, keep the rest as text.
            result.bold += 1
            for _ in 0..<(run - 3) { emit("'") }
        }
        i += run
    }

    /// `$name` refers to a variable (how translations of Translate pages write `<tvar>`s);
    /// `$1` may be a message placeholder or a price, so it stays in the text for the numbers
    /// check and is also recorded for the placeholders check, which tells the two apart.
    private mutating func dollar() {
        var k = i + 1
        if k < s.count, ("0"..."9").contains(s[k]) {
            while k < s.count, ("0"..."9").contains(s[k]) { k += 1 }
            result.placeholders.append(string(i..<k))
            emit(string(i..<k))
            i = k
            return
        }
        while k < s.count, ScalarClass.isLetter(s[k]) || ("0"..."9").contains(s[k]) || s[k] == "_" { k += 1 }
        if k > i + 1 {
            result.variableReferences.append(string((i + 1)..<k))
            emit(string(i..<k))
            i = k
            return
        }
        emit(s[i])
        i += 1
    }

    private mutating func percent() {
        // printf-style: %s, %d, %1$s.
        var k = i + 1
        while k < s.count, ("0"..."9").contains(s[k]) { k += 1 }
        if k < s.count, s[k] == "$" { k += 1 }
        if k < s.count, "sdif".unicodeScalars.contains(s[k]), k + 1 >= s.count || !ScalarClass.isLetter(s[k + 1]) {
            result.placeholders.append(string(i..<(k + 1)))
            i = k + 1
            return
        }
        emit(s[i])
        i += 1
    }

    private mutating func magicWord() {
        var k = i + 2
        while k < s.count, ("A"..."Z").contains(s[k]) { k += 1 }
        if k > i + 2, at("__", k - i) {
            i = k + 2
            return
        }
        emit(s[i])
        i += 1
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first?.isWhitespace == true { scalars.removeFirst() }
        while scalars.last?.isWhitespace == true { scalars.removeLast() }
        return String(scalars)
    }
}
