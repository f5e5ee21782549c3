import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Counts the times anything opened the watched files, from Linux's inotify. The kernel queues
/// the event while the open happens, so once the code under test has returned, the queue already
/// holds every open it made: no waiting, no sleeping, no race with a thread that saw the open.
public final class OpenWatch {
    private let fd: Int32
    private var seen = 0

    public init(_ paths: [String]) throws {
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw OpenWatchError(description: "inotify_init1: \(String(cString: strerror(errno)))") }
        for path in paths where inotify_add_watch(fd, path, UInt32(IN_OPEN)) < 0 {
            throw OpenWatchError(description: "inotify_add_watch \(path): \(String(cString: strerror(errno)))")
        }
    }

    deinit { close(fd) }

    /// Opens of the watched files since the watch began.
    public var opens: Int {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var at = 0
            while at + 16 <= count {
                // struct inotify_event: wd, mask, cookie, len (UInt32 each), then len bytes of name.
                let mask = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at + 4, as: UInt32.self) }
                let length = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: at + 12, as: UInt32.self) }
                if mask & UInt32(IN_OPEN) != 0 { seen += 1 }
                at += 16 + Int(length)
            }
        }
        return seen
    }
}

public struct OpenWatchError: Error, CustomStringConvertible {
    public var description: String
}
