import ArgumentParser

// Checks of option values that need no registry, made while the command
// line is parsed: a failure is a usage error (exit 64) with the usage line.

extension Centrality {
    /// `--top` shows at least one score; Katz's `--alpha` is a positive number.
    func validate() throws {
        if let top, top < 1 {
            throw ValidationError("--top must be 1 or more, not \(top); leave it out to show every score")
        }
        guard alpha.isFinite, alpha > 0 else {
            throw ValidationError(
                "--alpha \(alpha) is invalid; give a number above 0 and below 1/λ_max of the graph (e.g. 0.1)")
        }
    }
}

extension Stats {
    /// `--top` lists no entities at 0, never fewer.
    func validate() throws {
        if top < 0 {
            throw ValidationError("--top must be 0 or more, not \(top)")
        }
    }
}

extension Validate {
    /// Standard input can be read once.
    func validate() throws {
        if ([registry.file] + moreFiles).filter({ $0 == "-" }).count > 1 {
            throw ValidationError("'-' (standard input) can be read only once; name it once")
        }
    }
}
