import XMLStream

/// A dump or export on disk (or standard input), read as a stream.
public enum DumpFile {
    /// Reads the pages `wants` accepts from the export at `path` (`-` for standard input).
    /// First version: plain XML, read sequentially in 1 MiB pieces.
    public static func read(path: String, wants: @escaping ExportReader.Filter, history: Bool = true) throws(DumpError) -> Export {
        let reader = ExportReader(wants: wants, history: history)
        let read: [UInt8]?
        do { read = try FileBytes.read(path) } catch { throw DumpError.unreadable(path: path, reason: "\(error)") }
        guard let bytes = read else { throw DumpError.unreadable(path: path, reason: "no such file") }
        var offset = 0
        repeat {
            let end = min(offset + 1 << 20, bytes.count)
            do {
                try reader.feed(bytes[offset..<end], final: end == bytes.count)
            } catch {
                throw DumpError.malformed(path: path, error: error)
            }
            offset = end
        } while offset < bytes.count
        return reader.export
    }
}

/// A dump that cannot be read; the CLI exits 2 with this message.
public enum DumpError: Error, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case malformed(path: String, error: XMLStreamError)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): error: cannot read the dump: \(reason)"
        case .malformed(let path, let error): "\(path): error: not a readable MediaWiki export: \(error)"
        }
    }
}
