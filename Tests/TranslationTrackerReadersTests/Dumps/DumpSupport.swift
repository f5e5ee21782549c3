import Foundation
import TranslationTrackerReaders

#if canImport(Glibc)
    import Glibc
#endif

/// Fixtures, commands and generated exports for the dump tests.
enum DumpSupport {
    /// The repository root, found from this file.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("cannot find Package.swift above \(#filePath)")
    }()

    static let fixtures = root + "/Tests/TranslationTrackerReadersTests/Fixtures/dumps"

    static func fixture(_ name: String) -> String { fixtures + "/" + name }

    static func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
    }

    /// The English translatable page and its translations, as titled on Meta-Wiki.
    static let summary = "Wikimedia Foundation Annual Plan/2023-2024/Summary"

    /// Where a program is installed, or nil.
    static func which(_ program: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(program)"
            if access(path, X_OK) == 0 { return path }
        }
        return nil
    }

    /// Runs a program with standard input and output redirected to files; returns its status.
    @discardableResult
    static func run(_ arguments: [String], input: String? = nil, output: String? = nil) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let input { process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: input)) }
        if let output {
            FileManager.default.createFile(atPath: output, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        }
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A folder holding only links to the named programs, to choose which decompressor runs.
    static func toolFolder(_ scratch: Scratch, _ programs: [String]) throws -> String {
        let folder = scratch.path("tools-" + (programs.isEmpty ? "none" : programs.joined(separator: "-")))
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for program in programs {
            guard let target = which(program) else { continue }
            try FileManager.default.createSymbolicLink(atPath: folder + "/" + program, withDestinationPath: target)
        }
        return folder
    }

    /// Reads with every option the tests vary.
    static func read(
        _ path: String, threads: Int?, blockSize: Int? = nil, pieceSize: Int = 1 << 20, history: Bool = true,
        standardInput: Int32 = STDIN_FILENO, searchPath: [String]? = nil,
        wants: @escaping ExportReader.Filter = { _ in true }
    ) throws(DumpError) -> Export {
        try DumpFile.read(
            path: path, wants: wants, history: history, threads: threads,
            options: DumpReadOptions(blockSize: blockSize, pieceSize: pieceSize, standardInput: standardInput, searchPath: searchPath))
    }
}

/// Builds exports of any size page by page, in the 0.11 format, with the summary's wikitext.
struct SyntheticExport {
    static let header = """
        <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">
          <siteinfo>
            <sitename>Meta</sitename>
            <dbname>metawiki</dbname>
            <namespaces>
              <namespace key="0" case="first-letter" />
              <namespace key="1198" case="first-letter">Translations</namespace>
            </namespaces>
          </siteinfo>

        """
    static let footer = "</mediawiki>\n"

    /// One page; its text is the English summary cut to a length that varies with `id`, so
    /// pages have many sizes (and some are long).
    static func page(_ id: Int, title: String? = nil, text: String? = nil) -> String {
        let body = text ?? Self.body(id)
        return """
              <page>
                <title>\(title ?? "Page \(id)")</title>
                <ns>0</ns>
                <id>\(id)</id>
                <revision>
                  <id>\(100_000 + id)</id>
                  <timestamp>2023-04-03T09:12:44Z</timestamp>
                  <contributor><username>Planning team</username><id>40021</id></contributor>
                  <origin>\(100_000 + id)</origin>
                  <model>wikitext</model>
                  <format>text/x-wiki</format>
                  <text bytes="\(body.utf8.count)" xml:space="preserve">\(escape(body))</text>
                  <sha1>\(String(id, radix: 36))</sha1>
                </revision>
              </page>

            """
    }

    private static let english: String = (try? DumpSupport.text("locales/en/summary.wiki")) ?? "<translate>Goals & budget</translate>"

    private static func body(_ id: Int) -> String {
        let length = (id * 7919) % english.count
        let head = String(english.prefix(length))
        return id % 37 == 0 ? String(repeating: head + "\n", count: 12) : head
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A whole export of `count` pages.
    static func document(pages count: Int) -> [UInt8] {
        var text = header
        for id in 1...count { text += page(id) }
        return Array((text + footer).utf8)
    }
}
