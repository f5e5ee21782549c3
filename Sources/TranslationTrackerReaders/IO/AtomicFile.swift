import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a file so that readers see either the old contents or the new, never a mix: the bytes
/// go to a temporary file in the same folder, are flushed, and the temporary file is renamed
/// over the target. The target's permissions are kept.
///
/// Temporary files are named `.<name>.transtrack-<pid>-<n>.tmp`, which the repository's
/// `.gitignore` covers (`.*.transtrack-*.tmp`). A writer killed before its rename leaves one
/// behind; the next write to the same folder removes those whose process is gone.
package enum AtomicFile {
    /// A symbolic link at `requested` is written through (its target is replaced, the link kept);
    /// given `root`, the write is refused unless the file, links followed, is inside `root`.
    package static func write(_ bytes: [UInt8], to requested: String, inside root: String? = nil) throws(ReaderError) {
        try write(to: requested, inside: root) { write in try write(bytes) }
    }

    /// Like ``write(_:to:inside:)``, for contents produced a chunk at a time: `produce` is given
    /// a function that appends a chunk to the temporary file, so a large report is never whole
    /// in memory. When `produce` throws, the temporary file is removed and the target left as it was.
    package static func write(
        to requested: String, inside root: String? = nil, _ produce: (_ write: ([UInt8]) throws -> Void) throws -> Void
    ) throws(ReaderError) {
        let path = try destination(of: requested, inside: root)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        removeOrphanedTemporaries(in: folder)
        let temporary = "\(folder)/.\(url.lastPathComponent)\(temporaryMark)\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        var mode: mode_t = 0o644
        var info = stat()
        if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
        var failure: Int32 = 0
        var produced: (any Error)?
        do {
            try produce { chunk in
                var code: Int32 = 0
                chunk.withUnsafeBytes { buffer in
                    var written = 0
                    while written < buffer.count {
                        let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                        if n < 0 {
                            if errno == EINTR { continue }
                            code = errno
                            return
                        }
                        written += n
                    }
                }
                if code != 0 { throw ReaderError.unwritable(path: path, reason: String(cString: strerror(code))) }
            }
        } catch {
            produced = error
        }
        if produced == nil, fsync(fd) != 0 { failure = errno }
        close(fd)
        if produced == nil, failure == 0, fchmodat(AT_FDCWD, temporary, mode, 0) != 0 { failure = errno }
        if produced == nil, failure == 0, rename(temporary, path) != 0 { failure = errno }
        if let produced {
            unlink(temporary)
            if let error = produced as? ReaderError { throw error }
            throw .unwritable(path: path, reason: "\(produced)")
        }
        if failure != 0 {
            unlink(temporary)
            throw .unwritable(path: path, reason: String(cString: strerror(failure)))
        }
    }

    /// The file to replace for `path`: the target of a symbolic link, else `path` itself.
    static func destination(of path: String, inside root: String?) throws(ReaderError) -> String {
        let resolved = Workspace.resolvingSymlinks(path)
        if let root, !Workspace.isInside(resolved, folder: Workspace.resolvingSymlinks(root)) {
            throw .unwritable(path: path, reason: "it leads through a symbolic link to \(resolved), outside \(root); replace the link with the file")
        }
        var info = stat()
        let isLink = lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
        return isLink ? resolved : path
    }

    package static func write(_ text: String, to path: String) throws(ReaderError) {
        try write(Array(text.utf8), to: path)
    }

    private static let temporaryMark = ".transtrack-"

    /// The process id in one of our temporary file names, or nil for any other name.
    static func temporaryOwner(_ name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp"), let mark = name.range(of: temporaryMark, options: .backwards) else { return nil }
        let parts = name[mark.upperBound..<name.index(name.endIndex, offsetBy: -4)].split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let pid = pid_t(parts[0]), pid > 0
        else { return nil }
        return pid
    }

    /// Deletes our temporary files in `folder` whose writing process no longer runs (it was killed
    /// between creating and renaming). Best effort: a folder that cannot be listed is left alone,
    /// and a file whose process is alive, or cannot be signalled (EPERM: alive, someone else's), is kept.
    static func removeOrphanedTemporaries(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            guard let pid = temporaryOwner(name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink("\(folder)/\(name)")
        }
    }
}
