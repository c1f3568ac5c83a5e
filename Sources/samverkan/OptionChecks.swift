import ArgumentParser

// Checks of option values that need no input file, made while the command
// line is parsed (`ChecksCommandLine`): a failure is a usage error (exit
// 64). Commands whose checks need the file's contents make them in `run()`.

extension CentralityCommand: ChecksCommandLine {
    /// `--top` shows at least one score; Katz's `--alpha` is a positive number.
    func checkCommandLine() throws(CLIError) {
        try options.checkCommandLine()
        if let top, top < 1 {
            throw .usage("--top must be 1 or more, not \(top); leave it out to show every score")
        }
        if let weights, let lengths, weights.lengths != lengths {
            throw .usage(
                "--weights \(weights.rawValue) gives the path measures --lengths \(weights.lengths.rawValue), "
                    + "not \(lengths.rawValue); give one of the two")
        }
        guard alpha.isFinite, alpha > 0 else {
            throw .usage(
                "--alpha \(alpha) is invalid; give a number above 0 and below 1/λ_max of the graph (e.g. 0.1)")
        }
        if let tolerance, !(tolerance.isFinite && tolerance > 0) {
            throw .usage(
                "--tolerance \(tolerance) is invalid; give a number above 0 (e.g. 1e-6, NetworkX's default), "
                    + "or leave it out to iterate to the answer")
        }
        try checkThreads(threads)
        try checkEstimate()
        if try personalizationWeights() != nil, measure != .pagerank {
            throw .usage("--personalization goes with --measure pagerank, not \(measure.rawValue)")
        }
        if !sources.isEmpty, measure != .harmonic {
            throw .usage("--sources goes with --measure harmonic, not \(measure.rawValue)")
        }
        if let maxIterations, maxIterations < 0 {
            throw .usage("--max-iterations \(maxIterations) is invalid; give 0 or more (e.g. 100, NetworkX's PageRank default)")
        }
        if maxIterations != nil, ![.eigenvector, .pagerank, .katz].contains(measure) {
            throw .usage("--max-iterations goes with --measure eigenvector, pagerank or katz, not \(measure.rawValue)")
        }
        if try startValues() != nil, measure != .eigenvector, measure != .katz {
            throw .usage("--nstart goes with --measure eigenvector or katz, not \(measure.rawValue)")
        }
        if try betaValues() != nil, measure != .katz {
            throw .usage("--beta goes with --measure katz, not \(measure.rawValue)")
        }
    }

    /// `--epsilon` and `--delta` in (0, 1); `--delta` only with
    /// `--epsilon`, `--seed` with `--epsilon` or `--sample-sources`; an
    /// estimate only of betweenness; `--sample-sources` at least 1, of
    /// betweenness or edge betweenness, not with `--epsilon`.
    private func checkEstimate() throws(CLIError) {
        if let sampleSources {
            guard measure == .betweenness || measure == .edgeBetweenness else {
                throw .usage("--sample-sources goes with --measure betweenness or edge-betweenness, not \(measure.rawValue)")
            }
            guard sampleSources >= 1 else {
                throw .usage(
                    "--sample-sources \(sampleSources) is out of range; give 1 to the network's number of nodes "
                        + "(NetworkX: a negative k is a sample larger than population or is negative, k = 0 divides by zero)")
            }
            if epsilon != nil {
                throw .usage("--sample-sources and --epsilon are two ways of sampling; give one of them")
            }
        }
        guard let epsilon else {
            if delta != nil { throw .usage("--delta goes with --epsilon (estimated betweenness); give --epsilon too") }
            if seed != nil, sampleSources == nil {
                throw .usage("--seed goes with --epsilon (estimated betweenness) or --sample-sources; give one of them too")
            }
            return
        }
        guard measure == .betweenness else {
            throw .usage(
                "--epsilon estimates betweenness only, not \(measure.rawValue); use --measure betweenness or leave it out")
        }
        guard epsilon > 0, epsilon < 1 else {
            throw .usage("--epsilon \(epsilon) is invalid; give a number above 0 and below 1 (e.g. 0.01)")
        }
        if let delta, !(delta > 0 && delta < 1) {
            throw .usage("--delta \(delta) is invalid; give a number above 0 and below 1 (e.g. 0.1)")
        }
    }
}

