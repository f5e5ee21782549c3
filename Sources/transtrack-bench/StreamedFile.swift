#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A large file written through a fixed buffer, so a gigabyte dump is generated in bounded
/// memory. The bytes go to a temporary name in the same folder that ``commit()`` renames into
/// place (STYLE.md rule 9): an interrupted generation never leaves a half dump that a later
/// benchmark run would take for a whole one.
final class StreamedFile {
    let path: String
    private let temporary: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private let capacity = 4 << 20
    /// Bytes written so far, buffered or not.
    private(set) var count = 0
    /// The first write that failed (a full disk); reported by ``commit()``.
    private var failure: String?

    init(path: String) throws(BenchError) {
        self.path = path
        temporary = path + ".partial-\(getpid())"
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .input("cannot write \(temporary): \(String(cString: strerror(errno))); choose a writable folder")
        }
        buffer.reserveCapacity(capacity)
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporary)
        }
    }

    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    func append(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { append($0) } }

    func append(_ bytes: ArraySlice<UInt8>) { bytes.withUnsafeBufferPointer { append($0) } }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        count += bytes.count
        if buffer.count >= capacity { flush() }
    }

    /// A non-negative integer in decimal, zero-padded to `width` digits.
    func append(number: Int, width: Int = 1) {
        precondition(number >= 0)
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { storage in
            var value = number
            var start = storage.count
            repeat {
                start -= 1
                storage[start] = 0x30 + UInt8(value % 10)
                value /= 10
            } while value > 0 || storage.count - start < width
            append(UnsafeBufferPointer(start: storage.baseAddress!.assumingMemoryBound(to: UInt8.self) + start, count: storage.count - start))
        }
    }

    /// Text for an element or attribute: `<`, `>`, `&` and `"` become entities, as MediaWiki
    /// writes them.
    func append(escaping text: String) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "\""): append("&quot;")
            default:
                buffer.append(byte)
                count += 1
            }
        }
        if buffer.count >= capacity { flush() }
    }

    /// Writes what is buffered, closes, and renames the file into place.
    func commit() throws(BenchError) {
        flush()
        let status = close(descriptor)
        descriptor = -1
        if let failure {
            unlink(temporary)
            throw .input("cannot write \(temporary): \(failure)")
        }
        guard status == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .input("cannot write \(path): \(reason)")
        }
    }

    private func flush() {
        if failure == nil {
            buffer.withUnsafeBytes { bytes in
                var offset = 0
                while offset < bytes.count {
                    let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        failure = String(cString: strerror(errno))
                        return
                    }
                    offset += written
                }
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
