// Runs one fuzz target under libFuzzer, or replays saved inputs through it.
//
//   transtrack-fuzz list
//   transtrack-fuzz TARGET [libFuzzer options] [CORPUS_DIR...]   (a -sanitize=fuzzer build)
//   transtrack-fuzz TARGET --replay FILE_OR_DIR...                (any build)
//   TRANSTRACK_FUZZ_TARGET=TARGET transtrack-fuzz [libFuzzer options]
//
// `scripts/fuzz` builds it with libFuzzer and AddressSanitizer and runs every target.
import CFuzzerDriver
import Foundation
import TranslationTrackerFuzzing

func usage() -> Never {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(
        Data("usage: transtrack-fuzz TARGET [libFuzzer options] [CORPUS...] | TARGET --replay PATH... | list\ntargets: \(names)\n".utf8))
    exit(64)
}

func inputs(in paths: [String]) -> [String] {
    var files: [String] = []
    for path in paths {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            FileHandle.standardError.write(Data("transtrack-fuzz: \(path): no such file or folder\n".utf8))
            exit(66)
        }
        if isFolder.boolValue {
            let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
            for name in names.sorted() {
                let file = (path as NSString).appendingPathComponent(name)
                var nested: ObjCBool = false
                if FileManager.default.fileExists(atPath: file, isDirectory: &nested), !nested.boolValue { files.append(file) }
            }
        } else {
            files.append(path)
        }
    }
    return files
}

/// One C callback per target: libFuzzer's callback cannot carry context.
func callback(for target: FuzzTarget) -> transtrack_fuzz_callback {
    switch target {
    case .unitParser: { data, size in FuzzTarget.unitParser.run(copy(data, size)); return 0 }
    case .numberExtractor: { data, size in FuzzTarget.numberExtractor.run(copy(data, size)); return 0 }
    case .manifestLoader: { data, size in FuzzTarget.manifestLoader.run(copy(data, size)); return 0 }
    case .exportReader: { data, size in FuzzTarget.exportReader.run(copy(data, size)); return 0 }
    case .deckReader: { data, size in FuzzTarget.deckReader.run(copy(data, size)); return 0 }
    case .stampRoundTrip: { data, size in FuzzTarget.stampRoundTrip.run(copy(data, size)); return 0 }
    }
}

func copy(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

// libFuzzer re-runs its own command line (argv[0] and its options) to minimize a crash, so the
// target may also come from TRANSTRACK_FUZZ_TARGET; it is then set for those runs too.
var arguments = CommandLine.arguments
if arguments.count >= 2, arguments[1] == "list" {
    for target in FuzzTarget.allCases { print("\(target.rawValue)\t\(target.summary)") }
    exit(0)
}
if arguments.count < 2 || FuzzTarget(rawValue: arguments[1]) == nil,
    let name = ProcessInfo.processInfo.environment["TRANSTRACK_FUZZ_TARGET"]
{
    arguments.insert(name, at: 1)
}
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else { usage() }
setenv("TRANSTRACK_FUZZ_TARGET", target.rawValue, 1)

if arguments.count >= 3, arguments[2] == "--replay" {
    let files = inputs(in: Array(arguments.dropFirst(3)))
    for file in files {
        guard let data = FileManager.default.contents(atPath: file) else {
            FileHandle.standardError.write(Data("transtrack-fuzz: \(file): cannot read\n".utf8))
            exit(66)
        }
        target.run(Array(data))
    }
    print("\(target.rawValue): \(files.count) inputs replayed, every property held")
    exit(0)
}

guard transtrack_fuzzer_available() != 0 else {
    FileHandle.standardError.write(
        Data("transtrack-fuzz: this build has no libFuzzer; run scripts/fuzz, or use --replay to run saved inputs\n".utf8))
    exit(69)
}
// libFuzzer reads argv[0] and its own options; the target name is ours.
var fuzzerArguments = [arguments[0]] + arguments.dropFirst(2)
var argc = Int32(fuzzerArguments.count)
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = .allocate(capacity: fuzzerArguments.count + 1)
for (index, argument) in fuzzerArguments.enumerated() { argv![index] = strdup(argument) }
argv![fuzzerArguments.count] = nil
exit(transtrack_fuzzer_run(&argc, &argv, callback(for: target)))
