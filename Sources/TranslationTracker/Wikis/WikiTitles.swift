/// Which pages to read on each wiki: the manifest's documents turned into wiki titles.
///
/// For a `pages` entry on a wiki: its source page and each language's translation page
/// (the `{lang}` pattern expanded); for a translatable page also the Translate extension's unit
/// pages `Translations:PAGE/UNIT/LANG`, matched by prefix since unit names are not known in
/// advance, in the chosen languages and in the source language (the English unit pages, whose
/// history says when each unit changed). For `copies`: each language's copy on its own wiki. Titles are compared
/// normalized (``WikiTitle``), so the manifest may use underscores.
///
/// A dump reader builds one filter per wiki from this and reads each dump once:
/// ```swift
/// let titles = WikiTitles(manifest: manifest)
/// let wants = titles.filter(for: "meta")   // keeps only the pages tracking needs
/// ```
package struct WikiTitles: Sendable {
    /// Why a page is read.
    package enum Role: Sendable, Hashable {
        /// The English source of a `pages` entry.
        case source
        /// A language's translation page of a `pages` entry.
        case translation(LanguageCode)
        /// A language's copy on its own wiki.
        case copy(LanguageCode)
    }

    /// One page a document needs.
    package struct Entry: Sendable, Hashable {
        package var document: String
        package var role: Role
        /// The title as the manifest declares it.
        package var title: String
    }

    /// The unit pages of one translatable page, for the chosen languages.
    package struct UnitPages: Sendable, Hashable {
        package var document: String
        /// The translatable page, as declared.
        package var source: String
        /// `Translations:PAGE/`, normalized.
        package var prefix: String
        /// The chosen target languages.
        package var languages: Set<LanguageCode>
        /// The source language, whose unit pages are read too.
        package var sourceLanguage: LanguageCode

        /// Whether a unit page in this language is read: a chosen language or the source.
        package func reads(_ language: LanguageCode) -> Bool { language == sourceLanguage || languages.contains(language) }
    }

    /// Wiki id → normalized title → what needs it.
    private var entries: [String: [String: [Entry]]] = [:]
    private var unitPages: [String: [UnitPages]] = [:]
    /// Wikis with something to read, in manifest order (undeclared wikis last, sorted).
    package private(set) var wikis: [String] = []

    /// The pages of the chosen documents and target languages (all when nil).
    package init(manifest: Manifest, documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil) {
        let targets = manifest.targets.map(\.code).filter { languages?.contains($0) ?? true }
        for document in manifest.documents where documents?.contains(document.id) ?? true {
            for page in document.pages {
                add(page.wiki, Entry(document: document.id, role: .source, title: page.source))
                for code in targets {
                    add(page.wiki, Entry(document: document.id, role: .translation(code), title: page.translation.expanded(for: code)))
                }
                if page.translatable, document.kind == .wikitext {
                    unitPages[page.wiki, default: []].append(
                        UnitPages(
                            document: document.id, source: page.source, prefix: TranslateTitles.unitPagePrefix(source: page.source),
                            languages: Set(targets), sourceLanguage: manifest.source))
                }
            }
            for code in targets {
                guard let copy = document.copies[code] else { continue }
                add(copy.wiki, Entry(document: document.id, role: .copy(code), title: copy.title))
            }
        }
        let declared = manifest.wikis.map(\.id)
        let used = Set(entries.keys)
        wikis = declared.filter(used.contains) + used.subtracting(declared).sorted()
    }

    private mutating func add(_ wiki: String, _ entry: Entry) {
        entries[wiki, default: [:]][WikiTitle.normalized(entry.title), default: []].append(entry)
    }

    /// Every exact title to read on a wiki, normalized.
    package func titles(on wiki: String) -> Set<String> { Set(entries[wiki].map { Array($0.keys) } ?? []) }

    /// What needs the page with this title on this wiki.
    package func entries(for title: String, on wiki: String) -> [Entry] { entries[wiki]?[WikiTitle.normalized(title)] ?? [] }

    /// The translatable pages on a wiki whose unit pages are read.
    package func unitPages(on wiki: String) -> [UnitPages] { unitPages[wiki] ?? [] }

    /// Whether a page of a dump of `wiki` is needed: one of its titles, or a unit page of one
    /// of its translatable pages in a chosen language.
    package func wants(_ title: String, on wiki: String) -> Bool {
        let normalized = WikiTitle.normalized(title)
        if entries[wiki]?[normalized] != nil { return true }
        guard let candidates = unitPages[wiki] else { return false }
        for pages in candidates where normalized.hasPrefix(pages.prefix) {
            if let parsed = TranslateTitles.parse(normalized, source: pages.source), pages.reads(parsed.language) { return true }
        }
        return false
    }

    /// ``wants(_:on:)`` for one wiki, as a dump reader's filter.
    package func filter(for wiki: String) -> @Sendable (String) -> Bool {
        let titles = self
        return { titles.wants($0, on: wiki) }
    }
}
