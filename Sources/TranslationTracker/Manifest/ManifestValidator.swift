/// Checks what the schema cannot: codes are well formed and declared once, ids resolve,
/// patterns name the language. Every problem is reported with its position.
struct ManifestValidator {
    let loaded: LoadedManifest

    private var manifest: Manifest { loaded.manifest }

    func validate() -> [ManifestDiagnostic] {
        var problems: [ManifestDiagnostic] = []
        func fail(_ path: String, _ message: String) {
            problems.append(ManifestDiagnostic(loaded.position(of: path), message))
        }

        if manifest.version != Manifest.currentVersion {
            if manifest.version > Manifest.currentVersion {
                fail("version", "manifest version \(manifest.version) is newer than this transtrack reads (\(Manifest.currentVersion)); upgrade transtrack")
            } else {
                fail("version", "manifest version \(manifest.version) is not supported; set 'version: \(Manifest.currentVersion)'")
            }
        }

        var firstSeen: [LanguageCode: Int] = [:]
        for (index, language) in manifest.languages.enumerated() {
            let path = "languages[\(index)].code"
            if !language.code.isWellFormed {
                fail(path, "language code '\(language.code)' is not a MediaWiki language code; use lowercase letters such as 'fr' or 'pt-br'")
            }
            if let first = firstSeen[language.code] {
                let at = loaded.position(of: "languages[\(first)].code")
                fail(path, "duplicate language code '\(language.code)' (first declared at line \(at.line)); remove one")
            } else {
                firstSeen[language.code] = index
            }
        }
        let codes = manifest.languages.map(\.code.rawValue)
        func checkLanguage(_ code: LanguageCode, at path: String) {
            if firstSeen[code] == nil {
                fail(path, "unknown language code '\(code)'\(Suggestion.hint(for: code.rawValue, in: codes)); declare it under 'languages:' first")
            }
        }
        checkLanguage(manifest.source, at: "source")

        var wikiIDs = Set<String>()
        for (index, wiki) in manifest.wikis.enumerated() {
            if !Manifest.isSafeID(wiki.id) {
                fail("wikis[\(index)].id", "wiki id '\(wiki.id)' must be lowercase letters, digits, '-' and '_', starting with a letter or digit, e.g. 'meta' or 'frwiki'; it names the wiki's folder in the cache")
            }
            if !wikiIDs.insert(wiki.id).inserted {
                fail("wikis[\(index)].id", "duplicate wiki id '\(wiki.id)'; each wiki needs its own id")
            }
            if !(wiki.api.hasPrefix("https://") || wiki.api.hasPrefix("http://")) {
                fail("wikis[\(index)].api", "the API URL of wiki '\(wiki.id)' must start with https:// (for example https://meta.wikimedia.org/w/api.php); http:// is used only for a wiki on this machine (localhost, 127.0.0.0/8, ::1)")
            }
            if let language = wiki.language { checkLanguage(language, at: "wikis[\(index)].language") }
        }
        func checkWiki(_ id: String, at path: String) {
            if !wikiIDs.contains(id) {
                let hint = Suggestion.hint(for: id, in: wikiIDs)
                fail(path, "unknown wiki '\(id)'\(hint); declare it under 'wikis:' first")
            }
        }
        func checkPattern(_ pattern: PathPattern, at path: String) {
            if !pattern.hasPlaceholder {
                fail(path, "the translation pattern '\(pattern)' has no {lang}; write where each language goes, e.g. 'locales/{lang}/summary.wiki'")
            }
            for token in pattern.unknownPlaceholders {
                fail(path, "unknown placeholder \(token) in '\(pattern)'; the only placeholder is {lang}")
            }
        }

        // Local paths name files that `stamp` rewrites, so none may point outside the root: not
        // absolute, no '..'. Symbolic links are resolved where the files are, by the Workspace.
        func checkInsideRoot(_ path: String, what: String, at key: String) {
            if path.hasPrefix("/") {
                fail(key, "\(what) '\(path)' is an absolute path; local paths are relative to the root ('root: \(manifest.root)'), e.g. 'locales/en/summary.wiki'")
            } else if path.split(separator: "/").contains("..") {
                fail(key, "\(what) '\(path)' leaves the root folder with '..'; local files must be inside the root ('root: \(manifest.root)'): write the path from the root without '..', or set 'root' to a folder that holds them")
            } else if path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                fail(key, "\(what) '\(path.debugDescription.dropFirst().dropLast())' contains a control character; remove it")
            }
        }

        var documentIDs = Set<String>()
        for (index, document) in manifest.documents.enumerated() {
            let base = "documents[\(index)]"
            if !documentIDs.insert(document.id).inserted {
                fail("\(base).id", "duplicate document id '\(document.id)'; each document needs its own id")
            }
            if !Manifest.isSafeID(document.id) {
                fail("\(base).id", "document id '\(document.id)' must be lowercase letters, digits, '-' and '_', starting with a letter or digit, e.g. 'summary' or 'plan-2024'")
            }
            if let local = document.local {
                checkInsideRoot(local.source, what: "the English source", at: "\(base).local.source")
                checkInsideRoot(local.translation.rawValue, what: "the translation pattern", at: "\(base).local.translation")
                checkPattern(local.translation, at: "\(base).local.translation")
                if local.source.isEmpty { fail("\(base).local.source", "the source path is empty; name the English file") }
                let extensions = DeckFormat.allCases.map { "." + $0.rawValue }.joined(separator: ", ")
                switch document.kind {
                case .file:
                    if !local.source.isEmpty, LocalLocation.deckFormat(of: local.source) == nil {
                        fail("\(base).local.source", "the English deck '\(local.source)' is not a slide deck; a file document's local files end in \(extensions)")
                    }
                    if LocalLocation.deckFormat(of: local.translation.rawValue) == nil {
                        fail("\(base).local.translation", "the translation pattern '\(local.translation)' is not a slide deck; a file document's local files end in \(extensions)")
                    }
                case .wikitext:
                    if local.formats != nil {
                        fail("\(base).local.formats", "'formats' lists deck formats, and '\(document.id)' is wikitext; remove it, or set 'kind: file'")
                    }
                }
            }
            for (p, page) in document.pages.enumerated() {
                checkWiki(page.wiki, at: "\(base).pages[\(p)].wiki")
                checkPattern(page.translation, at: "\(base).pages[\(p)].translation")
            }
            for (code, copy) in document.copies.sorted(by: { $0.key < $1.key }) {
                checkLanguage(code, at: "\(base).copies.\(code)#key")
                checkWiki(copy.wiki, at: "\(base).copies.\(code).wiki")
            }
        }
        if let publish = manifest.publish {
            checkWiki(publish.wiki, at: "publish.wiki")
            if publish.table.allSatisfy(\.isWhitespace) {
                fail("publish.table", "the table's title is empty; name the page the coverage table goes on")
            }
            if let worklists = publish.worklists { checkPattern(worklists, at: "publish.worklists") }
        }
        let checkIDs = CheckRegistry.ids
        for (path, id) in manifest.checks.namedChecks where !checkIDs.contains(id) {
            fail(path, "unknown check '\(id)'\(Suggestion.hint(for: id, in: checkIDs)); the checks are: \(checkIDs.joined(separator: ", "))")
        }
        for code in manifest.checks.languages.keys.sorted() {
            checkLanguage(code, at: "checks.languages.\(code)#key")
        }
        return problems.sorted { ($0.position.line, $0.position.column) < ($1.position.line, $1.position.column) }
    }
}
