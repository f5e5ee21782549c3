import Foundation
import Yams

/// A manifest together with where each of its values was written, so that problems found later
/// (a source file that does not exist) can be reported at `file:line:column`.
public struct LoadedManifest: Sendable {
    /// The manifest.
    public var manifest: Manifest
    /// The manifest's path as it should appear in messages.
    public var file: String
    /// Positions by value path, e.g. `documents[0].local.source`.
    public var positions: [String: SourcePosition]

    package init(manifest: Manifest, file: String, positions: [String: SourcePosition] = [:]) {
        self.manifest = manifest
        self.file = file
        self.positions = positions
    }

    /// Where the value at `path` was written; the top of the file when it was not written at all.
    public func position(of path: String) -> SourcePosition {
        positions[path] ?? SourcePosition(file: file, line: 1, column: 1)
    }
}

/// Reads and validates `tracker.yaml` text. Pure: the caller reads the file.
///
/// Every problem is collected and thrown together as a ``ManifestError`` whose diagnostics name
/// `file:line:column` and say what to do, e.g.
/// `locales/tracker.yaml:3:1: error: unknown key 'langauges'; did you mean 'languages'?`.
public struct ManifestLoader: Sendable {
    /// The largest manifest read, in bytes. A real one is a few kilobytes; anything near this is
    /// not a manifest, and reading it would only spend memory.
    public static let maximumBytes = 1 << 20

    /// A loader; it holds no state.
    public init() {}

    /// Parses and validates a manifest. `file` is the name diagnostics use; every mistake is reported at once, with its line and column.
    public func load(yaml: String, file: String) throws(ManifestError) -> LoadedManifest {
        let size = yaml.utf8.count
        guard size <= Self.maximumBytes else {
            throw ManifestError(
                SourcePosition(file: file, line: 1),
                "the manifest is \(size) bytes, more than the \(Self.maximumBytes / 1024) KiB transtrack reads; check that this is the right file")
        }
        let node: Node
        do {
            // Aliases (`*name`) share the node they refer to, so a few kilobytes of nested aliases
            // expand to billions of nodes when walked or decoded. The manifest refuses them before
            // either happens; the parser is kept alive while looking, as it owns the anchors.
            let parser = try Parser(yaml: yaml)
            guard let root = try parser.singleRoot() else {
                throw ManifestError(SourcePosition(file: file, line: 1), "the manifest is empty; start it with 'version: 1'")
            }
            let anchored = withExtendedLifetime(parser) { Self.anchoredNodes(in: root, file: file) }
            if !anchored.isEmpty {
                throw ManifestError(
                    anchored.map {
                        ManifestDiagnostic($0, "YAML anchors and aliases (&name, *name) are not allowed in the manifest; write the value out in full")
                    })
            }
            node = root
        } catch let error as ManifestError {
            throw error
        } catch let error as YamlError {
            throw ManifestError(Self.position(of: error, file: file), "invalid YAML: \(Self.problem(of: error))")
        } catch {
            throw ManifestError(SourcePosition(file: file, line: 1), "invalid YAML: \(error)")
        }

        var walker = SchemaWalker(file: file)
        walker.walk(node, schema: .manifest, path: "")
        if !walker.diagnostics.isEmpty { throw ManifestError(walker.diagnostics) }

        let manifest: Manifest
        do {
            manifest = try YAMLDecoder().decode(Manifest.self, from: node)
        } catch let error as DecodingError {
            throw ManifestError([Self.diagnostic(for: error, positions: walker.positions, file: file)])
        } catch {
            throw ManifestError(SourcePosition(file: file, line: 1), "cannot read the manifest: \(error)")
        }

        let loaded = LoadedManifest(manifest: manifest, file: file, positions: walker.positions)
        let problems = ManifestValidator(loaded: loaded).validate()
        if !problems.isEmpty { throw ManifestError(problems) }
        return loaded
    }

