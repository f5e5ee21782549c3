/// Writes JSON a member at a time, byte for byte as `JSONEncoder` with `[.prettyPrinted,
/// .sortedKeys, .withoutEscapingSlashes]` writes it, so a streamed report equals the encoded one.
///
/// What that encoder does, and this writer repeats: two spaces per level, `"key" : value`,
/// empty containers as `[` newline newline indent `]`, `"`, `\` and control characters escaped
/// (`\b \t \n \f \r`, else `\u00xx` in lowercase hex), everything else (`/`, non-ASCII, DEL)
/// written as it is, and numbers as Swift prints them with a trailing `.0` removed. Keys are
/// written in the order the caller gives, which must be byte order (what `.sortedKeys` does).
package struct PrettyJSONWriter {
    package var output: ChunkedOutput
    private var depth = 0
    /// Whether the container being written has no member yet.
    private var empty = true

    package init(_ output: ChunkedOutput) { self.output = output }

    package mutating func beginObject() { open(UInt8(ascii: "{")) }
    package mutating func endObject() { close(UInt8(ascii: "}")) }
    package mutating func beginArray() { open(UInt8(ascii: "[")) }
    package mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts the member `name` of an object; a value must follow.
    package mutating func key(_ name: StaticString) {
        separate()
        output.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { output.append($0) }
        output.append(Self.keyEnd)
    }

    /// Starts the next element of an array; a value must follow.
    package mutating func element() { separate() }

    package mutating func string(_ text: String) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(bytes[start..<index])
                Self.escape(byte, into: &output)
                start = index + 1
            }
            output.append(bytes[start...])
        }
        output.append(UInt8(ascii: "\""))
    }

    package mutating func int(_ value: Int) { output.append(String(value)) }

    package mutating func bool(_ value: Bool) { output.append(value ? "true" : "false") }

    /// As the encoder writes a `Double`: Swift's shortest round-trip form, `.0` dropped.
    package mutating func double(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        output.append(text)
    }

    /// Hands a full chunk on; call between records, never inside a string.
    package mutating func flushIfFull() throws { try output.flushIfFull() }

    /// Ends the document as the renderers do, with a newline, and hands on the rest.
    package mutating func finish() throws {
        output.append(UInt8(ascii: "\n"))
        try output.finish()
    }

    private static let keyEnd: [UInt8] = Array("\" : ".utf8)
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func escape(_ byte: UInt8, into output: inout ChunkedOutput) {
        output.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
        case 0x08: output.append(UInt8(ascii: "b"))
        case 0x09: output.append(UInt8(ascii: "t"))
        case 0x0A: output.append(UInt8(ascii: "n"))
        case 0x0C: output.append(UInt8(ascii: "f"))
        case 0x0D: output.append(UInt8(ascii: "r"))
        default:
            output.append(UInt8(ascii: "u"))
            output.append(UInt8(ascii: "0"))
            output.append(UInt8(ascii: "0"))
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 0x0F)])
        }
    }

    private mutating func open(_ bracket: UInt8) {
        output.append(bracket)
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        output.append(UInt8(ascii: "\n"))
        if empty { output.append(UInt8(ascii: "\n")) }
        indent()
        output.append(bracket)
        empty = false
    }

    private mutating func separate() {
        if !empty { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "\n"))
        indent()
        empty = false
    }

    private mutating func indent() {
        for _ in 0..<depth { output.append(Self.twoSpaces) }
    }

    private static let twoSpaces: [UInt8] = [0x20, 0x20]
}
