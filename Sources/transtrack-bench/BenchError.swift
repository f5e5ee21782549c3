/// A failure of the benchmark tool itself (bad arguments, a folder it will not overwrite),
/// with what to do about it.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    /// 64 for usage errors, 2 for input errors, as `transtrack` does.
    var exitCode: Int32

    static func usage(_ message: String) -> BenchError { BenchError(description: message, exitCode: 64) }
    static func input(_ message: String) -> BenchError { BenchError(description: message, exitCode: 2) }
}
