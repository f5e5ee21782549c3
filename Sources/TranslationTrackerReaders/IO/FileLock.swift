import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive advisory lock (`flock`) on an existing file, held from ``acquire(_:)`` until
/// ``release()``: two processes that read, change and atomically rewrite the same file take
/// turns instead of each writing over the other's change.
///
/// The lock is on the file itself, so it leaves nothing behind. An atomic write replaces the
/// file by rename, so a waiter may wake holding a lock on a file that is no longer at the path;
/// ``acquire(_:)`` then locks the new one, and the holder re-reads the file after acquiring.
///
/// ```swift
/// if let lock = try FileLock.acquire(path) { defer { lock.release() } … read, change, AtomicFile.write … }
/// ```
package final class FileLock {
    private var descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    /// Waits for the lock on `path`; nil when the file does not exist (there is nothing to guard).
    package static func acquire(_ path: String) throws(ReaderError) -> FileLock? {
        while true {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            if fd < 0 {
                if errno == ENOENT { return nil }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            var result: Int32
            repeat { result = flock(fd, LOCK_EX) } while result != 0 && errno == EINTR
            if result != 0 {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw .unreadable(path: path, reason: "cannot lock it: \(reason)")
            }
            var held = stat(), current = stat()
            if fstat(fd, &held) == 0, stat(path, &current) == 0, held.st_dev == current.st_dev, held.st_ino == current.st_ino {
                return FileLock(descriptor: fd)
            }
            // Replaced while we waited: lock the file now at the path instead.
            close(fd)
        }
    }

    /// Lets the next waiter in. Safe to call twice.
    package func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
