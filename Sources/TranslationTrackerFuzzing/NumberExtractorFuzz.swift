import TranslationTracker

/// Numbers in any script. The first byte picks the language (so the corpus reaches every
/// locale's separators and scale words), the rest is text: every number found has a value that
/// is a number and a text taken from the input.
enum NumberExtractorFuzz {
    static let languages: [LanguageCode] = ["en", "ar", "zh", "fr", "hi", "pt", "uk", "id", "es", "ru", "sw", "ja", "fa", "bn"]

    static func run(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        let language = languages[Int(first) % languages.count]
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        let numbers = NumberExtractor.extract(text, language: language)
        for number in numbers {
            FuzzProperty.require(!number.value.isNaN, "\(language) number \(number.text.debugDescription) has a NaN value")
            FuzzProperty.require(number.alternatives.allSatisfy { !$0.isNaN }, "\(language) number \(number.text.debugDescription) has a NaN alternative")
            FuzzProperty.require(!number.text.isEmpty, "\(language) number \(number.value) has no text")
            FuzzProperty.require(
                number.isPlaceholder || contains(Array(text.unicodeScalars), Array(number.text.unicodeScalars)),
                "\(language) number text \(number.text.debugDescription) is not in the input")
        }
        FuzzProperty.require(
            NumberExtractor.extract(text, language: language) == numbers, "\(language): extracting twice gave different numbers")
    }

    /// Containment by scalars: a digit followed by a combining mark is one `Character`, so
    /// `String.contains` would not find the digits the extractor rightly read.
    private static func contains(_ text: [Unicode.Scalar], _ part: [Unicode.Scalar]) -> Bool {
        guard !part.isEmpty, part.count <= text.count else { return part.isEmpty }
        return (0...(text.count - part.count)).contains { text[$0..<($0 + part.count)].elementsEqual(part) }
    }
}
