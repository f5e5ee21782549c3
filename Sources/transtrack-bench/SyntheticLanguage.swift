/// A target language of the synthetic workspace: a well-formed code (`aa`, `ab`, … skipping
/// `en`), a name, an autonym in its own script, and the script its translations are written in.
struct SyntheticLanguage: Sendable {
    /// 0-based position among the target languages.
    var index: Int
    var code: String
    var name: String
    var autonym: String
    var script: WritingSystem

    init(index: Int) {
        self.index = index
        code = Self.code(index)
        name = "Synthetic language \(code.uppercased())"
        script = WritingSystem.all[index % WritingSystem.all.count]
        var random = SplitMix64(0x1A46, UInt64(index))
        autonym = script.phrase(&random, words: 1...2)
    }

    /// The first 675 are two letters; later ones three.
    static func code(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var two: [String] = []
        for a in letters {
            for b in letters where !(a == "e" && b == "n") { two.append(String([a, b])) }
        }
        if index < two.count { return two[index] }
        let rest = index - two.count
        return String([letters[(rest / 676) % 26], letters[(rest / 26) % 26], letters[rest % 26]])
    }
}
