import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The decompressed bytes of a dump (a file, or standard input for `-`), read in large pieces:
/// memory holds one piece at a time, never the file.
///
/// The compression is told by the first bytes (``DumpCompression/detect(_:)``). Compressed input
/// is decompressed by a child process (`pigz`/`gzip`, `lbzip2`/`bzip2`, `xz`, `zstd`) that reads
/// the file itself, or standard input through a copying thread. Owns the file descriptor, the
/// child and its pipes: ``close()`` (or deinit) ends the child if it is still running.
final class DumpSource {
    /// The file as the user named it, or "standard input".
    let name: String
    private(set) var compression = DumpCompression.none
    /// Decompressed bytes returned so far.
    private(set) var offset = 0

    /// Bytes per piece.
    let pieceSize: Int
    /// What pieces are read from: the file, standard input, or the decompressor's output.
    private var input: Int32 = -1
    private var ownsInput = false
    /// The file (or standard input) that a decompressor reads, kept open until it exits.
    private var file: Int32 = -1
    private var ownsFile = false
    /// First bytes of plain input, read to tell the compression and not yet returned.
    private var head: [UInt8] = []
    private var child: Child?
    private var finished = false

    /// A running decompressor.
    private struct Child {
        let process: Process
        let command: String
        let errors: PipeDrain
    }

