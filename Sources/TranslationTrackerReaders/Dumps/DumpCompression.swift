/// How a dump is compressed, told by its first bytes (a `.xml.gz` saved already decompressed by a
/// browser is plain XML, whatever its name says), and which programs decompress it.
///
/// Decompression runs in a child process: `pigz`/`gzip`, `lbzip2`/`bzip2` (multistream dumps
/// included, in parallel with lbzip2), `xz` and `zstd`, the first one installed.
public enum DumpCompression: String, Sendable, Hashable, CaseIterable {
    /// Plain XML.
    case none
    /// `.gz`.
    case gzip
    /// `.bz2`, multistream included.
    case bzip2
    /// `.xz`.
    case xz
    /// `.zst`.
    case zstd
    /// `.7z`: recognized, to say it cannot be streamed.
    case sevenZip = "7z"

    /// Tells the compression from the first bytes of a file (at least six for every format).
    package static func detect(_ head: [UInt8]) -> DumpCompression {
        func starts(_ magic: [UInt8]) -> Bool { head.count >= magic.count && Array(head.prefix(magic.count)) == magic }
        if starts([0x1F, 0x8B]) { return .gzip }
        // "BZh" and a block size digit 1–9.
        if head.count >= 4, starts([0x42, 0x5A, 0x68]), (0x31...0x39).contains(head[3]) { return .bzip2 }
        if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .xz }
        if starts([0x28, 0xB5, 0x2F, 0xFD]) { return .zstd }
        if starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .sevenZip }
        return .none
    }

    /// Programs that decompress to standard output, best first (parallel ones before the others).
    var decompressors: [(program: String, arguments: [String])] {
        switch self {
        case .none, .sevenZip: []
        case .gzip: [("pigz", ["-dc"]), ("gzip", ["-dc"])]
        case .bzip2: [("lbzip2", ["-dc"]), ("bzip2", ["-dc"])]
        case .xz: [("xz", ["-dc"])]
        case .zstd: [("zstd", ["-dc"])]
        }
    }

    /// What to install when no decompressor is found.
    var installAdvice: String {
        switch self {
        case .none: ""
        case .gzip: "install gzip or pigz (Debian/Ubuntu: apt-get install pigz; macOS: brew install pigz)"
        case .bzip2:
            "install lbzip2 (parallel) or bzip2 (Debian/Ubuntu: apt-get install lbzip2; macOS: brew install lbzip2)"
        case .xz: "install xz (Debian/Ubuntu: apt-get install xz-utils; macOS: brew install xz)"
        case .zstd: "install zstd (Debian/Ubuntu: apt-get install zstd; macOS: brew install zstd)"
        case .sevenZip: "extract it first and pass the XML on standard input: 7z e -so FILE | transtrack … -"
        }
    }
}
