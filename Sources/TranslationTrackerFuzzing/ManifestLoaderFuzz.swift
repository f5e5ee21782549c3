import TranslationTracker

/// Manifests as YAML. Loading gives a manifest or a ``ManifestError`` whose every diagnostic
/// points at a line of the file and says something; never a crash, and the same answer twice.
enum ManifestLoaderFuzz {
    static func run(_ bytes: [UInt8]) {
        let yaml = String(decoding: bytes, as: UTF8.self)
        let lines = yamlLines(bytes)
        let first = outcome(yaml)
        if case .failure(let error) = first {
            FuzzProperty.require(!error.diagnostics.isEmpty, "a manifest error with no diagnostic")
            for diagnostic in error.diagnostics {
                FuzzProperty.require(diagnostic.position.file == "fuzz.yaml", "diagnostic names \(diagnostic.position.file)")
                FuzzProperty.require(
                    diagnostic.position.line >= 1 && diagnostic.position.line <= lines + 1,
                    "diagnostic on line \(diagnostic.position.line) of a \(lines)-line file: \(diagnostic.message)")
                FuzzProperty.require(!diagnostic.message.isEmpty, "a diagnostic with no message at \(diagnostic.position)")
            }
        }
        let second = describe(outcome(yaml))
        FuzzProperty.require(second == describe(first), "loading the same manifest twice gave different answers:\n\(describe(first))\n---\n\(second)")
    }

    /// Lines as YAML counts them: a line break is LF, CR or CR LF.
    static func yamlLines(_ bytes: [UInt8]) -> Int {
        var lines = 1
        for (index, byte) in bytes.enumerated() where byte == 0x0D || (byte == 0x0A && (index == 0 || bytes[index - 1] != 0x0D)) {
            lines += 1
        }
        return lines
    }

    private static func outcome(_ yaml: String) -> Result<LoadedManifest, ManifestError> {
        do { return .success(try ManifestLoader().load(yaml: yaml, file: "fuzz.yaml")) } catch { return .failure(error) }
    }

    private static func describe(_ outcome: Result<LoadedManifest, ManifestError>) -> String {
        switch outcome {
        case .success(let loaded): "manifest with \(loaded.manifest.documents.count) documents"
        case .failure(let error): error.description
        }
    }
}
