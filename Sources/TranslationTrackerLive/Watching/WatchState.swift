import Digests
import Foundation
import TranslationTracker

/// What `publish --watch` keeps between cycles and across restarts, in the cache folder: how
/// far it has read each wiki's recent changes, and what it published.
///
/// Resuming from it is only right for the same manifest, the same pages and the same version
/// of the tool (a newer one may render the table differently), so it also holds a key made of
/// those; a state with another key is ignored and the watcher starts with a full read.
package struct WatchState: Sendable, Codable, Hashable {
    /// The manifest, the published titles and the tool version, hashed.
    package var key: String
    /// Per wiki: the last recent change read.
    package var marks: [String: WatchMark]
    /// Per published title: the SHA-256 of the block last saved or found up to date there, so
    /// a restarted watcher does not read pages whose block has not changed.
    package var published: [String: String]

    package init(key: String, marks: [String: WatchMark] = [:], published: [String: String] = [:]) {
        self.key = key
        self.marks = marks
        self.published = published
    }

    /// The key of a watch: the manifest as loaded, where the table and worklists go, and the
    /// tool's version.
    package static func key(manifest: Manifest, table: String, worklists: PathPattern?) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let manifestBytes = (try? encoder.encode(manifest)) ?? Data()
        let hash = DigestStream(.sha256)
        hash.update(manifestBytes)
        hash.update("\u{0}\(table)\u{0}\(worklists?.rawValue ?? "")\u{0}\(ToolInfo.version)".utf8)
        return Hex.string(hash.finish())
    }

    /// The SHA-256 of a block, as ``published`` holds it.
    package static func digest(_ block: String) -> String {
        SHA256Digest.hex(block.utf8)
    }
}
