import ArgumentParser
import TranslationTracker
import TranslationTrackerLive
import TranslationTrackerReaders
import TranslationTrackerReports

/// `transtrack diff LANG UNIT`: what changed in the English since the translation was made.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show the English a translated unit was made from next to today's English, with a word diff.",
        discussion: """
            The old English is found in the git history of the source file by the fingerprint the translation records. \
            With --dump WIKI=FILE it comes from the dump's own revisions instead: the English revision the unit's src= \
            names, or, without src=, the English current when the unit's text last changed (on Meta-Wiki, in its \
            Translations: page). --place picks the translation: local, or a wiki id (default: the first wiki a dump \
            covers that has one).

            With --live the wikis are read now through the Action API, as status --live reads them. On a translatable \
            page the state is the Translate extension's own, and the English then is the English unit page \
            (Translations:PAGE/UNIT/en) as it was when the translation was last saved.
            """)

    @Argument(help: ArgumentHelp("The translation's language.", valueName: "lang"))
    var language: String

    @Argument(help: ArgumentHelp("The unit id.", valueName: "unit"))
    var unit: String

    @Option(name: [.customShort("d"), .long], help: ArgumentHelp("The document (needed when the manifest has several wikitext documents).", valueName: "id"))
    var document: String?

    @Option(name: .long, help: ArgumentHelp("The manifest to use.", valueName: "path"))
    var manifest: String?

    @Option(name: .long, help: "Colour: auto, always or never.")
    var color: OutputOptions.ColorChoice = .auto

    @Option(name: .long, help: "Output format: terminal or json.")
    var format: OutputOptions.Format = .terminal

    @OptionGroup var dumps: DumpOptions

    @Flag(name: .long, help: "Read the manifest's wikis now through the MediaWiki Action API (and refresh the cache).")
    var live = false

    @OptionGroup var connection: ConnectionOptions

    @Option(name: .long, help: ArgumentHelp("With --dump or --live: which translation, local or a wiki id (default: the first wiki read that has one).", valueName: "place"))
    var place: String?

    func validate() throws {
        if live && !dumps.dump.isEmpty { throw ValidationError("--dump reads wikis from dump files and --live from the wikis; pass one of them") }
    }

    /// The answer, for both formats.
    struct Output: Codable {
        enum History: String, Codable {
            /// The old English was found in git history.
            case found
            /// Git history was searched and does not have it.
            case notFound
            /// No git history to search.
            case unavailable
            /// Nothing to look up: the unit is current, unverified or untranslated.
            case notNeeded
        }

        struct Then: Codable {
            var text: String
            /// From git history.
            var commit: String?
            var date: String?
            /// From a dump: the English revision.
            var revision: Int?
            var timestamp: String?
        }

        struct Change: Codable {
            var op: String
            var text: String
        }

        var schemaVersion = StatusReport.currentSchemaVersion
        var document: String
        var language: LanguageCode
        var unit: UnitID
        var state: UnitState
        var translationFile: String
        var translationLine: Int?
        var sourceFile: String
        var sourceLine: Int
        var recorded: String?
        var expected: String
        var now: String
        var then: Then?
        var history: History
        var historyNote: String?
        var changes: [Change]
        /// With --dump: where the translation was read (`local`, `meta`, `arwiki`).
        var place: String?
        /// With --dump: how the state was decided.
        var provenance: ProvenanceKind?
        /// With --dump: the translation revision where the unit's text last changed.
        var translatedIn: RevisionRef?
        /// With --dump: the English revision read as today's.
        var sourceRevision: RevisionRef?
        /// With --dump, on a translatable page: what decided the state (see ``TranslateInference``).
        var signal: TranslateSignal?
    }

    func run() async throws {
        var options = WorkspaceOptions()
        options.manifest = manifest
        let workspace = try options.openWorkspace()
        let code = try WorkspaceOptions.target(language, in: workspace.manifest)
        let given = try dumps.dumps()
        if !given.isEmpty { return try await runWithDumps(given, workspace: workspace, code: code) }
        if live { return try await runLive(workspace: workspace, code: code) }
        if place != nil { throw ValidationError("--place needs --dump WIKI=FILE or --live") }
        let spec = try pickDocument(workspace.manifest)
        guard let local = spec.local else { throw ValidationError("document '\(spec.id)' has no local files") }
        let id = UnitID(unit)
        var outputOptions = OutputOptions()
        outputOptions.color = color

        let source = try load(local.source, workspace, spec, workspace.manifest.source)
        let translationPath = local.translation.expanded(for: code)
        let translation = try load(translationPath, workspace, spec, code)
        guard let english = source.unit(id) else {
            Console.error("\(local.source): error: the English has no unit \(id)")
            throw Exit.inputError
        }
        let translated = UnitMatcher.match(source: source, translation: translation).units.first { $0.id == id }
        let now = english.fingerprint
        var output = Output(
            document: spec.id, language: code, unit: id, state: .missing, translationFile: translationPath, translationLine: translated?.line,
            sourceFile: local.source, sourceLine: english.line, recorded: translated?.recorded?.hex, expected: now.hex, now: english.text,
            then: nil, history: .notNeeded, historyNote: nil, changes: [])
        if let translated {
            if let recorded = translated.recorded {
                output.state = recorded.matches(now) ? .current : .stale
                if output.state == .stale {
                    switch GitHistory(folder: workspace.root).findUnit(path: local.source, id: id, matching: recorded) {
                    case .found(let old):
                        output.history = .found
                        output.then = Output.Then(text: old.text, commit: old.commit, date: old.date)
                        output.changes = Self.changes(old: old.text, new: english.text)
                    case .notFound(let searched):
                        output.history = .notFound
                        output.historyNote = "\(searched) commits searched"
                    case .unavailable(let reason):
                        output.history = .unavailable
                        output.historyNote = reason
                    }
                }
            } else {
                output.state = .unverified
            }
        }
        switch format {
        case .json: Console.out(JSONRenderer().render(output))
        case .terminal: Console.out(render(output, outputOptions.style))
        }
    }

    /// `diff --dump`: the English then and now from the dump's revisions.
    private func runWithDumps(_ given: [WikiDump], workspace: Workspace, code: LanguageCode) async throws {
        let spec = try pickDocument(workspace.manifest, wikis: true)
        let local = LocalFilesReader(workspace: workspace)
        let wiki = try readingDumps { () throws(WikiDumpError) in
            try DumpStatusReader(local: local, dumps: given).snapshots(documents: [spec.id], languages: [code])
        }
        try await runOnWikis(wiki, spec: spec, workspace: workspace, code: code, read: "no dump given", hint: "pass --dump for that wiki")
    }

    /// `diff --live`: the wikis read now; a Translate unit's histories asked for on their own.
    private func runLive(workspace: Workspace, code: LanguageCode) async throws {
        let manifest = workspace.manifest
        let spec = try pickDocument(manifest, wikis: true)
        let reader = LiveStatusReader(local: LocalFilesReader(workspace: workspace))
        // Errors of the diff itself (exit codes, usage) leave the connections' scope before being thrown.
        var failure: (any Error)?
        try await LiveOptions.withConnections(manifest, politeness: connection.politeness, verbose: connection.verbose) { connections async throws(LiveError) in
            let (snapshot, _) = try await reader.snapshot(.live(LiveReader(connections: connections)), documents: [spec.id], languages: [code])
            await LiveOptions.report(snapshot, connections: connections, verbose: connection.verbose)
            let titles = WikiTitles(manifest: manifest, documents: [spec.id], languages: [code])
            let wiki = WikiSnapshots(pages: snapshot.wikiPages(titles: titles), manifest: manifest)
            do {
                try await runOnWikis(wiki, spec: spec, workspace: workspace, code: code, read: "no wiki read", hint: "check the manifest's wikis") {
                    entry, unit async throws(LiveError) in
                    guard let client = connections.client(entry.wiki) else { throw .noAPI(wiki: entry.wiki) }
                    do throws(MediaWikiError) {
                        return try await TranslateUnitHistory.read(
                            client, source: entry.source, unit: unit, language: code, sourceLanguage: manifest.source)
                    } catch {
                        throw .wiki(error)
                    }
                }
            } catch let error as LiveError {
                throw error
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    /// The histories of one Translate unit (English, translation), read when the wiki gave only states.
    typealias UnitHistories = (WikiPageLocation, String) async throws(LiveError) -> (english: TranslateUnitPage?, translation: TranslateUnitPage?)

    /// The English then and now for a translation on a wiki, whichever way the wiki was read.
    private func runOnWikis(
        _ wiki: WikiSnapshots, spec: DocumentSpec, workspace: Workspace, code: LanguageCode, read: String, hint: String,
        histories: UnitHistories? = nil
    ) async throws {
        let manifest = workspace.manifest
        let id = UnitID(unit)
        let local = LocalFilesReader(workspace: workspace)
        guard let english = wiki.dumpedEnglish(of: spec), let englishDocument = english.document else {
            let pages = spec.pages.map { "\($0.wiki):\($0.source)" }.joined(separator: ", ")
            Console.error("error: \(read) has the English of '\(spec.id)' (\(pages.isEmpty ? "it has no wiki pages" : pages)); \(hint)")
            throw Exit.inputError
        }
        let now = FingerprintedSource(englishDocument)
        let chosen = try translationPlace(spec, code: code, wiki: wiki)
        var page = try translationPage(spec, code: code, wiki: wiki, chosen: chosen, local: local, workspace: workspace)
        var englishUnits: [String: TranslateUnitPage]?
        if page.translateUnits != nil, let entry = spec.pages.first(where: { $0.wiki == chosen }) {
            englishUnits = wiki.snapshot(of: spec, entry: entry, languages: [code]).source.translateUnits
            if let histories, page.translateUnits?[id.rawValue]?.reported == .fuzzy {
                let (englishUnit, translationUnit) = try await histories(entry, id.rawValue)
                if let englishUnit { englishUnits?[id.rawValue] = englishUnit }
                if var translationUnit, let reported = page.translateUnits?[id.rawValue]?.reported {
                    translationUnit.reported = reported
                    page.translateUnits?[id.rawValue] = translationUnit
                }
            }
        }
        guard page.translateUnits != nil || englishDocument.unit(id) != nil else {
            Console.error("\(english.location): error: the English has no unit \(id)")
            throw Exit.inputError
        }
        let inference = HistoryInference(english: english.history)
        let (status, _) =
            page.translateUnits != nil
            ? StatusEvaluator.evaluateTranslate(
                page: page, source: now, englishUnitPages: englishUnits, document: spec.id, language: code, sourceLanguage: manifest.source,
                inference: inference)
            : StatusEvaluator.evaluate(page: page, source: now, document: spec.id, language: code, inference: inference)
        let unitStatus = status.units.first { $0.id == id }
        if page.translateUnits != nil, unitStatus == nil, !status.units.isEmpty {
            Console.error("\(english.location): error: Translate has no unit \(id) on \(chosen); its units are \(status.units.map(\.id.rawValue).joined(separator: ", "))")
            throw Exit.inputError
        }
        let englishUnit = englishDocument.unit(id)
        let englishUnitPage = englishUnits?[id.rawValue]
        let entry = spec.pages.first { $0.wiki == chosen }
        let sourceFile =
            englishUnitPage != nil && entry != nil
            ? PageLocation.wiki(id: chosen, title: TranslateTitles.unitPage(source: entry!.source, unit: id.rawValue, language: manifest.source)).description
            : english.location.description
        var output = Output(
            document: spec.id, language: code, unit: id, state: unitStatus?.state ?? .missing, translationFile: page.location.description,
            translationLine: page.translateUnits == nil ? unitStatus?.line : nil, sourceFile: sourceFile,
            sourceLine: englishUnit?.line ?? 0, recorded: unitStatus?.recorded, expected: now.hex(id) ?? "",
            now: englishUnitPage?.text ?? englishUnit?.text ?? "", then: nil, history: .notNeeded, historyNote: nil,
            changes: [], place: page.location.place, provenance: unitStatus?.provenance, translatedIn: unitStatus?.evidence?.translation,
            sourceRevision: englishUnitPage?.revision ?? english.revision, signal: unitStatus?.evidence?.signal)
        if output.state == .extra { output.state = .missing }
        if output.state == .stale {
            if let englishUnitPage, let translation = page.translateUnits?[id.rawValue] {
                // A Translate unit: the English unit page as it was when the translation was saved.
                if let then = TranslateInference.englishThen(translation: translation, english: englishUnitPage), let text = then.text {
                    output.history = .found
                    output.translatedIn = translation.revision
                    output.then = Output.Then(text: text, revision: then.id, timestamp: then.timestamp)
                    output.changes = Self.changes(old: text, new: englishUnitPage.text)
                } else {
                    output.history = .notFound
                    output.historyNote = "the history of \(sourceFile) read does not reach back to when the translation was saved"
                }
            } else if let source = unitStatus?.evidence?.source, let revision = english.history.revision(source.id), let text = revision.text,
                let old = WikitextDocument(text).unit(id), let englishUnit
            {
                output.history = .found
                output.then = Output.Then(text: old.text, revision: source.id, timestamp: source.timestamp)
                output.changes = Self.changes(old: old.text, new: englishUnit.text)
            } else if unitStatus?.provenance == .inferred {
                output.history = .notFound
                output.historyNote = "the English had no unit \(id) when it was translated"
            } else if let recorded = unitStatus?.recorded {
                output.history = .notFound
                output.historyNote = "no revision has src=\(recorded); \(english.history.revisions.count) revisions of \(english.location) searched"
            } else {
                output.history = .notFound
                output.historyNote = "the history read does not show when the translation was made"
            }
        }
        switch format {
        case .json: Console.out(JSONRenderer().render(output))
        case .terminal:
            var outputOptions = OutputOptions()
            outputOptions.color = color
            Console.out(render(output, outputOptions.style))
        }
    }

    /// Where the translation is read: `--place`, else the first wiki read that covers it, else local.
    private func translationPlace(_ spec: DocumentSpec, code: LanguageCode, wiki: WikiSnapshots) throws -> String {
        let covered = spec.pages.filter { wiki.pages.has($0.wiki) }.map(\.wiki) + [spec.copies[code]?.wiki].compactMap { $0 }.filter(wiki.pages.has)
        return place ?? covered.first ?? "local"
    }

    /// The translation page at the chosen place, with its history (and unit pages on a translatable page).
    private func translationPage(
        _ spec: DocumentSpec, code: LanguageCode, wiki: WikiSnapshots, chosen: String, local: LocalFilesReader, workspace: Workspace
    ) throws -> PageState {
        let covered = spec.pages.filter { wiki.pages.has($0.wiki) }.map(\.wiki) + [spec.copies[code]?.wiki].compactMap { $0 }.filter(wiki.pages.has)
        if chosen == "local" {
            guard let path = spec.local?.translation.expanded(for: code) else { throw ValidationError("document '\(spec.id)' has no local files") }
            return try reading { () throws(ReaderError) in
                try LocalFilesReader.readPage(path: path, absolute: workspace.path(path), kind: spec.kind, document: spec.id, language: code)
            }
        }
        if let entry = spec.pages.first(where: { $0.wiki == chosen }), wiki.pages.has(chosen) {
            return wiki.snapshot(of: spec, entry: entry, languages: [code]).translations[code]!
        }
        if let copy = spec.copies[code], copy.wiki == chosen, wiki.pages.has(chosen) {
            return WikiSnapshots.state(wiki.pages.page(copy.title, on: chosen), wiki: chosen, title: copy.title, kind: spec.kind, document: spec.id, language: code)
        }
        let places = ["local"] + covered
        throw ValidationError("--place \(chosen): no \(code) translation of '\(spec.id)' there that a dump covers; use one of: \(places.joined(separator: ", "))")
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

    static func changes(old: String, new: String) -> [Output.Change] {
        WordDiff(old: old, new: new).operations.map { op in
            switch op {
            case .equal(let text): Output.Change(op: "equal", text: text)
            case .delete(let text): Output.Change(op: "delete", text: text)
            case .insert(let text): Output.Change(op: "insert", text: text)
            }
        }
    }

    private func render(_ output: Output, _ style: TerminalStyle) -> String {
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
                out += "Current: nothing in the dump shows Translate marking this translation outdated (\(Self.signal(output.signal))).\n"
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
                case .translateInferred?: "current when the translation was last saved\(when); outdated since (\(Self.signal(output.signal)))"
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

    private func pickDocument(_ manifest: Manifest, wikis: Bool = false) throws -> DocumentSpec {
        let candidates = manifest.documents.filter { $0.kind == .wikitext && ($0.local != nil || (wikis && !$0.pages.isEmpty)) }
        if let document {
            guard let spec = manifest.document(document) else {
                throw ValidationError("unknown document '\(document)'; the manifest has: \(manifest.documents.map(\.id).joined(separator: ", "))")
            }
            guard spec.kind == .wikitext else {
                // A deck's stamp record keeps fingerprints, not the English text, so there is nothing to diff against.
                throw ValidationError(
                    "'\(spec.id)' is a slide deck: diff compares wikitext units; open the English deck beside the translation, then run `transtrack stamp LANG --document \(spec.id)`")
            }
            return spec
        }
        guard candidates.count == 1 else {
            throw ValidationError("name the document with --document: \(candidates.map(\.id).joined(separator: ", "))")
        }
        return candidates[0]
    }

    private func load(_ path: String, _ workspace: Workspace, _ spec: DocumentSpec, _ code: LanguageCode) throws -> WikitextDocument {
        let page = try reading { () throws(ReaderError) in
            try LocalFilesReader.readPage(path: path, absolute: workspace.path(path), kind: .wikitext, document: spec.id, language: code)
        }
        guard page.exists else {
            Console.error("\(path): error: no such file")
            throw Exit.inputError
        }
        guard let document = page.document else {
            page.findings.forEach { Console.error("\($0.locationText ?? path): error: \($0.message)") }
            throw Exit.inputError
        }
        return document
    }
}
