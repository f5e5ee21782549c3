import Foundation

/// Where the multistream index of a dump is: named with `--index`, or found beside the dump by
/// Wikimedia's naming (`X-multistream.xml.bz2` → `X-multistream-index.txt.bz2`, or the same
/// decompressed, `X-multistream-index.txt`).
package struct DumpIndex: Sendable, Hashable {
    /// The index file.
    package var path: String
    /// Whether the user named it (`--index`), rather than it being found by name.
    package var given: Bool

    package init(path: String, given: Bool) {
        self.path = path
        self.given = given
    }

    /// The index beside a dump named like a Wikimedia multistream dump, when there is one.
    package static func beside(_ dump: String) -> DumpIndex? {
        let suffix = "-multistream.xml.bz2"
        guard dump.hasSuffix(suffix) else { return nil }
        let stem = String(dump.dropLast(suffix.count)) + "-multistream-index.txt"
        for candidate in [stem + ".bz2", stem] where FileManager.default.fileExists(atPath: candidate) {
            return DumpIndex(path: candidate, given: false)
        }
        return nil
    }
}
