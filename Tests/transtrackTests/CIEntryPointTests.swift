import Foundation
import Testing

/// `.ci/run` is what CI runs. It must export `CI=true` itself: the tests that need a server, a
/// browser or a tool skip without one unless `CI` is exactly `true`, and runners disagree on
/// whether and how they set it.
@Suite("the CI entry point")
struct CIEntryPointTests {
    @Test("`.ci/run` runs scripts/test with CI=true, whatever CI was", arguments: [nil, "1", "false"] as [String?])
    func exportsCI(_ inherited: String?) throws {
        let workspace = try TempWorkspace()
        try FileManager.default.createDirectory(atPath: workspace.path(".ci"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TempWorkspace.repository + "/.ci/run", toPath: workspace.path(".ci/run"))
        // A stand-in for scripts/test that reports what it was given.
        try workspace.write("scripts/test", "#!/bin/sh\nprintf 'CI=%s\\n' \"${CI-unset}\"\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: workspace.path("scripts/test"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", workspace.path(".ci/run")]
        var environment = ProcessInfo.processInfo.environment
        environment["CI"] = inherited
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self) == "CI=true\n")
    }
}
