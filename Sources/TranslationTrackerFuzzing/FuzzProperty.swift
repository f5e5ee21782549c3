/// A broken property stops the process: libFuzzer then saves the input as a crash artifact, and
/// the replay tests fail with the same message.
enum FuzzProperty {
    static func require(
        _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
        file: StaticString = #fileID, line: UInt = #line
    ) {
        if !condition() { fatalError("fuzz property broken: \(message())", file: file, line: line) }
    }
}
