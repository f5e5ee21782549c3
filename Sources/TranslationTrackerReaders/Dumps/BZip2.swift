import CBZip2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// libbz2 in process, for the streams of a multistream dump that its index points at (a whole
/// `.bz2` is still decompressed by `lbzip2`/`bzip2` in a child process, see ``DumpSource``).
///
/// The only place that touches libbz2: no C type leaves this file, and each `bz_stream` has one
/// owner that ends it.
package enum BZip2 {
    /// Why libbz2 stopped.
    package enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The bytes at the offset are not the start of a bzip2 stream (no `BZh` and block size).
        case notAStream
        /// The file ends before the stream does.
        case truncated
        /// libbz2 found damaged data (its return code).
        case damaged(Int32)
        /// Reading the file failed (errno's text).
        case io(String)

        package var description: String {
            switch self {
            case .notAStream: "no bzip2 stream starts there (the bytes are not 'BZh' and a block size)"
            case .truncated: "the file ends inside the bzip2 stream"
            case .damaged(let code): "the bzip2 data is damaged (libbz2 error \(code))"
            case .io(let reason): "cannot read: \(reason)"
            }
        }
    }

    /// Whether `bytes` start like a bzip2 stream: `BZh` and a block size digit.
    package static func isStreamStart(_ bytes: some Collection<UInt8>) -> Bool {
        DumpCompression.detect(Array(bytes.prefix(4))) == .bzip2
    }

    /// Compresses `bytes` as one whole bzip2 stream (900 k blocks), as each stream of a
    /// multistream dump is written.
    package static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count + bytes.count / 100 + 600)
        var length = UInt32(output.count)
        let code = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                source.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(source.count, 1)) { from in
                    target.baseAddress!.withMemoryRebound(to: CChar.self, capacity: target.count) { to in
                        BZ2_bzBuffToBuffCompress(to, &length, from, UInt32(source.count), 9, 0, 0)
                    }
                }
            }
        }
        precondition(code == BZ_OK, "BZ2_bzBuffToBuffCompress failed with \(code) although its output buffer has the documented size")
        output.removeSubrange(Int(length)...)
        return output
    }

    /// The decompressed bytes of the one bzip2 stream that starts at byte `offset` of the open
    /// file `descriptor`, and the offset just past the stream's end.
    package static func stream(in descriptor: Int32, at offset: Int, pieceSize: Int = 256 << 10) throws(Failure) -> (bytes: [UInt8], end: Int) {
        var position = offset
        var piece = [UInt8](repeating: 0, count: max(pieceSize, 64))
        var output: [UInt8] = []
        let decoder = try Decoder()
        var first = true
        while true {
            let count = piece.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(position)) }
            guard count >= 0 else { throw .io(String(cString: strerror(errno))) }
            if first {
                guard isStreamStart(piece[..<count]) else { throw .notAStream }
                first = false
            }
            guard count > 0 else { throw .truncated }
            let (consumed, ended) = try decoder.decompress(piece[..<count], into: &output)
            position += consumed
            if ended { return (output, position) }
        }
    }

    /// Decompresses every stream of a whole bzip2 file read piece by piece (a `.txt.bz2` index,
    /// however many streams the compressor wrote), handing each decompressed piece to `take`.
    package static func decompressFile(
        _ descriptor: Int32, pieceSize: Int = 1 << 20, take: ([UInt8]) throws(DumpError) -> Void, failed: (Failure) -> DumpError
    ) throws(DumpError) {
        var piece = [UInt8](repeating: 0, count: pieceSize)
        var decoder: Decoder
        do { decoder = try Decoder() } catch { throw failed(error) }
        var inStream = false
        while true {
            let count = piece.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count >= 0 else { throw failed(.io(String(cString: strerror(errno)))) }
            if count == 0 {
                if inStream { throw failed(.truncated) }
                return
            }
            var start = 0
            while start < count {
                var output: [UInt8] = []
                let consumed: Int, ended: Bool
                do throws(Failure) {
                    if !inStream {
                        // Another stream starts here (or the file goes on with something else).
                        guard count - start < 4 || isStreamStart(piece[start..<count]) else { throw .notAStream }
                    }
                    (consumed, ended) = try decoder.decompress(piece[start..<count], into: &output)
                } catch { throw failed(error) }
                inStream = !ended
                start += consumed
                if !output.isEmpty { try take(output) }
                if ended {
                    do { decoder = try Decoder() } catch { throw failed(error) }
                }
            }
        }
    }

    /// One `bz_stream` decompressing, at a fixed address as libbz2 requires.
    private final class Decoder {
        private let state: UnsafeMutablePointer<bz_stream>
        private var output = [UInt8](repeating: 0, count: 1 << 16)

        init() throws(Failure) {
            state = .allocate(capacity: 1)
            state.initialize(to: bz_stream())
            let code = BZ2_bzDecompressInit(state, 0, 0)
            guard code == BZ_OK else {
                state.deallocate()
                throw .damaged(code)
            }
        }

        deinit {
            BZ2_bzDecompressEnd(state)
            state.deallocate()
        }

        /// Feeds `input`, appending what comes out to `into`; returns the input bytes used
        /// (fewer than given when the stream ends inside them) and whether the stream ended.
        func decompress(_ input: ArraySlice<UInt8>, into result: inout [UInt8]) throws(Failure) -> (consumed: Int, ended: Bool) {
            var code: Int32 = BZ_OK
            var consumed = 0
            input.withUnsafeBufferPointer { source in
                state.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) })
                state.pointee.avail_in = UInt32(source.count)
                while true {
                    let produced = output.withUnsafeMutableBufferPointer { target in
                        state.pointee.next_out = UnsafeMutableRawPointer(target.baseAddress!).assumingMemoryBound(to: CChar.self)
                        state.pointee.avail_out = UInt32(target.count)
                        code = BZ2_bzDecompress(state)
                        return target.count - Int(state.pointee.avail_out)
                    }
                    result.append(contentsOf: output[..<produced])
                    if code != BZ_OK { break }
                    // Out of input and the output not full: libbz2 has nothing more to give.
                    if state.pointee.avail_in == 0, produced < output.count { break }
                }
                consumed = source.count - Int(state.pointee.avail_in)
                state.pointee.next_in = nil
                state.pointee.next_out = nil
            }
            if code == BZ_STREAM_END { return (consumed, true) }
            guard code == BZ_OK else { throw code == BZ_DATA_ERROR_MAGIC ? .notAStream : .damaged(code) }
            return (consumed, false)
        }
    }
}
