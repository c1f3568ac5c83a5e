/// Gathers diagnostics during a load, up to a limit, so that a file with a
/// million bad rows does not produce a million lines.
package struct DiagnosticCollector: Sendable {
    package let file: String
    package let limit: Int
    package private(set) var diagnostics: [Diagnostic] = []
    package private(set) var dropped = 0

    package init(file: String, limit: Int = 500) {
        self.file = file
        self.limit = limit
    }

    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } || dropped > 0 }
    package var isFull: Bool { diagnostics.count >= limit }

    package mutating func add(_ diagnostic: Diagnostic) {
        if diagnostics.count < limit { diagnostics.append(diagnostic) } else { dropped += 1 }
    }

    package mutating func error(_ code: Diagnostic.Code, at position: TextPosition, _ message: String, hint: String? = nil) {
        add(Diagnostic(
            .error, code: code,
            at: SourceLocation(file: file, line: Int(position.line), column: Int(position.column)),
            message: message, hint: hint))
    }

    /// The diagnostics sorted by position (stable), plus a closing note
    /// when some were dropped.
    package func finished() -> [Diagnostic] {
        var all = diagnostics.enumerated().sorted {
            ($0.element.location, $0.offset) < ($1.element.location, $1.offset)
        }.map(\.element)
        if dropped > 0 {
            all.append(Diagnostic(
                .error, code: .tooManyProblems, at: SourceLocation(file: file),
                message: "\(dropped) more problems not shown",
                hint: "fix the ones above and validate again"))
        }
        return all
    }

    /// The error to throw: every diagnostic, and how many were left out.
    package func loadError() -> RegistryLoadError {
        RegistryLoadError(diagnostics: finished(), omitted: dropped)
    }
}
