import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a file so that readers see either the old contents or the new, never a mix: the bytes
/// go to a temporary file in the same folder, are flushed, and the temporary file is renamed
/// over the target. The target's permissions are kept.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(ReaderError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = "\(folder)/.\(url.lastPathComponent).transtrack-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        var mode: mode_t = 0o644
        var info = stat()
        if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += n
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0, fchmodat(AT_FDCWD, temporary, mode, 0) != 0 { failure = errno }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw .unwritable(path: path, reason: String(cString: strerror(failure)))
        }
    }

    public static func write(_ text: String, to path: String) throws(ReaderError) {
        try write(Array(text.utf8), to: path)
    }
}
