/// Loading a registry failed: every problem found, in file order.
///
/// The loader never returns a registry that has errors; it throws this
/// instead, holding all the diagnostics at once so a user can fix them in
/// one pass. Its description is one diagnostic per line.
public struct RegistryLoadError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, errors first by file position, then warnings.
    public var diagnostics: [Diagnostic]

    /// Problems found but left out of `diagnostics` (past the limit of
    /// what is worth printing; a closing `tooManyProblems` note says so).
    public var omitted: Int

    public init(diagnostics: [Diagnostic], omitted: Int = 0) {
        self.diagnostics = diagnostics
        self.omitted = omitted
    }

    /// How many errors were found, including those omitted.
    public var errorCount: Int {
        diagnostics.filter { $0.severity == .error && $0.code != .tooManyProblems }.count + omitted
    }

    /// Whether the file itself could not be read (as opposed to read and
    /// found wrong). The CLI exits with status 2 in that case.
    public var isUnreadable: Bool {
        diagnostics.contains { $0.code == .unreadableFile }
    }

    /// The diagnostics of severity `error`.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
