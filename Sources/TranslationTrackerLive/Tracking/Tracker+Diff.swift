import TranslationTracker
import TranslationTrackerReaders

extension Tracker {
    /// What one translated unit was made from, next to today's English (`transtrack diff`).
    ///
    /// From the local files, the old English is found in the git history of the source file by
    /// the fingerprint the translation records. With wikis read (`places`), it comes from the
    /// wiki's own revisions at `place` (default: the first wiki read that has the translation):
    /// the English revision the unit's `src=` names or, without one, the English current when the
    /// unit last changed; on a translatable page, the English unit page as it was when the
    /// translation was last saved (read live, that unit's two histories are asked for then).
    public func diff(
        _ places: Places, language code: LanguageCode, unit: UnitID, document: String? = nil, place: String? = nil
    ) async throws(TrackerError) -> UnitDiff {
        let manifest = workspace.manifest
        let local = LocalFilesReader(workspace: workspace)
        guard places.readsWikis else {
            if place != nil { throw .usage("--place needs --dump WIKI=FILE, --live or --offline") }
            return try diffLocal(spec: try pickDocument(document, wikis: false), code: code, id: unit)
        }
        let spec = try pickDocument(document, wikis: true)
        let titles = WikiTitles(manifest: manifest, documents: [spec.id], languages: [code])
        switch places {
        case .local:
            preconditionFailure("handled above")
        case .dumps(let given):
            let wiki: WikiSnapshots
            do throws(WikiDumpError) { wiki = try DumpStatusReader(local: local, dumps: given).snapshots(documents: [spec.id], languages: [code], everyText: true) } catch {
                throw .dumps(error)
            }
            return try await diffOnWikis(wiki, spec: spec, code: code, id: unit, place: place, read: "no dump given", hint: "pass --dump for that wiki")
        case .offline:
            let snapshot: LiveSnapshot
            do throws(LiveError) { (snapshot, _) = try await LiveStatusReader(local: local).snapshot(.offline, documents: [spec.id], languages: [code]) } catch {
                throw .wikis(error)
            }
            let wiki = WikiSnapshots(pages: snapshot.wikiPages(titles: titles), manifest: manifest)
            return try await diffOnWikis(wiki, spec: spec, code: code, id: unit, place: place, read: "the cache", hint: "run transtrack fetch")
        case .live(let connections):
            let snapshot: LiveSnapshot
            do throws(LiveError) {
                (snapshot, _) = try await LiveStatusReader(local: local).snapshot(
                    .live(LiveReader(connections: connections)), documents: [spec.id], languages: [code])
            } catch {
                throw .wikis(error)
            }
            let wiki = WikiSnapshots(pages: snapshot.wikiPages(titles: titles), manifest: manifest)
            return try await diffOnWikis(wiki, spec: spec, code: code, id: unit, place: place, read: "no wiki read", hint: "check the manifest's wikis") {
                entry, name async throws(TrackerError) in
                guard let client = connections.client(entry.wiki) else { throw .wikis(.noAPI(wiki: entry.wiki)) }
                do throws(MediaWikiError) {
                    return try await TranslateUnitHistory.read(client, source: entry.source, unit: name, language: code, sourceLanguage: manifest.source)
                } catch {
                    throw .wikis(.wiki(error))
                }
            }
        }
    }

    /// The wikitext document to diff: the one named, or the only one there is.
    func pickDocument(_ document: String?, wikis: Bool) throws(TrackerError) -> DocumentSpec {
        let manifest = workspace.manifest
        let candidates = manifest.documents.filter { $0.kind == .wikitext && ($0.local != nil || (wikis && !$0.pages.isEmpty)) }
        if let document {
            guard let spec = manifest.document(document) else {
                throw .usage("unknown document '\(document)'; the manifest has: \(manifest.documents.map(\.id).joined(separator: ", "))")
            }
            guard spec.kind == .wikitext else {
                // A deck's stamp record keeps fingerprints, not the English text, so there is nothing to diff against.
                throw .usage(
                    "'\(spec.id)' is a slide deck: diff compares wikitext units; open the English deck beside the translation, then run `transtrack stamp LANG --document \(spec.id)`")
            }
            return spec
        }
        guard candidates.count == 1 else { throw .usage("name the document with --document: \(candidates.map(\.id).joined(separator: ", "))") }
        return candidates[0]
    }

