import TranslationTrackerReaders

/// Where a command reads translations from, besides the local files it always reads: the
/// manifest's wikis from dump files, through the Action API now, or from the cache a previous
/// live read left. One value for every command (`status`, `missing`, `check`, `report`, `diff`,
/// `publish`), so each reads every place the same way.
public enum Places: Sendable {
    /// The local files only.
    case local
    /// Also the wikis these dumps or exports are of (`--dump WIKI=FILE`).
    case dumps([WikiDump])
    /// Also every wiki of the manifest, read now (`--live`); the cache is refreshed.
    case live(WikiConnections)
    /// Also every wiki of the manifest, from the cache alone (`--offline`).
    case offline

    /// Whether any wiki is read.
    public var readsWikis: Bool {
        if case .local = self { return false }
        return true
    }
}
