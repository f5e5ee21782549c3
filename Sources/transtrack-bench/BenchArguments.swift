import TranslationTrackerReaders

/// The command line of `transtrack-bench`, parsed by hand (this target links only the core and
/// the readers).
///
/// ```
/// transtrack-bench generate DIR [--documents 100] [--languages 300] [--units 30] [--seed 1]
/// transtrack-bench status DIR|MANIFEST [--repeat 5] [--no-json]
/// transtrack-bench checks DIR|MANIFEST [--pairs 1000000]
/// transtrack-bench dump-generate FILE [--megabytes 1024] [--seed 1] [--current-only] [--multistream [--from XML]]
/// transtrack-bench dump-read FILE [--threads N] [--latest] [--index INDEX] [--want N --titles-from INDEX]
/// transtrack-bench history FILE [--revisions 100000] [--manifest locales/tracker.yaml]
/// transtrack-bench parse-shapes [--max-megabytes 64]
/// transtrack-bench peak xml|dump|deck FILE [options]
/// ```
enum BenchArguments {
    case generate(folder: String, workspace: SyntheticWorkspace)
    case status(manifest: String, repeats: Int, json: Bool)
    case checks(manifest: String, pairs: Int)
    case dumpGenerate(file: String, dump: SyntheticDump)
    case multistreamGenerate(SyntheticMultistream, dump: SyntheticDump?)
    case history(HistoryBenchmark)
    case dumpRead(DumpReadBenchmark)
    case parseShapes(ParseShapesBenchmark)
    case peak(PeakMemoryProbe)
    case help

    static let usage = """
        USAGE: transtrack-bench generate DIR [--documents 100] [--languages 300] [--units 30] [--seed 1]
               transtrack-bench status DIR|MANIFEST [--repeat 5] [--no-json]
               transtrack-bench checks DIR|MANIFEST [--pairs 1000000]
               transtrack-bench dump-generate FILE [--megabytes 1024] [--seed 1] [--current-only] [--multistream [--from XML]]
               transtrack-bench dump-read FILE [--threads N] [--latest] [--index INDEX] [--want N --titles-from INDEX]
               transtrack-bench history FILE [--revisions 100000] [--manifest locales/tracker.yaml]
               transtrack-bench parse-shapes [--max-megabytes 64]
               transtrack-bench peak xml FILE [--piece BYTES]
               transtrack-bench peak dump FILE [--threads N] [--block-size BYTES] [--piece-size BYTES] [--want-prefix TEXT] [--want-titles A,B] [--latest]
               transtrack-bench peak deck FILE [--max-compression-ratio N] [--max-part-bytes N]

        generate  writes a deterministic synthetic workspace (DIR/locales/tracker.yaml and DIR/locales/*/doc*.wiki)
        status    times open → read+parse → evaluate → render JSON in process; prints the median of N runs,
                  units per second and peak RSS
        checks    runs every content check on N (English unit, translated unit) pairs drawn in turn from the
                  workspace's current and unverified units; prints pairs per second and per core
        dump-generate  writes a deterministic synthetic MediaWiki export (schema 0.11, full history, mostly
                  non-Latin text) of about N MiB, with the 12 pages of the Annual Plan summary spread through it
                  (--current-only: each page's latest revision only, as Wikimedia's pages-articles dumps);
                  --multistream writes FILE (…-multistream.xml.bz2: a bzip2 stream per 100 pages) and its index
                  (…-multistream-index.txt.bz2), from the plain dump --from XML or from one generated first
        dump-read  reads a dump with DumpFile.read, keeping those 12 pages; prints seconds, MB/s and peak RSS
                  (--threads 1 reads on one thread; --latest keeps only each page's latest revision; --index reads
                  a multistream dump by its index; --want N keeps N pages: the 12 and N-12 more spread through
                  the index --titles-from)
        history   status --dump on the dataset's summary with a French page of N revisions (FILE, generated once),
                  its units' states inferred from history; prints seconds and peak RSS beside the 128 MiB goal
        parse-shapes  parses 1, 2, 4, … MiB of wikitext shaped to find quadratic loops (repeated <translate>,
                  unclosed <tvar name=x>, unclosed <nowiki>) and of normal text; prints seconds per MiB,
                  which must stay flat (max/min within 2×)
        peak      one read (XML, dump or deck) in this process, printing its result and how far it raised the
                  peak resident memory, so tests bound a read's memory where no other test disturbs the figure
        """

    static func parse(_ arguments: [String]) throws(BenchError) -> BenchArguments {
        guard let command = arguments.first else { return .help }
        var positional: [String] = []
        var options: [String: String] = [:]
        var flags: Set<String> = []
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            if argument == "--no-json" || argument == "--latest" || argument == "--multistream" || argument == "--current-only" || argument == "--help" || argument == "-h" {
                flags.insert(argument)
            } else if argument.hasPrefix("--") {
                guard let value = rest.popFirst() else { throw .usage("\(argument) needs a value\n\n\(usage)") }
                options[String(argument.dropFirst(2))] = value
            } else {
                positional.append(argument)
            }
        }
        if command == "help" || command == "--help" || command == "-h" || flags.contains("--help") || flags.contains("-h") {
            return .help
        }
        if command == "peak" { return .peak(try peak(positional, options: options, flags: flags)) }
        if command == "parse-shapes", !positional.isEmpty { throw .usage("parse-shapes takes no folder or file\n\n\(usage)") }
        guard positional.count == 1 || command == "parse-shapes" else {
            throw .usage("\(command) takes one \(command.hasPrefix("dump-") ? "file" : "folder")\n\n\(usage)")
        }
        let folder = positional.first ?? ""