    /// From the local files and the source file's git history.
    func diffLocal(spec: DocumentSpec, code: LanguageCode, id: UnitID) throws(TrackerError) -> UnitDiff {
        guard let local = spec.local else { throw .usage("document '\(spec.id)' has no local files") }
        let source = try load(local.source, spec: spec, language: workspace.manifest.source)
        let translationPath = local.translation.expanded(for: code)
        let translation = try load(translationPath, spec: spec, language: code)
        guard let english = source.unit(id) else { throw .input("\(local.source): error: the English has no unit \(id)") }
        let translated = UnitMatcher.match(source: source, translation: translation).units.first { $0.id == id }
        let now = english.fingerprint
        var output = UnitDiff(
            document: spec.id, language: code, unit: id, state: .missing, translationFile: translationPath, translationLine: translated?.line,
            sourceFile: local.source, sourceLine: english.line, recorded: translated?.recorded?.hex, expected: now.hex, now: english.text)
        guard let translated else { return output }
        guard let recorded = translated.recorded else {
            output.state = .unverified
            return output
        }
        output.state = recorded.matches(now) ? .current : .stale
        guard output.state == .stale else { return output }
        switch GitHistory(folder: workspace.root).findUnit(path: local.source, id: id, matching: recorded) {
        case .found(let old):
            output.history = .found
            output.then = UnitDiff.Then(text: old.text, commit: old.commit, date: old.date)
            output.changes = UnitDiff.changes(old: old.text, new: english.text)
        case .notFound(let searched):
            output.history = .notFound
            output.historyNote = "\(searched) commits searched"
        case .unavailable(let reason):
            output.history = .unavailable
            output.historyNote = reason
        }
        return output
    }

    private func load(_ path: String, spec: DocumentSpec, language: LanguageCode) throws(TrackerError) -> WikitextDocument {
        let page: PageState
        do throws(ReaderError) {
            page = try LocalFilesReader.readPage(path: path, absolute: workspace.path(path), kind: .wikitext, document: spec.id, language: language)
        } catch {
            throw .files(error)
        }
        guard page.exists else { throw .input("\(path): error: no such file") }
        guard let document = page.document else {
            throw .input(page.findings.map { "\($0.locationText ?? path): error: \($0.message)" }.joined(separator: "\n"))
        }
        return document
    }

    /// The histories of one Translate unit (English, translation), read when the wiki gave only states.
    typealias UnitHistories = (WikiPageLocation, String) async throws(TrackerError) -> (english: TranslateUnitPage?, translation: TranslateUnitPage?)

