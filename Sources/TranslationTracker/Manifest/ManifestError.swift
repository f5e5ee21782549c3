/// One problem in a manifest, located and with what to do about it.
public struct ManifestDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Where in the manifest.
    public var position: SourcePosition
    /// What is wrong and what to do.
    public var message: String

    /// A diagnostic at a position.
    public init(_ position: SourcePosition, _ message: String) {
        self.position = position
        self.message = message
    }

    public var description: String { "\(position): error: \(message)" }
}

/// A manifest that cannot be used. Carries every problem found, not only the first,
/// so that one edit-run cycle fixes them all.
public struct ManifestError: Error, Sendable, CustomStringConvertible {
    /// Every mistake found, in file order, so all are fixed in one pass.
    public var diagnostics: [ManifestDiagnostic]

    /// An error with these diagnostics.
    public init(_ diagnostics: [ManifestDiagnostic]) { self.diagnostics = diagnostics }

    /// An error with one diagnostic.
    public init(_ position: SourcePosition, _ message: String) {
        self.diagnostics = [ManifestDiagnostic(position, message)]
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