    /// Opens `path` (`-` for `standardInput`) and starts its decompressor if it is compressed.
    /// `searchPath` lists the folders where decompressors are looked for (default: `PATH`).
    init(path: String, standardInput: Int32 = STDIN_FILENO, searchPath: [String]? = nil, pieceSize: Int = 1 << 20)
        throws(DumpError)
    {
        self.pieceSize = max(pieceSize, 64)
        if path == "-" {
            name = "standard input"
            file = standardInput
        } else {
            name = path
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else {
                let reason = errno == ENOENT || errno == ENOTDIR ? "no such file" : String(cString: strerror(errno))
                throw .unreadable(path: path, reason: reason)
            }
            var info = stat()
            if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                Glibc.close(fd)
                throw .unreadable(path: path, reason: "it is a folder, not a file")
            }
            #if os(Linux)
                _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_SEQUENTIAL))
            #endif
            file = fd
            ownsFile = true
        }
        // Where the stream starts, to hand a seekable file to the decompressor from there.
        let origin = lseek(file, 0, SEEK_CUR)
        let sniffed: [UInt8]
        do { sniffed = try Self.readFully(file, count: 8) } catch {
            let reason = String(cString: strerror(error.code))
            closeDescriptors()
            throw .unreadable(path: name, reason: reason)
        }
        compression = DumpCompression.detect(sniffed)
        switch compression {
        case .none:
            head = sniffed
            input = file
            ownsInput = ownsFile
            ownsFile = false
            file = -1
        case .sevenZip:
            closeDescriptors()
            throw .unsupportedCompression(path: name, compression: compression)
        case .gzip, .bzip2, .xz, .zstd:
            do { try startDecompressor(origin: origin, sniffed: sniffed, searchPath: searchPath ?? Self.defaultSearchPath) } catch {
                closeDescriptors()
                throw error
            }
        }
    }

    deinit { close() }

    /// The next piece of at most `pieceSize` bytes, or nil at the end. At the end of compressed
    /// input the decompressor's exit status is checked, so a damaged file is an error here.
    func next() throws(DumpError) -> [UInt8]? {
        if finished { return nil }
        if !head.isEmpty {
            // Plain input: the sniffed bytes start the first piece.
            var piece = head
            head = []
            let rest: [UInt8]
            do { rest = try Self.readFully(input, count: pieceSize - piece.count) } catch {
                throw .unreadable(path: name, reason: String(cString: strerror(error.code)))
            }
            piece += rest
            offset += piece.count
            return piece
        }
        let piece: [UInt8]
        do { piece = try Self.readFully(input, count: pieceSize) } catch {
            throw .unreadable(path: name, reason: String(cString: strerror(error.code)))
        }
        if piece.isEmpty {
            finished = true
            try finishChild()
            return nil
        }
        offset += piece.count
        return piece
    }

    /// Stops reading: ends the decompressor if it still runs, and closes what this source opened.
    func close() {
        finished = true
        if let child {
            self.child = nil
            closeDescriptors()
            Self.stop(child.process)
            child.process.waitUntilExit()
            child.errors.wait()
        } else {
            closeDescriptors()
        }
    }

    // MARK: - The decompressor

    private static var defaultSearchPath: [String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init).filter { !$0.isEmpty }
        return folders.isEmpty ? ["/usr/local/bin", "/usr/bin", "/bin"] : folders
    }

    private func startDecompressor(origin: off_t, sniffed: [UInt8], searchPath: [String]) throws(DumpError) {
        let candidates = compression.decompressors
        var found: (path: String, program: String, arguments: [String])?
        search: for candidate in candidates {
            for folder in searchPath {
                let path = folder + "/" + candidate.program
                if access(path, X_OK) == 0, !FileBytes.isDirectory(path) {
                    found = (path, candidate.program, candidate.arguments)
                    break search
                }
            }
        }
        guard let found else {
            throw .decompressorMissing(path: name, compression: compression, tried: candidates.map(\.program))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: found.path)
        process.arguments = found.arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        // A seekable file is read by the decompressor itself, from where the stream starts; a pipe
        // (standard input) is copied to it by a thread, the sniffed bytes first.
        var inputPipe: Pipe?
        if origin >= 0, lseek(file, origin, SEEK_SET) == origin {
            process.standardInput = FileHandle(fileDescriptor: file, closeOnDealloc: false)
        } else {
            let pipe = Pipe()
            inputPipe = pipe
            process.standardInput = pipe
        }
        if let reason = Self.launch(process) {
            throw .unreadable(path: name, reason: "cannot run \(found.path): \(reason)")
        }
        let command = ([found.program] + found.arguments).joined(separator: " ")
        let drain = PipeDrain(errors.fileHandleForReading)
        if let inputPipe {
            // The copying thread owns the file from now on and closes it when done.
            PipeFeeder.start(first: sniffed, from: file, closing: ownsFile, to: inputPipe.fileHandleForWriting)
            file = -1
            ownsFile = false
        }
        input = output.fileHandleForReading.fileDescriptor
        #if os(Linux)
            // Fewer, larger reads: a 1 MiB pipe instead of 64 KiB (the default limit allows it).
            _ = fcntl(input, 1031 /* F_SETPIPE_SZ */, Int32(1 << 20))
        #endif
        child = Child(process: process, command: command, errors: drain)
        // The Pipe objects close their descriptors when released; keep the output's alive.
        outputPipe = output
    }

    private var outputPipe: Pipe?

    /// Starts a child from a thread of its own with no signal blocked, and returns why it could not.
    ///
    /// A child inherits the signal mask of the thread that starts it, and Foundation's Process does
    /// not reset it. Threads of Dispatch and Swift concurrency (where tests and async callers run)
    /// block most signals: lbzip2, whose threads wake its main thread with SIGUSR1/SIGUSR2, then
    /// waits forever, and not even SIGTERM ends it.
    private static func launch(_ process: Process) -> String? {
        let launch = Launch(process)
        let thread = Thread {
            var none = sigset_t()
            sigemptyset(&none)
            pthread_sigmask(SIG_SETMASK, &none, nil)
            launch.run()
        }
        thread.start()
        return launch.wait()
    }

    /// Ends the child: SIGTERM, then SIGKILL if it is still there after two seconds.
    private static func stop(_ process: Process) {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<200 where process.isRunning { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    private func finishChild() throws(DumpError) {
        guard let child else { return }
        self.child = nil
        child.process.waitUntilExit()
        child.errors.wait()
        closeDescriptors()
        let status = child.process.terminationStatus
        let bySignal = child.process.terminationReason == .uncaughtSignal
        // gzip and pigz exit 2 for warnings (trailing zeros after the data), with the data complete.
        let warningOnly = !bySignal && status == 2 && compression == .gzip
        if status != 0, !warningOnly {
            let message = child.errors.text
            throw .decompressorFailed(
                path: name, command: child.command, status: bySignal ? 128 + status : status, message: message)
        }
    }

    private func closeDescriptors() {
        if ownsInput, input >= 0 { Glibc.close(input) }
        input = -1
        ownsInput = false
        outputPipe = nil
        if ownsFile, file >= 0 { Glibc.close(file) }
        file = -1
        ownsFile = false
    }

    /// Reads until `count` bytes or the end; a pipe gives at most its buffer per read.
    static func readFully(_ fd: Int32, count: Int) throws(POSIXErrorBox) -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: max(count, 0)) { buffer, initialized in
            var total = 0
            while total < buffer.count {
                let n = read(fd, buffer.baseAddress! + total, buffer.count - total)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                total += n
            }
            initialized = total
        }
        if failure != 0 { throw POSIXErrorBox(code: failure) }
        return bytes
    }
}

