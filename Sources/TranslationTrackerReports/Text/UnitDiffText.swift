import TranslationTracker

/// `transtrack diff` as text: the unit, where it was read, and the English then and now with a
/// word diff (`[-old-]{+new+}`), or why there is nothing to compare.
public struct UnitDiffText: Sendable {
    /// Colour on or off.
    public var style: TerminalStyle

    /// A renderer, plain unless told.
    public init(style: TerminalStyle = .plain) { self.style = style }

    /// The diff as `transtrack diff` prints it: the English then and now, word by word.
    public func render(_ output: UnitDiff) -> String {
        let title = "\(output.document) \(output.language) unit \(output.unit)"
        guard output.state != .missing else {
            return "\(title) is not translated. Today's English (\(output.sourceFile):\(output.sourceLine)):\n\(output.now)\n"
        }
        var out = style.bold(title) + " · \(output.translationFile)\(output.translationLine.map { ":\($0)" } ?? "")\n"
        switch (output.state, output.history) {
        case (.unverified, _):
            let history = output.place == nil ? "" : " and the dump's history cannot tell"
            out += "No provenance recorded (no src= in its marker)\(history), so the English it was made from is unknown. Today's English:\n\(output.now)\n"
        case (.current, _):
            switch output.provenance {
            case .inferred?:
                let when = output.translatedIn.map { " (its text last changed in revision \($0.id) of \($0.timestamp))" } ?? ""
                out += "Current (inferred from history): the translation was made from today's English\(when).\n"
            case .translate?:
                out += "Current: Translate has not marked this translation outdated.\n"
            case .translateInferred?:
                out += "Current: nothing in the dump shows Translate marking this translation outdated (\(UnitDiffText.signal(output.signal))).\n"
            default:
                out += "Current: the translation follows today's English (src=\(output.recorded ?? "")).\n"
            }
        case (_, .notFound) where output.place != nil:
            out += "The English it was made from is not in the dump (\(output.historyNote ?? "")). Today's English:\n\(output.now)\n"
        case (_, .found):
            let then = output.then!
            if let revision = then.revision, let timestamp = then.timestamp {
                let when = output.translatedIn.map { " (revision \($0.id) of \($0.timestamp))" } ?? ""
                let why = switch output.provenance {
                case .recorded?: "src=\(output.recorded ?? "")"
                case .translate?: "current when the translation was last saved\(when); Translate has marked it fuzzy since"
                case .translateInferred?: "current when the translation was last saved\(when); outdated since (\(UnitDiffText.signal(output.signal)))"
                default: "current when the translation last changed\(when), inferred"
                }
                out += style.paint("--- English then: revision \(revision) of \(timestamp), \(why)", .red) + "\n"
                let now = output.sourceRevision.map { "revision \($0.id) of \($0.timestamp), " } ?? ""
                out += style.paint("+++ English now: \(now)\(output.expected), \(output.sourceFile)", .green) + "\n"
            } else {
                out += style.paint("--- English then: src=\(output.recorded ?? ""), commit \((then.commit ?? "").prefix(10)) of \(then.date ?? "")", .red) + "\n"
                out += style.paint("+++ English now: \(output.expected), \(output.sourceFile):\(output.sourceLine)", .green) + "\n"
            }
            out += output.changes.map { change in
                switch change.op {
                case "delete": style.paint("[-\(change.text)-]", .red)
                case "insert": style.paint("{+\(change.text)+}", .green)
                default: change.text
                }
            }.joined() + "\n"
        case (_, .notFound):
            out += "The English with fingerprint \(output.recorded ?? "") was not found in the git history of \(output.sourceFile) (\(output.historyNote ?? "")). Today's English:\n\(output.now)\n"
        default:
            out += "Git history is not available (\(output.historyNote ?? "")), so the old English cannot be shown. Today's English:\n\(output.now)\n"
        }
        return out
    }

    /// What decided a Translate unit's state in a dump, in words.
    static func signal(_ signal: TranslateSignal?) -> String {
        switch signal {
        case .fuzzyMarker?: "the translation was saved with !!FUZZY!!"
        case .renderedPage?: "told by the rendered page, where Translate wraps outdated units in mw-translate-fuzzy"
        case .englishHistory?: "told by the English unit page's history"
        case nil: "nothing to tell"
        }
    }
}