    /// Where anchored nodes are: each once, without looking inside them, so that the walk is as
    /// long as the text however the aliases nest.
    private static func anchoredNodes(in root: Node, file: String) -> [SourcePosition] {
        var found: [SourcePosition] = []
        var seen = Set<SourcePosition>()
        var pending = [root]
        while let node = pending.popLast() {
            let isAnchored: Bool
            if case .alias = node { isAnchored = true } else { isAnchored = node.anchor != nil }
            if isAnchored {
                let mark = node.mark
                let position = SourcePosition(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
                if seen.insert(position).inserted { found.append(position) }
                continue
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() { pending += [value, key] }
            case .sequence(let sequence):
                pending += sequence.reversed()
            case .scalar, .alias:
                break
            }
        }
        return found.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    private static func position(of error: YamlError, file: String) -> SourcePosition {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourcePosition(file: file, line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(_, let context):
            return SourcePosition(file: file, line: context.mark.line, column: context.mark.column)
        default:
            return SourcePosition(file: file, line: 1)
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            if let context { return "\(problem) (\(context.text))" }
            return problem
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")); keep one"
        case .reader(let problem, _, _, _):
            return "\(problem); save the manifest as UTF-8"
        default:
            return "\(error)"
        }
    }

    private static func diagnostic(
        for error: DecodingError, positions: [String: SourcePosition], file: String
    ) -> ManifestDiagnostic {
        func path(_ codingPath: [any CodingKey]) -> String {
            var result = ""
            for key in codingPath {
                if let index = key.intValue {
                    result += "[\(index)]"
                } else if key.stringValue.hasPrefix("Index ") {
                    result += "[\(key.stringValue.dropFirst(6))]"
                } else {
                    result += result.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
            return result
        }
        switch error {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let p = path(context.codingPath)
            let where_ = positions[p] ?? SourcePosition(file: file, line: 1)
            return ManifestDiagnostic(where_, "'\(p)' must be \(describe(type)); \(context.debugDescription)")
        case .keyNotFound(let key, let context):
            let p = path(context.codingPath)
            let where_ = positions[p] ?? SourcePosition(file: file, line: 1)
            return ManifestDiagnostic(where_, "missing key '\(key.stringValue)' in '\(p)'; add it")
        case .dataCorrupted(let context):
            let p = path(context.codingPath)
            let where_ = positions[p] ?? SourcePosition(file: file, line: 1)
            return ManifestDiagnostic(where_, "invalid value for '\(p)': \(context.debugDescription)")
        @unknown default:
            return ManifestDiagnostic(SourcePosition(file: file, line: 1), "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        case is String.Type: "text"
        default: "\(type)"
        }
    }
}

/// Walks the YAML tree against ``ManifestSchema``, recording positions and shape problems.
private struct SchemaWalker {
    let file: String
    var positions: [String: SourcePosition] = [:]
    var diagnostics: [ManifestDiagnostic] = []

    init(file: String) { self.file = file }

    func position(_ node: Node) -> SourcePosition {
        guard let mark = node.mark else { return SourcePosition(file: file, line: 1) }
        return SourcePosition(file: file, line: mark.line, column: mark.column)
    }

    mutating func walk(_ node: Node, schema: ManifestSchema, path: String) {
        positions[path] = position(node)
        switch (schema, node) {
        case (.scalar, .scalar):
            return
        case (.choice(let values), .scalar(let scalar)):
            if !values.contains(scalar.string) {
                let hint = Suggestion.hint(for: scalar.string, in: values)
                let list = values.map { "'\($0)'" }.joined(separator: " or ")
                diagnostics.append(ManifestDiagnostic(position(node), "'\(path)' must be \(list), not '\(scalar.string)'\(hint)"))
            }
        case (.mapping(let keys, let required), .mapping(let mapping)):
            var seen = Set<String>()
            for (keyNode, value) in mapping {
                let key = keyNode.string ?? ""
                seen.insert(key)
                let childPath = path.isEmpty ? key : "\(path).\(key)"
                guard let childSchema = keys[key] else {
                    let hint = Suggestion.hint(for: key, in: keys.keys)
                    let known = hint.isEmpty ? "; known keys here: \(keys.keys.sorted().joined(separator: ", "))" : hint
                    let at = path.isEmpty ? "" : " in '\(path)'"
                    diagnostics.append(ManifestDiagnostic(position(keyNode), "unknown key '\(key)'\(at)\(known)"))
                    continue
                }
                walk(value, schema: childSchema, path: childPath)
            }
            for key in required.sorted() where !seen.contains(key) {
                let at = path.isEmpty ? "at the top level" : "in '\(path)'"
                diagnostics.append(ManifestDiagnostic(position(node), "missing key '\(key)' \(at); add it"))
            }
        case (.sequence(let item), .sequence(let sequence)):
            for (index, child) in sequence.enumerated() {
                walk(child, schema: item, path: "\(path)[\(index)]")
            }
        case (.dictionary(let item), .mapping(let mapping)):
            for (keyNode, value) in mapping {
                let key = keyNode.string ?? ""
                let childPath = "\(path).\(key)"
                positions[childPath + "#key"] = position(keyNode)
                walk(value, schema: item, path: childPath)
            }
        default:
            let name = path.isEmpty ? "the manifest" : "'\(path)'"
            diagnostics.append(ManifestDiagnostic(position(node), "\(name) must be \(schema.kindName)"))
        }
    }
}