        func number(_ name: String, default value: Int) throws(BenchError) -> Int {
            guard let text = options.removeValue(forKey: name) else { return value }
            guard let parsed = Int(text), parsed > 0 else { throw .usage("--\(name) must be a positive whole number, not '\(text)'") }
            return parsed
        }
        if command == "parse-shapes" {
            let benchmark = ParseShapesBenchmark(maxMegabytes: try number("max-megabytes", default: 64))
            if let unknown = options.keys.sorted().first { throw .usage("unknown option --\(unknown) for \(command)\n\n\(usage)") }
            return .parseShapes(benchmark)
        }
        let result: BenchArguments
        switch command {
        case "generate":
            let workspace = SyntheticWorkspace(
                documents: try number("documents", default: 100), languages: try number("languages", default: 300),
                units: try number("units", default: 30), seed: UInt64(try number("seed", default: 1)))
            result = .generate(folder: folder, workspace: workspace)
        case "status", "run":
            let manifest = folder.hasSuffix(".yaml") ? folder : folder + "/locales/tracker.yaml"
            result = .status(manifest: manifest, repeats: try number("repeat", default: 5), json: !flags.contains("--no-json"))
        case "checks":
            let manifest = folder.hasSuffix(".yaml") ? folder : folder + "/locales/tracker.yaml"
            result = .checks(manifest: manifest, pairs: try number("pairs", default: 1_000_000))
        case "dump-generate":
            let dump = SyntheticDump(
                megabytes: try number("megabytes", default: 1024), seed: UInt64(try number("seed", default: 1)),
                currentOnly: flags.contains("--current-only"))
            if flags.contains("--multistream") {
                guard folder.hasSuffix("-multistream.xml.bz2") else {
                    throw .usage("a multistream dump is named like Wikimedia's, X-multistream.xml.bz2, not '\(folder)'")
                }
                let from = options.removeValue(forKey: "from")
                result = .multistreamGenerate(
                    SyntheticMultistream(source: from ?? folder.replacingOccurrences(of: ".xml.bz2", with: ".plain.xml"), path: folder),
                    dump: from == nil ? dump : nil)
            } else {
                result = .dumpGenerate(file: folder, dump: dump)
            }
        case "dump-read":
            let threads = options["threads"] == nil ? nil : try number("threads", default: 1)
            let want = try number("want", default: SyntheticDump.wantedTitles.count)
            let titlesFrom = options.removeValue(forKey: "titles-from")
            if want > SyntheticDump.wantedTitles.count, titlesFrom == nil {
                throw .usage("--want \(want) takes titles beyond the dump's 12 from a multistream index: add --titles-from INDEX")
            }
            result = .dumpRead(
                DumpReadBenchmark(
                    path: folder, threads: threads, history: !flags.contains("--latest"), index: options.removeValue(forKey: "index"),
                    want: want, titlesFrom: titlesFrom))
        case "history":
            result = .history(
                HistoryBenchmark(
                    path: folder, revisions: try number("revisions", default: 100_000),
                    manifest: options.removeValue(forKey: "manifest") ?? "locales/tracker.yaml"))
        default:
            throw .usage("unknown command '\(command)'\n\n\(usage)")
        }
        if let unknown = options.keys.sorted().first { throw .usage("unknown option --\(unknown) for \(command)\n\n\(usage)") }
        return result
    }

    /// `peak xml|dump|deck FILE`, for the tests that bound memory (see ``PeakMemoryProbe``).
    private static func peak(_ positional: [String], options: [String: String], flags: Set<String>) throws(BenchError) -> PeakMemoryProbe {
        guard positional.count == 2 else { throw .usage("peak takes a kind (xml, dump or deck) and a file\n\n\(usage)") }
        var options = options
        func number(_ name: String) throws(BenchError) -> Int? {
            guard let text = options.removeValue(forKey: name) else { return nil }
            guard let parsed = Int(text), parsed > 0 else { throw .usage("--\(name) must be a positive whole number, not '\(text)'") }
            return parsed
        }
        let read: PeakMemoryProbe.Read
        switch positional[0] {
        case "xml": read = .xml(piece: try number("piece") ?? 1 << 20)
        case "dump":
            let prefix = options.removeValue(forKey: "want-prefix")
            let titles = options.removeValue(forKey: "want-titles").map { Set($0.split(separator: ",").map(String.init)) }
            read = .dump(
                threads: try number("threads") ?? 1, blockSize: try number("block-size"), pieceSize: try number("piece-size") ?? 1 << 20,
                prefixes: prefix.map { [$0] } ?? [], titles: titles, history: !flags.contains("--latest"))
        case "deck":
            var limits = DeckLimits.standard
            if let ratio = try number("max-compression-ratio") { limits.maxCompressionRatio = ratio }
            if let part = try number("max-part-bytes") { limits.maxPartBytes = part }
            read = .deck(limits: limits)
        default: throw .usage("peak reads xml, dump or deck, not '\(positional[0])'\n\n\(usage)")
        }
        if let unknown = options.keys.sorted().first { throw .usage("unknown option --\(unknown) for peak\n\n\(usage)") }
        return PeakMemoryProbe(path: positional[1], read: read)
    }
}
