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
        if let tolerance, !(tolerance.isFinite && tolerance > 0) {
            throw ValidationError(
                "--tolerance \(tolerance) is invalid; give a number above 0 (e.g. 1e-6, NetworkX's default), "
                    + "or leave it out to iterate to the answer")
        }
        try checkThreads(threads)
    }
}

/// `--threads`, when given, is at least 1.
func checkThreads(_ threads: Int?) throws {
    if let threads, threads < 1 {
        throw ValidationError("--threads must be 1 or more, not \(threads); leave it out to use every available core")
    }
}

extension Stats {
    /// `--top` lists no entities at 0, never fewer.
    func validate() throws {
        if top < 0 {
            throw ValidationError("--top must be 0 or more, not \(top)")
        }
        try checkThreads(threads)
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