/// A process being started on another thread, and the outcome.
private final class Launch: @unchecked Sendable {
    // @unchecked: `process` is used only by the launching thread until `done` is signalled, and
    // `failure` is written before it and read after it.
    private let process: Process
    private var failure: String?
    private let done = DispatchSemaphore(value: 0)

    init(_ process: Process) { self.process = process }

    func run() {
        do { try process.run() } catch { failure = error.localizedDescription }
        done.signal()
    }

    func wait() -> String? {
        done.wait()
        return failure
    }
}

/// An errno, as a typed error.
struct POSIXErrorBox: Error {
    let code: Int32
}

/// Reads a child's standard error to its end on its own thread, so the child never blocks on a
/// full pipe; keeps the first 4 KiB for the message.
final class PipeDrain: @unchecked Sendable {
    // Written by the thread before `done` is signalled, read only after waiting for it.
    private var bytes: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)
    private var waited = false

    init(_ handle: FileHandle) {
        let fd = handle.fileDescriptor
        let thread = Thread { [self] in
            var kept: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR { continue }
                if n <= 0 { break }
                if kept.count < 4096 { kept += buffer[0..<min(n, 4096 - kept.count)] }
            }
            bytes = kept
            withExtendedLifetime(handle) {}
            done.signal()
        }
        thread.start()
    }

    func wait() {
        guard !waited else { return }
        done.wait()
        waited = true
    }

    /// What the child said, on one line.
    var text: String {
        String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: "; ")
    }
}

/// Copies standard input to a decompressor on its own thread, the sniffed bytes first. Stops at
/// the end of input, or when the decompressor has gone (its pipe then fails with EPIPE: SIGPIPE is
/// blocked on this thread only, so the process is not killed).
enum PipeFeeder {
    static func start(first: [UInt8], from source: Int32, closing: Bool, to handle: FileHandle) {
        let thread = Thread {
            var blocked = sigset_t()
            sigemptyset(&blocked)
            sigaddset(&blocked, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &blocked, nil)
            let target = handle.fileDescriptor
            func write(_ bytes: [UInt8]) -> Bool {
                bytes.withUnsafeBytes { buffer in
                    var done = 0
                    while done < buffer.count {
                        let n = Glibc.write(target, buffer.baseAddress! + done, buffer.count - done)
                        if n < 0, errno == EINTR { continue }
                        if n <= 0 { return false }
                        done += n
                    }
                    return true
                }
            }
            if write(first) {
                while let piece = try? DumpSource.readFully(source, count: 1 << 20), !piece.isEmpty {
                    if !write(piece) { break }
                }
            }
            try? handle.close()
            if closing { Glibc.close(source) }
        }
        thread.start()
    }
}
