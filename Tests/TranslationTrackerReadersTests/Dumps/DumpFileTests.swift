import Foundation
import Testing
import TranslationTrackerReaders
import XMLStream

#if canImport(Glibc)
    import Glibc
#endif

@Suite("DumpFile: exports as MediaWiki writes them")
struct DumpFileTests {
    static let current = DumpSupport.fixture("meta-current-0.11.xml")
    static let history = DumpSupport.fixture("meta-history-0.10.xml")

    @Test("a current-only 0.11 export of Meta-Wiki: siteinfo, pages, redirects, entities, sha1", arguments: [1, 2])
    func currentOnly(threads: Int) throws {
        let export = try DumpSupport.read(Self.current, threads: threads)
        let site = export.siteInfo
        #expect(site.siteName == "Meta")
        #expect(site.dbName == "metawiki")
        #expect(site.base == "https://meta.wikimedia.org/wiki/Main_Page")
        #expect(site.namespaces[0] == "")
        #expect(site.namespaces[4] == "Meta")
        #expect(site.namespaces[1198] == "Translations")
        #expect(site.namespaces[1199] == "Translations talk")
        #expect(site.namespaces.count == 20)
        #expect(export.pagesSeen == 6)
        #expect(export.bytesRead == (try DumpSupport.bytes(Self.current)).count)
        #expect(
            export.pages.map(\.title) == [
                DumpSupport.summary, DumpSupport.summary + "/ar", DumpSupport.summary + "/fr",
                "Translations:" + DumpSupport.summary + "/1/fr", "Template:Annual Plan 2023-2024 navigation",
                "Annual Plan 2023-2024 summary",
            ])

        let english = try #require(export.pages.first)
        #expect(english.namespace == 0 && english.id == 11_839_520 && english.redirect == nil)
        let revision = try #require(english.latest)
        #expect(english.revisions.count == 1)
        #expect(revision.id == 25_000_107 && revision.parentID == 25_000_001)
        #expect(revision.timestamp == "2023-04-11T15:30:02Z")
        #expect(revision.contributor == "Planning team")
        #expect(revision.comment == "Budget updated to $177 million; second conversation hour moved to 11 May")
        #expect(revision.model == "wikitext" && revision.format == "text/x-wiki")
        let source = try DumpSupport.text("locales/en/summary.wiki")
        #expect(revision.text == source)
        #expect(revision.text?.contains("<translate>\n== Annual Plan 2023–2024 at a glance == <!--T:1-->") == true)
        #expect(revision.bytes == source.utf8.count)
        // Base-36, as dumps write it, not converted to hex.
        #expect(revision.sha1 == "9jkymzqd47qftysuf9t8i5ufnhv9lui")
        #expect(!revision.textDeleted)

        #expect(export.pages[1].latest?.text == (try DumpSupport.text("locales/ar/summary.wiki")))
        #expect(export.pages[2].latest?.text == (try DumpSupport.text("locales/fr/summary.wiki")))
        #expect(export.pages[2].latest?.sha1 == "hp69lmj718vtb18th2urqxv27a6tq8q")
        #expect(export.pages[3].namespace == 1198)
        #expect(export.pages[3].latest?.text == "== Le plan annuel 2023–2024 en bref ==")

        let template = export.pages[4]
        #expect(template.namespace == 10)
        #expect(template.latest?.comment == "Navigation for the plan & its subpages")
        #expect(template.latest?.text?.contains("|Goals & key results]]") == true)
        #expect(template.latest?.text?.contains("<code><translate></code>") == true)

