/// The parsers and round trips that take bytes from outside, each as a function of one input
/// that either returns or stops the process with the property it broke.
///
/// The same functions run under libFuzzer (`scripts/fuzz`, the `transtrack-fuzz` executable
/// built with `-sanitize=fuzzer,address`) and, without instrumentation, in the test suite, which
/// replays every seed and every input that once failed (`Tests/TranslationTrackerFuzzingTests`).
/// Inputs are arbitrary bytes: a target never assumes UTF-8, XML or ZIP, only what it checks.
package enum FuzzTarget: String, CaseIterable, Sendable {
    case unitParser = "unit-parser"
    case numberExtractor = "number-extractor"
    case manifestLoader = "manifest-loader"
    case exportReader = "export-reader"
    case deckReader = "deck-reader"
    case stampRoundTrip = "stamp-round-trip"

    /// What the target runs and what it checks, for `transtrack-fuzz list`.
    package var summary: String {
        switch self {
        case .unitParser: "wikitext into units: ranges inside the file, in order, not overlapping; bytes and text agree"
        case .numberExtractor: "numbers in every script and language: values not NaN, each number's text found in the input"
        case .manifestLoader: "YAML manifests: a manifest or located errors, never a crash"
        case .exportReader: "MediaWiki exports: the same pages whatever the byte pieces the XML arrives in"
        case .deckReader: "ODP, PPTX and PDF decks under small limits: a deck or a DeckError, the same twice"
        case .stampRoundTrip: "stamping: only marker bytes change, the units stay, stamping again changes nothing"
        }
    }

    /// Runs one input. Returns when every property holds; otherwise stops the process through
    /// ``FuzzProperty/require(_:_:)`` so libFuzzer records the input.
    package func run(_ bytes: [UInt8]) {
        switch self {
        case .unitParser: UnitParserFuzz.run(bytes)
        case .numberExtractor: NumberExtractorFuzz.run(bytes)
        case .manifestLoader: ManifestLoaderFuzz.run(bytes)
        case .exportReader: ExportReaderFuzz.run(bytes)
        case .deckReader: DeckReaderFuzz.run(bytes)
        case .stampRoundTrip: StampRoundTripFuzz.run(bytes)
        }
    }
}
