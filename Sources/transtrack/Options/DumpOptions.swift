import ArgumentParser
import TranslationTrackerReaders

/// `--dump WIKI=FILE` (repeatable): MediaWiki dumps or exports of the manifest's wikis.
struct DumpOptions: ParsableArguments {
    @Option(
        name: .customLong("dump"),
        help: ArgumentHelp(
            "A MediaWiki dump or export (XML, optionally compressed; - for standard input) of a wiki of the manifest, as WIKI=FILE (repeatable): meta=meta.xml.",
            valueName: "wiki=file"))
    var dump: [String] = []

    /// The dumps as given; a malformed one is a usage error. Which wikis exist is checked
    /// against the manifest when the dumps are read (an unknown wiki exits 2).
    func dumps() throws -> [WikiDump] {
        try dump.map { argument in
            guard let parsed = WikiDump.parse(argument) else {
                throw ValidationError("--dump '\(argument)' is not WIKI=FILE; write, for example, --dump meta=metawiki-pages-meta-history.xml.bz2")
            }
            return parsed
        }
    }
}
