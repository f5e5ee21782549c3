import TranslationTracker

/// Reads a local slide deck, and its stamp record beside it, into a page state.
///
/// A deck that cannot be read, or a stamp record that is not one, becomes a finding on the
/// page rather than a thrown error, as a file that is not UTF-8 does for wikitext: one broken
/// translation must not hide the status of every other.
package struct DeckPageReader: Sendable {
    /// Maps a root-relative path to an absolute one.
    package var absolute: @Sendable (String) -> String

    package init(absolute: @escaping @Sendable (String) -> String) { self.absolute = absolute }

    package init(workspace: Workspace) {
        let root = workspace
        self.absolute = { root.path($0) }
    }

    /// Reads the first of `candidates` (root-relative paths, in order of preference) that exists.
    /// When more than one exists, the others are named in a warning: only one deck per language
    /// can be tracked.
    package func read(candidates: [String], document: String, language: LanguageCode, isSource: Bool = false) throws(ReaderError) -> PageState {
        let existing = candidates.filter { FileBytes.exists(absolute($0)) }
        guard let path = existing.first else { return .absent(.file(path: candidates.first ?? "")) }
        var findings: [Finding] = []
        if existing.count > 1 {
            findings.append(
                Finding(
                    check: StatusCheck.input, severity: .warning, document: document, language: language, file: path,
                    message: "\(existing.dropFirst().joined(separator: " and ")) also exist\(existing.count == 2 ? "s" : ""); only \(path) is tracked; remove the others"))
        }
        let location = PageLocation.file(path: path)
        let deck: Deck
        do {
            deck = try DeckReader.read(path: absolute(path))
        } catch {
            findings.append(
                Finding(
                    check: StatusCheck.input, severity: .error, document: document, language: language, file: path,
                    message: Self.message(of: error, absolute: absolute(path))))
            return PageState(location: location, exists: true, findings: findings)
        }
        guard !isSource else { return PageState(location: location, exists: true, findings: findings, deck: deck) }
        let sidecar = DeckStamp.sidecarPath(of: path)
        var stamp: DeckStamp?
        if let bytes = try FileBytes.read(absolute(sidecar)) {
            do {
                stamp = try DeckStamp.decode(bytes)
            } catch {
                findings.append(
                    Finding(
                        check: StatusCheck.input, severity: .error, document: document, language: language, file: sidecar,
                        message: "\(error); delete it and run `transtrack stamp \(language) --document \(document)` once the deck follows the English"))
            }
        }
        return PageState(location: location, exists: true, findings: findings, deck: deck, deckStamp: stamp)
    }

    /// A deck error's message without its leading `path: error: `, since the finding names the file.
    static func message(of error: DeckError, absolute: String) -> String {
        let text = error.description
        let prefix = "\(absolute): error: "
        return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
    }
}
