import Foundation
import TranslationTracker

/// Times ``WikitextDocument`` on the shapes of wikitext that once took quadratic time, at
/// doubling sizes, next to ordinary text: the seconds per MiB of each shape must stay flat as the
/// size grows (within 2×), or a loop somewhere rescans the text once per tag again.
struct ParseShapesBenchmark {
    /// The largest size, in MiB; sizes run 1, 2, 4, … up to it.
    var maxMegabytes: Int

    struct Shape: Sendable {
        var name: String
        /// Text of about `bytes` bytes.
        var make: @Sendable (_ bytes: Int) -> [UInt8]
    }

    static let shapes: [Shape] = [
        Shape(name: "repeated <translate> (one line)") { repeated("<translate>", toFill: $0) },
        Shape(name: "unclosed <tvar name=x> (one unit)") { Array("<translate>\n<!--T:1-->\n".utf8) + repeated("<tvar name=x>", toFill: $0) },
        Shape(name: "unclosed <nowiki> (one line)") { repeated("<nowiki>", toFill: $0) },
        Shape(name: "normal text (reference)") { normal(toFill: $0) },
    ]

    static func repeated(_ piece: String, toFill bytes: Int) -> [UInt8] {
        Array(String(repeating: piece, count: max(bytes / piece.utf8.count, 1)).utf8)
    }

    /// A source page as people write it: headings and marked paragraphs with a link, a template,
    /// a variable and a comment, in `<translate>` sections.
    static func normal(toFill bytes: Int) -> [UInt8] {
        var text = "<languages/>\n"
        var unit = 0
        while text.utf8.count < bytes {
            text += "<translate>\n"
            for _ in 0..<20 {
                unit += 1
                text += unit % 5 == 1 ? "== Goals \(unit) == <!--T:\(unit)-->\n" : "<!--T:\(unit)-->\n"
                text += "The plan funds [[Grants:Programs|grants]] in \(unit) regions, {{Note|see below}}, "
                    + "and writes to <tvar name=mail>planning@example.org</tvar>. <!-- keep short -->\n\n"
            }
            text += "</translate>\n\n"
        }
        return Array(text.utf8)
    }

    func run() {
        var sizes: [Int] = []
        var size = 1
        while size <= maxMegabytes {
            sizes.append(size)
            size *= 2
        }
        print("transtrack-bench parse-shapes: WikitextDocument(bytes:) on each shape, seconds per MiB (best of 3 runs)")
        print("shape".padding(toLength: 36, withPad: " ", startingAt: 0) + sizes.map { "\($0) MiB".leftPadded(9) }.joined() + "   max/min")
        var summary: [String] = []
        for (index, shape) in Self.shapes.enumerated() {
            var perMegabyte: [Double] = []
            var line = shape.name.padding(toLength: 36, withPad: " ", startingAt: 0)
            var problems = 0
            for megabytes in sizes {
                let bytes = shape.make(megabytes << 20)
                var best = Double.infinity
                for _ in 0..<3 {
                    let start = DispatchTime.now().uptimeNanoseconds
                    let document = WikitextDocument(bytes: bytes)
                    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    problems = document.problems.count
                    best = min(best, seconds)
                }
                let rate = best / (Double(bytes.count) / 1_048_576)
                perMegabyte.append(rate)
                line += fixed(rate, 4).leftPadded(9)
            }
            let ratio = (perMegabyte.max() ?? 0) / max(perMegabyte.min() ?? 1, 1e-9)
            print(line + "   " + fixed(ratio, 2) + "×" + "  (\(grouped(problems)) problems at \(sizes.last ?? 0) MiB)")
            summary.append("shape\(index + 1)_max_over_min=\(fixed(ratio, 2))")
        }
        print("summary: " + summary.joined(separator: " "))
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