        let redirect = export.pages[5]
        #expect(redirect.redirect == DumpSupport.summary)
        #expect(redirect.latest?.text == "#REDIRECT [[\(DumpSupport.summary)]]")
    }

    @Test("a full-history 0.10 export: every revision, oldest first, deleted text kept as deleted", arguments: [1, 2])
    func fullHistory(threads: Int) throws {
        let export = try DumpSupport.read(Self.history, threads: threads)
        #expect(export.pages.map(\.title) == [DumpSupport.summary, DumpSupport.summary + "/fr"])
        let english = export.pages[0]
        #expect(english.revisions.map(\.id) == [25_000_001, 25_000_107])
        #expect(english.revisions[0].parentID == nil && english.revisions[1].parentID == 25_000_001)
        #expect(english.revisions[0].text?.contains("$175 million") == true)
        #expect(english.revisions[1].text?.contains("$177 million") == true)
        #expect(english.revisions[1].sha1 == "9jkymzqd47qftysuf9t8i5ufnhv9lui")

        let french = export.pages[1]
        let deleted = french.revisions[0]
        #expect(deleted.textDeleted)
        #expect(deleted.text == nil && deleted.contributor == nil && deleted.comment == nil)
        #expect(deleted.bytes == 3012)
        #expect(deleted.sha1 == "phoiac9h4m842xq45sp7s6u21eteeq1")
        #expect(french.revisions[1].text == (try DumpSupport.text("locales/fr/summary.wiki")))
        #expect(french.revisions[1].contributor == "FuzzyBot")

        let latest = try DumpSupport.read(Self.history, threads: threads, history: false)
        #expect(latest.pages.map { $0.revisions.map(\.id) } == [[25_000_107], [25_000_054]])
    }

    @Test("only wanted pages are kept; every page is counted")
    func wanted() throws {
        let export = try DumpSupport.read(Self.current, threads: 2) { $0 == DumpSupport.summary + "/fr" }
        #expect(export.pages.map(\.title) == [DumpSupport.summary + "/fr"])
        #expect(export.pagesSeen == 6)
        #expect(export.siteInfo.siteName == "Meta")
    }

    @Test("0.11 slots other than the main one are not taken for the page's text")
    func otherSlots() throws {
        let xml = SyntheticExport.header + """
              <page>
                <title>File:Plan.pdf</title><ns>6</ns><id>7</id>
                <revision>
                  <id>70</id><timestamp>2023-04-03T09:12:44Z</timestamp><contributor><ip>192.0.2.1</ip></contributor>
                  <origin>70</origin><model>wikitext</model><format>text/x-wiki</format>
                  <text bytes="4" sha1="abc" xml:space="preserve">main</text>
                  <content><role>mediainfo</role><origin>70</origin><model>wikibase-mediainfo</model>
                    <format>application/json</format><text bytes="2" xml:space="preserve">{}</text></content>
                  <sha1>abd</sha1>
                </revision>
              </page>
            """ + SyntheticExport.footer
        let export = try ExportReader.read(Array(xml.utf8)) { _ in true }
        let revision = try #require(export.pages.first?.latest)
        #expect(revision.text == "main" && revision.model == "wikitext" && revision.format == "text/x-wiki")
        #expect(revision.sha1 == "abc")
        #expect(revision.contributor == "192.0.2.1")
    }

    @Test(
        "blocks on every core give exactly the one-thread result",
        arguments: [(blockSize: 64, pieceSize: 64), (700, 97), (4096, 1000), (50_000, 8192), (1 << 20, 1 << 20)])
    func parallelEqualsSequential(blockSize: Int, pieceSize: Int) throws {
        let scratch = try Scratch()
        let path = scratch.path("synthetic.xml")
        try scratch.write("synthetic.xml", SyntheticExport.document(pages: 300))
        for file in [path, Self.current, Self.history] {
            for history in [true, false] {
                let wants: ExportReader.Filter = { !$0.hasSuffix("3") }
                let one = try DumpSupport.read(file, threads: 1, pieceSize: pieceSize, history: history, wants: wants)
                let reference = try ExportReader.read(try DumpSupport.bytes(file), wants: wants, history: history)
                #expect(one.pages == reference.pages && one.siteInfo == reference.siteInfo && one.pagesSeen == reference.pagesSeen)
                for threads in [2, 3, 8] {
                    let many = try DumpSupport.read(
                        file, threads: threads, blockSize: blockSize, pieceSize: pieceSize, history: history, wants: wants)
                    #expect(many.pages == one.pages, "\(file) with \(threads) threads")
                    #expect(many.siteInfo == one.siteInfo)
                    #expect(many.pagesSeen == one.pagesSeen)
                    #expect(many.bytesRead == one.bytesRead)
                }
            }
        }
    }

    @Test("a page cut anywhere between two pieces, `</page>` included, reads the same")
    func pageAcrossPieces() throws {
        let reference = try ExportReader.read(try DumpSupport.bytes(Self.current)) { _ in true }
        for pieceSize in 64...80 {
            for blockSize in [100, 333] {
                let export = try DumpSupport.read(Self.current, threads: 2, blockSize: blockSize, pieceSize: pieceSize)
                #expect(export.pages == reference.pages, "pieces of \(pieceSize), blocks of \(blockSize)")
            }
        }
    }

    @Test("an XML declaration's encoding is kept for every block")
    func declaredEncoding() throws {
        var text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + SyntheticExport.header
        for id in 1...40 { text += SyntheticExport.page(id, text: "Caf\u{E9} \(id)") }
        text += SyntheticExport.footer
        let latin1 = try #require(text.data(using: .isoLatin1))
        let scratch = try Scratch()
        try scratch.write("latin1.xml", Array(latin1))
        let one = try DumpSupport.read(scratch.path("latin1.xml"), threads: 1)
        let many = try DumpSupport.read(scratch.path("latin1.xml"), threads: 2, blockSize: 300, pieceSize: 128)
        #expect(one.pages.count == 40)
        #expect(one.pages.last?.latest?.text == "Café 40")
        #expect(many.pages == one.pages)
    }

    @Test("gzip and bzip2 (multistream too), told by their bytes, decompressed by whichever tool is installed")
    func compressed() throws {
        let scratch = try Scratch()
        let plain = scratch.path("export.xml")
        try scratch.write("export.xml", SyntheticExport.document(pages: 400))
        let expected = try DumpSupport.read(plain, threads: 1)
        try DumpSupport.run(["gzip", "-c", plain], output: scratch.path("export.xml.gz"))
        try DumpSupport.run(["bzip2", "-c", plain], output: scratch.path("export.xml.bz2"))
        // Multistream, as dumps.wikimedia.org writes them: bzip2 streams one after another.
        let bytes = try DumpSupport.bytes(plain)
        var multistream: [UInt8] = []
        for (index, part) in stride(from: 0, to: bytes.count, by: 20_000).enumerated() {
            try scratch.write("part\(index)", Array(bytes[part..<min(part + 20_000, bytes.count)]))
            try DumpSupport.run(["bzip2", "-c", scratch.path("part\(index)")], output: scratch.path("part\(index).bz2"))
            multistream += try DumpSupport.bytes(scratch.path("part\(index).bz2"))
        }
        try scratch.write("multistream.xml.bz2", multistream)
        // The name does not decide: gzip data named .xml, plain XML named .bz2.
        try FileManager.default.copyItem(atPath: scratch.path("export.xml.gz"), toPath: scratch.path("misnamed.xml"))
        try FileManager.default.copyItem(atPath: plain, toPath: scratch.path("misnamed.xml.bz2"))

        var toolSets: [[String]?] = [nil, ["gzip", "bzip2"]]
        if DumpSupport.which("lbzip2") != nil || DumpSupport.which("pigz") != nil { toolSets.append(["pigz", "lbzip2"]) }
        for tools in toolSets {
            let searchPath = try tools.map { [try DumpSupport.toolFolder(scratch, $0)] }
            for name in ["export.xml.gz", "export.xml.bz2", "multistream.xml.bz2", "misnamed.xml", "misnamed.xml.bz2"] {
                for threads in [1, 2] {
                    let export = try DumpSupport.read(
                        scratch.path(name), threads: threads, blockSize: 30_000, pieceSize: 10_000, searchPath: searchPath)
                    #expect(export.pages == expected.pages, "\(name) with \(tools ?? ["PATH"]), \(threads) threads")
                    #expect(export.bytesRead == bytes.count)
                }
            }
        }
    }

    /// Fixtures made at test time by the real `xz` and `zstd` (scripts/test installs them), so
    /// the magic bytes and the decompressor commands are checked against what the tools write.
    @Test("xz and zstd, made by the tools, told by their bytes and decompressed", arguments: [
        ("xz", ["xz", "-c"], DumpCompression.xz), ("zstd", ["zstd", "-q", "-c"], .zstd),
    ])
    func xzAndZstd(_ name: String, _ compress: [String], _ compression: DumpCompression) throws {
        let scratch = try Scratch()
        let plain = scratch.path("export.xml")
        try scratch.write("export.xml", SyntheticExport.document(pages: 300))
        let expected = try DumpSupport.read(plain, threads: 1)
        #expect(expected.pages.count == 300)
        let compressed = scratch.path("export.xml.\(name)")
        #expect(try DumpSupport.run(compress + [plain], output: compressed) == 0, "\(compress[0]) is installed (scripts/test installs it)")
        #expect(DumpCompression.detect(Array(try DumpSupport.bytes(compressed).prefix(8))) == compression)
        // Named .xml all the same: the bytes decide.
        try FileManager.default.copyItem(atPath: compressed, toPath: scratch.path("misnamed.xml"))
        for path in [compressed, scratch.path("misnamed.xml")] {
            for threads in [1, 2] {
                let export = try DumpSupport.read(path, threads: threads, blockSize: 30_000, pieceSize: 10_000)
                #expect(export.pages == expected.pages, "\(path), \(threads) threads")
                #expect(export.bytesRead == (try DumpSupport.bytes(plain)).count)
            }
        }
        // Cut in half: the tool's failure, named, not an XML error.
        let bytes = try DumpSupport.bytes(compressed)
        try scratch.write("cut.xml.\(name)", Array(bytes.prefix(bytes.count / 2)))
        let error = try #require(throws: DumpError.self) { try DumpSupport.read(scratch.path("cut.xml.\(name)"), threads: 1) }
        guard case .decompressorFailed(_, let command, let status, _) = error else { Issue.record("unexpected \(error)"); return }
        #expect(command == "\(name) -dc")
        #expect(status == 1)
    }

    @Test("`-` reads standard input: plain, compressed through a pipe, or a file")
    func standardInput() throws {
        let scratch = try Scratch()
        let plain = scratch.path("export.xml")
        try scratch.write("export.xml", SyntheticExport.document(pages: 200))
        try DumpSupport.run(["gzip", "-c", plain], output: scratch.path("export.xml.gz"))
        try DumpSupport.run(["bzip2", "-c", plain], output: scratch.path("export.xml.bz2"))
        let expected = try DumpSupport.read(plain, threads: 1)
        for name in ["export.xml", "export.xml.gz", "export.xml.bz2"] {
            for threads in [1, 2] {
                // Through a pipe, written by another thread as a shell would.
                let pipe = Pipe()
                let bytes = try DumpSupport.bytes(scratch.path(name))
                let writer = pipe.fileHandleForWriting
                Thread {
                    writer.write(Data(bytes))
                    try? writer.close()
                }.start()
                let piped = try DumpSupport.read(
                    "-", threads: threads, blockSize: 8192, pieceSize: 4096, standardInput: pipe.fileHandleForReading.fileDescriptor)
                #expect(piped.pages == expected.pages, "\(name) piped, \(threads) threads")
                // Redirected from a file (`transtrack … - < file`).
                let file = open(scratch.path(name), O_RDONLY)
                defer { close(file) }
                let redirected = try DumpSupport.read("-", threads: threads, standardInput: file)
                #expect(redirected.pages == expected.pages, "\(name) redirected, \(threads) threads")
            }
        }
    }

    @Test("no decompressor installed: the error names the file and what to install")
    func missingDecompressor() throws {
        let scratch = try Scratch()
        try scratch.write("export.xml", SyntheticExport.document(pages: 3))
        try DumpSupport.run(["bzip2", "-c", scratch.path("export.xml")], output: scratch.path("meta.xml.bz2"))
        try DumpSupport.run(["gzip", "-c", scratch.path("export.xml")], output: scratch.path("meta.xml.gz"))
        let none = [try DumpSupport.toolFolder(scratch, [])]
        let bz2 = scratch.path("meta.xml.bz2")
        #expect {
            try DumpSupport.read(bz2, threads: 2, searchPath: none)
        } throws: { error in
            guard case .decompressorMissing(let path, .bzip2, let tried) = error as? DumpError else { return false }
            let text = "\(error)"
            return path == bz2 && tried == ["lbzip2", "bzip2"] && text.hasPrefix(bz2 + ": error: ")
                && text.contains("lbzip2 or bzip2 is not installed") && text.contains("apt-get install lbzip2")
        }
        #expect {
            try DumpSupport.read(scratch.path("meta.xml.gz"), threads: 1, searchPath: none)
        } throws: { error in
            "\(error)".contains("pigz or gzip is not installed") && "\(error)".contains("apt-get install pigz")
        }
    }

    @Test("a damaged or cut compressed file: the decompressor's failure, not an XML error")
    func failingDecompressor() throws {
        let scratch = try Scratch()
        try scratch.write("export.xml", SyntheticExport.document(pages: 300))
        try DumpSupport.run(["bzip2", "-c", scratch.path("export.xml")], output: scratch.path("full.xml.bz2"))
        try DumpSupport.run(["gzip", "-c", scratch.path("export.xml")], output: scratch.path("full.xml.gz"))
        let bz2 = try DumpSupport.bytes(scratch.path("full.xml.bz2"))
        try scratch.write("cut.xml.bz2", Array(bz2.prefix(bz2.count / 2)))
        let gz = try DumpSupport.bytes(scratch.path("full.xml.gz"))
        try scratch.write("cut.xml.gz", Array(gz.prefix(gz.count * 2 / 3)))
        var damaged = gz
        for index in stride(from: 200, to: damaged.count - 100, by: 50) { damaged[index] ^= 0x5A }
        try scratch.write("damaged.xml.gz", damaged)
        var toolSets: [[String]?] = [nil, ["gzip", "bzip2"]]
        if DumpSupport.which("lbzip2") != nil { toolSets.append(["gzip", "lbzip2"]) }
        for tools in toolSets {
            let searchPath = try tools.map { [try DumpSupport.toolFolder(scratch, $0)] }
            for name in ["cut.xml.bz2", "cut.xml.gz", "damaged.xml.gz"] {
                for threads in [1, 2] {
                    let path = scratch.path(name)
                    #expect {
                        try DumpSupport.read(path, threads: threads, searchPath: searchPath)
                    } throws: { error in
                        let text = "\(error)"
                        guard case .decompressorFailed(path, let command, let status, _) = error as? DumpError else {
                            // A damaged stream may also decompress to bytes that are not XML.
                            return name.hasPrefix("damaged") && text.contains("not a readable MediaWiki export")
                                && text.contains("of the decompressed stream")
                        }
                        return status != 0 && command.hasSuffix(" -dc") && text.hasPrefix(path + ": error: ")
                            && text.contains("failed (exit status") && text.contains("damaged or incomplete")
                    }
                }
            }
        }
    }

    @Test("a missing file or a folder is a clear error")
    func unreadable() throws {
        let scratch = try Scratch()
        #expect {
            try DumpSupport.read(scratch.path("nowhere.xml.bz2"), threads: 2)
        } throws: { error in
            "\(error)" == "\(scratch.path("nowhere.xml.bz2")): error: cannot read the dump: no such file"
        }
        #expect {
            try DumpSupport.read(scratch.root, threads: 2)
        } throws: { error in
            "\(error)".contains("it is a folder, not a file")
        }
    }

    @Test("a malformed page far into the dump: the same byte offset and line with one thread or many")
    func errorPlaces() throws {
        var text = SyntheticExport.header
        for id in 1...300 {
            var page = SyntheticExport.page(id)
            if id == 211 { page = page.replacingOccurrences(of: "</title>", with: "</titel>") }
            text += page
        }
        text += SyntheticExport.footer
        let bytes = Array(text.utf8)
        let scratch = try Scratch()
        try scratch.write("broken.xml", bytes)
        let mark = Array("</titel>".utf8)
        let at = try #require((0..<bytes.count).first { bytes[$0..<min($0 + mark.count, bytes.count)].elementsEqual(mark) })
        let line = bytes[..<at].filter { $0 == 0x0A }.count + 1
        var places: [String] = []
        for (threads, blockSize, pieceSize) in [(1, 1 << 20, 1 << 20), (2, 4096, 1000), (3, 700, 333), (8, 100_000, 65536)] {
            #expect {
                try DumpSupport.read(scratch.path("broken.xml"), threads: threads, blockSize: blockSize, pieceSize: pieceSize)
            } throws: { error in
                guard case .malformed(_, let found, let decompressed) = error as? DumpError else { return false }
                places.append("byte \(found.offset), line \(found.line)")
                return !decompressed && found.line == line && abs(found.offset - at) < 16
                    && "\(error)".contains("Opening and ending tag mismatch: title")
                    && "\(error)".contains("(at byte \(found.offset), line \(line)")
                    && "\(error)".contains("export the pages again")
            }
        }
        #expect(Set(places).count == 1, "\(places)")
    }
}