/// `--threads`, when given, is at least 1.
func checkThreads(_ threads: Int?) throws(CLIError) {
    if let threads, threads < 1 {
        throw .usage("--threads must be 1 or more, not \(threads); leave it out to use every available core")
    }
}

extension StatsCommand: ChecksCommandLine {
    /// `--top` lists no entities at 0, never fewer.
    func checkCommandLine() throws(CLIError) {
        try options.checkCommandLine()
        if top < 0 {
            throw .usage("--top must be 0 or more, not \(top)")
        }
        try checkThreads(threads)
        if let epsilon, !(epsilon > 0 && epsilon < 1) {
            throw .usage("--epsilon \(epsilon) is invalid; give a number above 0 and below 1 (e.g. 0.03)")
        }
        if let delta, !(delta > 0 && delta < 1) {
            throw .usage("--delta \(delta) is invalid; give a number above 0 and below 1 (e.g. 0.1)")
        }
        if let exactUpTo, exactUpTo < 0 {
            throw .usage("--exact-up-to must be 0 or more, not \(exactUpTo)")
        }
        let given = [("--epsilon", epsilon != nil), ("--delta", delta != nil), ("--seed", seed != nil),
                     ("--exact-up-to", exactUpTo != nil)].filter { $0.1 }.map { $0.0 }
        if exact, let first = given.first {
            throw .usage("\(first) sets the estimate, and --exact asks for none; give one of the two")
        }
        if quick, let first = given.first ?? (exact ? "--exact" : nil) {
            throw .usage("\(first) concerns the all-pairs figures, which --quick leaves out; give one of the two")
        }
    }
}

extension ValidateCommand: ChecksCommandLine {
    /// Standard input can be read once.
    func checkCommandLine() throws(CLIError) {
        try registry.checkCommandLine()
        if ([registry.file] + moreFiles).filter({ $0 == "-" }).count > 1 {
            throw .usage("'-' (standard input) can be read only once; name it once")
        }
    }
}

// The analysis commands with no options of their own to check: the
// registry's and the output's.

extension OverlapCommand: ChecksCommandLine {
    func checkCommandLine() throws(CLIError) { try options.checkCommandLine() }
}

extension ConnectCommand: ChecksCommandLine {
    func checkCommandLine() throws(CLIError) {
        try options.checkCommandLine()
        if longer, let weights, weights != .none {
            throw .usage(
                "--longer lists the chains one step longer, which needs every tie to count one step; drop --weights \(weights.rawValue) or --longer")
        }
    }
}

extension ReachCommand: ChecksCommandLine {
    func checkCommandLine() throws(CLIError) { try options.checkCommandLine() }
}

extension BrokersCommand: ChecksCommandLine {
    func checkCommandLine() throws(CLIError) { try options.checkCommandLine() }
}

extension LoadCommand: ChecksCommandLine {
    func checkCommandLine() throws(CLIError) { try options.checkCommandLine() }
}

extension CommunitiesCommand: ChecksCommandLine {
    func checkCommandLine() throws(CLIError) {
        try options.checkCommandLine()
        if mode != nil && kTruss == nil { throw .usage("--mode is for --k-truss; Louvain runs on the organisation network") }
        if mode == .twoMode {
            throw .usage("a two-mode graph has no triangles, so its k-truss is empty for k ≥ 3; use --mode organisations or groups")
        }
    }
}

extension EgoCommand: ChecksCommandLine {
    func checkCommandLine() throws(CLIError) { try options.checkCommandLine() }
}
