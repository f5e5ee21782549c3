import Foundation
import Testing

@testable import TranslationTrackerReaders

@Suite("Atomic writes, file reads and UTF-8 validation")
struct IOTests {
    @Test("AtomicFile replaces the file, keeps its mode and leaves no temporary file")
    func atomic() throws {
        let scratch = try Scratch()
        let path = scratch.path("out.wiki")
        try AtomicFile.write("old", to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try AtomicFile.write("new text", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new text")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try scratch.entries() == ["out.wiki"])
    }

    @Test("a failed atomic write leaves the old file and nothing else")
    func atomicFailure() throws {
        let scratch = try Scratch()
        #expect(throws: ReaderError.self) { try AtomicFile.write("x", to: scratch.path("no/such/folder/file")) }
        try FileManager.default.createDirectory(atPath: scratch.path("dir"), withIntermediateDirectories: true)
        try AtomicFile.write("keep", to: scratch.path("dir/file"))
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: scratch.path("dir"))
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: scratch.path("dir")) }
        // Root may write into a read-only folder; the test below fails the write for root too.
        if getuid() != 0 {
            #expect(throws: ReaderError.self) { try AtomicFile.write("lost?", to: scratch.path("dir/file")) }
            #expect(try String(contentsOfFile: scratch.path("dir/file"), encoding: .utf8) == "keep")
            #expect(try scratch.entries("dir") == ["file"])
        }
    }

    /// A folder where the file should be: the temporary file is written, and the rename over
    /// the folder fails (EISDIR), for root as for anyone. The folder and what it holds stay, and
    /// the temporary file is removed. (Tests/transtrackTests' AtomicWriteFailureEndToEndTests
    /// fails a write half-way, under a file size limit, and checks the old file's bytes.)
    @Test("a failed rename, for root too: an error naming the file, what was there kept, no temporary file")
    func atomicFailureAsRoot() throws {
        let scratch = try Scratch()
        try scratch.write("out/status.json/inside", "keep")
        let error = try #require(throws: ReaderError.self) {
            try AtomicFile.write(Array(repeating: 0x61, count: 100_000), to: scratch.path("out/status.json"))
        }
        guard case .unwritable(let path, let reason) = error else { Issue.record("unexpected \(error)"); return }
        #expect(path == scratch.path("out/status.json"))
        #expect(reason == "Is a directory")
        #expect(try String(contentsOfFile: scratch.path("out/status.json/inside"), encoding: .utf8) == "keep")
        #expect(try scratch.entries("out") == ["status.json"])
        #expect(try scratch.entries("out/status.json") == ["inside"])
    }

    @Test("FileBytes reads whole files of any size and says nil for absent ones")
    func fileBytes() throws {
        let scratch = try Scratch()
        let big = [UInt8](repeating: 0x61, count: 300_000)
        try scratch.write("big", big)
        #expect(try FileBytes.read(scratch.path("big")) == big)
        try scratch.write("empty", [])
        #expect(try FileBytes.read(scratch.path("empty")) == [])
        #expect(try FileBytes.read(scratch.path("absent")) == nil)
        #expect(throws: ReaderError.self) { try FileBytes.read(scratch.root) }
    }

    @Test(arguments: [
        ([0x61, 0x62], nil),
        ([0xD8, 0xB9, 0xD8, 0xB1], nil),  // Arabic
        ([0xE4, 0xB8, 0xAD], nil),  // 中
        ([0xF0, 0x9F, 0x98, 0x80], nil),  // emoji
        ([0x61, 0xFF], 1),
        ([0x61, 0xC3], 1),  // truncated
        ([0xC0, 0x80], 0),  // overlong
        ([0xED, 0xA0, 0x80], 0),  // surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
        ([0xE4, 0xB8, 0x41], 0),
    ] as [([UInt8], Int?)])
    func utf8(_ bytes: [UInt8], _ expected: Int?) {
        #expect(UTF8Validation.firstInvalidOffset(bytes) == expected)
        #expect(UTF8Validation.firstInvalidOffsetByWalking(bytes) == expected)
    }

    @Test("the fast validator and the byte walk agree on random damage to real text")
    func utf8Agreement() {
        var generator = SystemRandomNumberGenerator()
        let text = Array("العربية 中文 हिन्दी русский 🎉 plain".utf8)
        for _ in 0..<2000 {
            var bytes = text
            for _ in 0..<Int.random(in: 0...2, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            #expect(UTF8Validation.firstInvalidOffset(bytes) == UTF8Validation.firstInvalidOffsetByWalking(bytes), "\(bytes)")
        }
    }

    @Test func utf8Position() {
        let bytes = Array("ab\nçd".utf8) + [0xFF]
        let (line, column) = UTF8Validation.position(of: bytes.count - 1, in: bytes)
        #expect(line == 2 && column == 3)
    }
}
