import TranslationTrackerReaders

/// Why live reading failed; the CLI prints the message and exits 2. Every message names the
/// wiki or file concerned and what to do.
public enum LiveError: Error, Sendable, CustomStringConvertible {
    /// A wiki failed while being read (unreachable, lagging past every retry, an API error).
    /// Nothing was written to the cache.
    case wiki(MediaWikiError)
    /// The manifest gives a wiki no usable API URL.
    case noAPI(wiki: String)
    /// `--offline` and a page the documents need was never fetched.
    case notCached(wiki: String, title: String, cache: String)
    /// A cache file exists but is not one this version wrote.
    case unreadableCache(path: String, reason: String)
    /// The cache could not be written, or a local file read.
    case reader(ReaderError)

    public var description: String {
        switch self {
        case .wiki(let error):
            "error: \(error.description); nothing was written to the cache"
        case .noAPI(let wiki):
            "error: the manifest gives wiki '\(wiki)' no usable API URL; add `api: https://…/w/api.php` to its entry under `wikis:`"
        case .notCached(let wiki, let title, let cache):
            "error: \(wiki): '\(title)' is not in the cache (\(cache)); run `transtrack fetch` while online first, or drop --offline"
        case .unreadableCache(let path, let reason):
            "error: cannot read the cache file \(path) (\(reason)); delete it and run `transtrack fetch`"
        case .reader(let error):
            error.description
        }
    }
}
