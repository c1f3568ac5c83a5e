import ArgumentParser

// Checks of option values that need no registry, made while the command
// line is parsed: a failure is a usage error (exit 64) with the usage line.

extension CentralityCommand {
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
        try checkEstimate()
    }

    /// `--epsilon` and `--delta` in (0, 1); `--delta` and `--seed` only
    /// with `--epsilon`; an estimate only of betweenness.
    private func checkEstimate() throws {
        guard let epsilon else {
            for (name, given) in [("--delta", delta != nil), ("--seed", seed != nil)] where given {
                throw ValidationError("\(name) goes with --epsilon (estimated betweenness); give --epsilon too")
            }
            return
        }
        guard measure == .betweenness else {
            throw ValidationError(
                "--epsilon estimates betweenness only, not \(measure.rawValue); use --measure betweenness or leave it out")
        }
        guard epsilon > 0, epsilon < 1 else {
            throw ValidationError("--epsilon \(epsilon) is invalid; give a number above 0 and below 1 (e.g. 0.01)")
        }
        if let delta, !(delta > 0 && delta < 1) {
            throw ValidationError("--delta \(delta) is invalid; give a number above 0 and below 1 (e.g. 0.1)")
        }
    }
}

/// `--threads`, when given, is at least 1.
func checkThreads(_ threads: Int?) throws {
    if let threads, threads < 1 {
        throw ValidationError("--threads must be 1 or more, not \(threads); leave it out to use every available core")
    }
}

extension StatsCommand {
    /// `--top` lists no entities at 0, never fewer.
    func validate() throws {
        if top < 0 {
            throw ValidationError("--top must be 0 or more, not \(top)")
        }
        try checkThreads(threads)
    }
}

extension ValidateCommand {
    /// Standard input can be read once.
    func validate() throws {
        if ([registry.file] + moreFiles).filter({ $0 == "-" }).count > 1 {
            throw ValidationError("'-' (standard input) can be read only once; name it once")
        }
    }
}
