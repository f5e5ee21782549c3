/// Writes one language's translation of one synthetic document, in a state drawn per file so the
/// workspace has the mix a large Meta-Wiki project has: most translations current, some behind
/// the English, some half done, a few never started or never stamped.
///
/// | profile | share | units |
/// |---|---|---|
/// | current | 45% | all current |
/// | someStale | 35% | 15% stale, 3% not translated, 1 file in 20 with an extra unit |
/// | incomplete | 12% | 25% not translated, 5% stale |
/// | unstamped | 3% | 30% with a marker but no `src=` (unverified), 5% stale |
/// | outdated | 2% | half stale |
/// | byPosition | 1% | no markers at all: matched by position, all unverified |
/// | absent | 2% | no file |
///
/// Overall about 85% of unit slots are current.
enum SyntheticTranslation {
    enum Profile: CaseIterable, Sendable {
        case current, someStale, incomplete, unstamped, outdated, byPosition, absent

        static func draw(_ random: inout SplitMix64) -> Profile {
            let roll = random.unit()
            switch roll {
            case ..<0.45: return .current
            case ..<0.80: return .someStale
            case ..<0.92: return .incomplete
            case ..<0.95: return .unstamped
            case ..<0.97: return .outdated
            case ..<0.98: return .byPosition
            default: return .absent
            }
        }
    }

    enum Fate { case current, stale, missing, unverified, unmarked }

    /// The file's text, or nil when this translation does not exist.
    static func text(of document: SyntheticDocument, in language: SyntheticLanguage, seed: UInt64) -> String? {
        var random = SplitMix64(seed, 0x7A, UInt64(document.number), UInt64(language.index))
        let profile = Profile.draw(&random)
        if profile == .absent { return nil }
        let script = language.script

        var out = "<languages/>\n{{Synthetic navigation|document=\(document.number)}}\n"
        for unit in document.units {
            let fate = self.fate(profile, &random)
            if unit.id == document.units.count / 2 + 1, unit.id > 1 {
                out += "\n{{Synthetic infobox|document=\(document.number)|year=2024}}\n"
            }
            if fate == .missing { continue }
            out += "\n"
            let marker: String
            switch fate {
            case .current: marker = "<!--T:\(unit.id) src=\(unit.fingerprint)-->"
            case .stale: marker = "<!--T:\(unit.id) src=\(unit.earlierFingerprint)-->"
            case .unverified: marker = "<!--T:\(unit.id)-->"
            case .unmarked, .missing: marker = ""
            }
            out += body(unit, document: document, language: language, script: script, marker: marker, random: &random)
        }
        if profile == .someStale, random.chance(0.05) {
            // A unit the English no longer has (removed after translation).
            let id = document.units.count + 1
            out += "\n<!--T:\(id) src=\(document.units[0].earlierFingerprint)-->\n\(prose(script, bytes: 300, random: &random))\n"
        }
        out += "\n[[Category:Synthetic documents]]\n"
        return out
    }

    private static func fate(_ profile: Profile, _ random: inout SplitMix64) -> Fate {
        let roll = random.unit()
        switch profile {
        case .current: return .current
        case .someStale: return roll < 0.15 ? .stale : roll < 0.18 ? .missing : .current
        case .incomplete: return roll < 0.25 ? .missing : roll < 0.30 ? .stale : .current
        case .unstamped: return roll < 0.30 ? .unverified : roll < 0.35 ? .stale : .current
        case .outdated: return roll < 0.5 ? .stale : .current
        case .byPosition: return .unmarked
        case .absent: return .missing
        }
    }

    private static func body(
        _ unit: SyntheticDocument.PlannedUnit, document: SyntheticDocument, language: SyntheticLanguage, script: WritingSystem,
        marker: String, random: inout SplitMix64
    ) -> String {
        let lead = marker.isEmpty ? "" : marker + "\n"
        let size = unit.englishBytes * random.int(100...150) / 100
        switch unit.shape {
        case .heading(let level):
            let bar = String(repeating: "=", count: level)
            let tail = marker.isEmpty ? "" : " " + marker
            return "\(bar) \(script.phrase(&random, words: 2...5)) \(bar)\(tail)\n"
        case .paragraph:
            var text = prose(script, bytes: size, random: &random)
            if random.chance(0.15) {
                text += " [[Special:MyLanguage/Synthetic document \(document.number)/Part \(random.int(1...9))/\(language.code)|\(script.phrase(&random))]]\(script.fullStop)"
            }
            return lead + text + "\n"
        case .variable(let name, let value):
            let text = prose(script, bytes: max(size - 60, 100), random: &random)
            return lead + text + " <tvar name=\(name)>\(value)</tvar>\(script.fullStop)\n"
        case .list(let items, let intro):
            var lines: [String] = intro ? [script.phrase(&random, words: 3...8) + ":"] : []
            for _ in 0..<items {
                lines.append("* '''\(script.phrase(&random, words: 1...2))''': \(script.sentence(&random))")
            }
            return lead + lines.joined(separator: "\n") + "\n"
        case .table(let rows):
            var lines = ["{| class=\"wikitable\"", "! \(script.phrase(&random, words: 1...2)) !! \(script.phrase(&random, words: 2...4))"]
            for _ in 0..<rows {
                lines.append("|-")
                lines.append("| \(script.phrase(&random, words: 2...5)) || \(random.int(1...60))%")
            }
            lines.append("|}")
            return lead + lines.joined(separator: "\n") + "\n"
        }
    }

    private static func prose(_ script: WritingSystem, bytes: Int, random: inout SplitMix64) -> String {
        var out = ""
        while out.utf8.count < bytes {
            if !out.isEmpty, !script.wordSeparator.isEmpty { out += " " }
            if random.chance(0.1) {
                out += "'''\(script.phrase(&random))''' "
            }
            out += script.sentence(&random)
        }
        return out
    }
}
