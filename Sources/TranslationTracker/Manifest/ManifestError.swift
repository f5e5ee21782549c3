/// One problem in a manifest, located and with what to do about it.
public struct ManifestDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public var position: SourcePosition
    public var message: String

    public init(_ position: SourcePosition, _ message: String) {
        self.position = position
        self.message = message
    }

    public var description: String { "\(position): error: \(message)" }
}

/// A manifest that cannot be used. Carries every problem found, not only the first,
/// so that one edit-run cycle fixes them all.
public struct ManifestError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [ManifestDiagnostic]

    public init(_ diagnostics: [ManifestDiagnostic]) { self.diagnostics = diagnostics }

    public init(_ position: SourcePosition, _ message: String) {
        self.diagnostics = [ManifestDiagnostic(position, message)]
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