    /// The English then and now for a translation on a wiki, whichever way the wiki was read.
    func diffOnWikis(
        _ wiki: WikiSnapshots, spec: DocumentSpec, code: LanguageCode, id: UnitID, place: String?, read: String, hint: String,
        histories: UnitHistories? = nil
    ) async throws(TrackerError) -> UnitDiff {
        let manifest = workspace.manifest
        guard let english = wiki.dumpedEnglish(of: spec), let englishDocument = english.document else {
            let pages = spec.pages.map { "\($0.wiki):\($0.source)" }.joined(separator: ", ")
            throw .input("error: \(read) has the English of '\(spec.id)' (\(pages.isEmpty ? "it has no wiki pages" : pages)); \(hint)")
        }
        let now = FingerprintedSource(englishDocument)
        let covered = spec.pages.filter { wiki.pages.has($0.wiki) }.map(\.wiki) + [spec.copies[code]?.wiki].compactMap { $0 }.filter(wiki.pages.has)
        let chosen = place ?? covered.first ?? "local"
        var page = try translationPage(spec, code: code, wiki: wiki, chosen: chosen, covered: covered)
        var englishUnits: [String: TranslateUnitPage]?
        let entry = spec.pages.first { $0.wiki == chosen }
        if page.translateUnits != nil, let entry {
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
            throw .input("\(english.location): error: the English has no unit \(id)")
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
            throw .input(
                "\(english.location): error: Translate has no unit \(id) on \(chosen); its units are \(status.units.map(\.id.rawValue).joined(separator: ", "))")
        }
        let englishUnit = englishDocument.unit(id)
        let englishUnitPage = englishUnits?[id.rawValue]
        let sourceFile =
            if englishUnitPage != nil, let entry {
                PageLocation.wiki(id: chosen, title: TranslateTitles.unitPage(source: entry.source, unit: id.rawValue, language: manifest.source)).description
            } else {
                english.location.description
            }
        var output = UnitDiff(
            document: spec.id, language: code, unit: id, state: unitStatus?.state ?? .missing, translationFile: page.location.description,
            translationLine: page.translateUnits == nil ? unitStatus?.line : nil, sourceFile: sourceFile, sourceLine: englishUnit?.line ?? 0,
            recorded: unitStatus?.recorded, expected: now.hex(id) ?? "", now: englishUnitPage?.text ?? englishUnit?.text ?? "",
            place: page.location.place, provenance: unitStatus?.provenance, translatedIn: unitStatus?.evidence?.translation,
            sourceRevision: englishUnitPage?.revision ?? english.revision, signal: unitStatus?.evidence?.signal)
        if output.state == .extra { output.state = .missing }
        guard output.state == .stale else { return output }
        if let englishUnitPage, let translation = page.translateUnits?[id.rawValue] {
            // A Translate unit: the English unit page as it was when the translation was saved.
            if let then = TranslateInference.englishThen(translation: translation, english: englishUnitPage), let text = then.text {
                output.history = .found
                output.translatedIn = translation.revision
                output.then = UnitDiff.Then(text: text, revision: then.id, timestamp: then.timestamp)
                output.changes = UnitDiff.changes(old: text, new: englishUnitPage.text)
            } else {
                output.history = .notFound
                output.historyNote = "the history of \(sourceFile) read does not reach back to when the translation was saved"
            }
        } else if let source = unitStatus?.evidence?.source, let revision = english.history.revision(source.id), let text = revision.text,
            let old = WikitextDocument(text).unit(id), let englishUnit
        {
            output.history = .found
            output.then = UnitDiff.Then(text: old.text, revision: source.id, timestamp: source.timestamp)
            output.changes = UnitDiff.changes(old: old.text, new: englishUnit.text)
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
        return output
    }

    /// The translation page at the chosen place, with its history (and unit pages on a translatable page).
    private func translationPage(_ spec: DocumentSpec, code: LanguageCode, wiki: WikiSnapshots, chosen: String, covered: [String]) throws(TrackerError)
        -> PageState
    {
        if chosen == "local" {
            guard let path = spec.local?.translation.expanded(for: code) else { throw .usage("document '\(spec.id)' has no local files") }
            do throws(ReaderError) {
                return try LocalFilesReader.readPage(path: path, absolute: workspace.path(path), kind: spec.kind, document: spec.id, language: code)
            } catch {
                throw .files(error)
            }
        }
        if let entry = spec.pages.first(where: { $0.wiki == chosen }), wiki.pages.has(chosen) {
            return wiki.snapshot(of: spec, entry: entry, languages: [code]).translations[code]!
        }
        if let copy = spec.copies[code], copy.wiki == chosen, wiki.pages.has(chosen) {
            return WikiSnapshots.state(wiki.pages.page(copy.title, on: chosen), wiki: chosen, title: copy.title, kind: spec.kind, document: spec.id, language: code)
        }
        let places = ["local"] + covered
        throw .usage("--place \(chosen): no \(code) translation of '\(spec.id)' there that the wikis read cover; use one of: \(places.joined(separator: ", "))")
    }
}
