import Foundation
import TranslationTracker
import TranslationTrackerReaders

/// `transtrack check --source en.wiki --translation fr=fr.wiki`: one English file and its
/// translations checked without a manifest, through the same evaluator as a workspace (a
/// one-document manifest is made from the paths).
public struct PairCheck: Sendable {
    /// The English file.
    public var source: String
    /// The English file's language.
    public var sourceLanguage: LanguageCode
    /// Language and path of each translation, in the order given.
    public var translations: [(language: LanguageCode, path: String)]

    /// Parses `LANG=FILE` arguments; a malformed one, a bad code, the source language or a
    /// language given twice is a usage error.
    public init(source: String, sourceLanguage: LanguageCode, arguments: [String]) throws(TrackerError) {
        var pairs: [(LanguageCode, String)] = []
        for value in arguments {
            let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else {
                throw .usage("--translation '\(value)' must be LANG=FILE, e.g. fr=summary.fr.wiki")
            }
            let code = LanguageCode(parts[0])
            guard code.isWellFormed else { throw .usage("'\(parts[0])' is not a language code such as fr or pt-br") }
            guard code != sourceLanguage else { throw .usage("'\(code)' is the source language; translations need another code") }
            guard !pairs.contains(where: { $0.0 == code }) else { throw .usage("language '\(code)' is given twice") }
            pairs.append((code, parts[1]))
        }
        self.source = source
        self.sourceLanguage = sourceLanguage
        translations = pairs.map { (language: $0.0, path: $0.1) }
    }

    /// Reads the files (paths relative to `currentDirectory`) and evaluates them with every content check.
    public func report(currentDirectory: String) throws(TrackerError) -> StatusReport {
        let documentID = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
        let spec = DocumentSpec(id: documentID, name: documentID, kind: .wikitext)
        let languages = [Language(code: sourceLanguage, name: sourceLanguage.rawValue, autonym: sourceLanguage.rawValue)]
            + translations.map { Language(code: $0.language, name: $0.language.rawValue, autonym: $0.language.rawValue) }
        let manifest = Manifest(source: sourceLanguage, languages: languages, documents: [spec])
        func read(_ path: String, _ language: LanguageCode) throws(TrackerError) -> PageState {
            let page: PageState
            do throws(ReaderError) {
                page = try LocalFilesReader.readPage(
                    path: path, absolute: Workspace.absolute(path, from: currentDirectory), kind: .wikitext, document: documentID, language: language)
            } catch {
                throw .files(error)
            }
            // A file named on the command line that cannot be read (not UTF-8) is an input error,
            // not a translation with no units: nothing in it was checked, so nothing may pass.
            let unreadable = page.findings.filter { $0.severity == .error }
            if page.exists, page.document == nil, !unreadable.isEmpty {
                throw .input(unreadable.map { "\($0.locationText ?? path): error: \($0.message)" }.joined(separator: "\n"))
            }
            return page
        }
        let sourcePage = try read(source, sourceLanguage)
        guard sourcePage.exists else { throw .input("\(source): error: no such file; pass the English source with --source") }
        var pages: [LanguageCode: PageState] = [:]
        for translation in translations { pages[translation.language] = try read(translation.path, translation.language) }
        let snapshot = Snapshot(documents: [DocumentSnapshot(document: spec, source: sourcePage, translations: pages)])
        return StatusEvaluator(checks: CheckRunner()).evaluate(snapshot, manifest: manifest)
    }
}
