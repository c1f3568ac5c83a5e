import ArgumentParser
import NetworkInterchange
import PartnerRegistry

extension InputFormat: ExpressibleByArgument {}

/// What an analysis command analyses: a registry (viewed on `--as-of`
/// with the filters) or a one-mode network as it is.
enum AnalysisInput {
    case registry(RegistryAnalysis)
    case oneMode(OneModeAnalysis)
}

/// What a command that a `MembershipNetwork` can answer analyses: that
/// network alone, or a registry or one-mode network as `AnalysisInput`.
enum MembershipsOrAnalysis {
    case memberships(MembershipNetwork)
    case analysis(AnalysisInput)
}

/// The registry, filters and format every analysis command takes, and
/// the one place that turns them into a `RegistryAnalysis` (or a
/// `OneModeAnalysis` for the commands that also read one-mode networks).
struct AnalysisCommandOptions: ParsableArguments {
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var filters: NetworkFilterOptions
    @OptionGroup var output: FormatOptions

    @OptionGroup var input: InputFormatOption
    var inputFormat: InputFormat? { input.inputFormat }

    /// The registry's and the output's options agree (`--as-of` or
    /// `--all-time`; `--csv-raw` with `--format csv`).
    func checkCommandLine() throws(CLIError) {
        try registry.checkCommandLine()
        try output.checkCommandLine()
    }

    /// Loads the registry (printing diagnostics and exiting 1 or 2 on
    /// failure) and prepares the analysis on `--as-of` with the filters.
    /// A one-mode network is a usage error: `command` needs a registry.
    func analysis(command: String = "") throws -> RegistryAnalysis {
        switch try input(command: command, registryOnly: []) {
        case let .registry(analysis): return analysis
        case let .oneMode(analysis):
            throw CLIError.usage(
                "'\(registry.file)' is a one-mode network (\(analysis.network.format.rawValue)); \(command) needs a "
                    + "registry of organisations and groups. Centrality, stats, brokers, communities, connect and "
                    + "map read one-mode networks").report(command: command)
        }
    }

    /// Loads `registry.file` as a registry or a one-mode network (printing
    /// diagnostics and exiting 1 or 2 on failure). For a one-mode network,
    /// the registry-only options given (`--as-of`, `--all-time`,
    /// `--certainty`, kind and level filters, and the command's own
    /// `registryOnly` flags, named) are a usage error (exit 64).
    func input(command: String, registryOnly: [String]) throws -> AnalysisInput {
        try analysisInput(load { () throws(RegistryLoadError) in
            try NetworkInput.load(path: registry.file, format: inputFormat)
        }, command: command, registryOnly: registryOnly)
    }

    /// Whether no option narrows a registry's view: no `--as-of`,
    /// `--all-time`, `--certainty`, kind or level filter.
    var viewsWholeRegistry: Bool {
        registry.asOfOption == nil && !registry.allTime && registry.certainty == .all
            && filters.isEmpty
    }

    /// The membership network of a plain CSV of memberships (no dates, no
    /// repeated memberships, no errors) when no option narrows the view,
    /// for a command whose output the network answers as the registry
    /// would; otherwise what `input(command:registryOnly:)` gives.
    func membershipsOrInput(command: String, registryOnly: [String]) throws -> MembershipsOrAnalysis {
        guard viewsWholeRegistry else { return .analysis(try input(command: command, registryOnly: registryOnly)) }
        let loaded = try load { () throws(RegistryLoadError) in
            try NetworkInput.loadPreferringMemberships(path: registry.file, format: inputFormat)
        }
        switch loaded {
        case let .memberships(network): return .memberships(network)
        case let .input(input): return .analysis(try analysisInput(input, command: command, registryOnly: registryOnly))
        }
    }

    /// Runs `body`; on failure prints every diagnostic and exits 1 (2 when unreadable).
    private func load<T>(_ body: () throws(RegistryLoadError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            for diagnostic in error.diagnostics { printToStandardError(diagnostic.description) }
            throw ExitCode(error.isUnreadable ? 2 : 1)
        }
    }

    /// The analysis of what was loaded, checking the registry-only options against a one-mode network.
    private func analysisInput(_ loaded: NetworkInput, command: String, registryOnly: [String]) throws -> AnalysisInput {
        switch loaded {
        case let .registry(r):
            return .registry(RegistryAnalysis(registry: r, scope: registry.scope, filter: try filters.filter(for: r, command: command)))
        case let .oneMode(network):
            var given = registryOnly
            if registry.asOfOption != nil { given.append("--as-of") }
            if registry.allTime { given.append("--all-time") }
            if registry.certainty != .all { given.append("--certainty") }
            if !filters.organisationKinds.isEmpty { given.append("--organisation-kind") }
            if !filters.groupKinds.isEmpty { given.append("--group-kind") }
            if !filters.levels.isEmpty { given.append("--level") }
            if !filters.roles.isEmpty { given.append("--role") }
            if !given.isEmpty {
                let list = given.joined(separator: ", ")
                throw CLIError.usage(
                    "\(list) \(given.count == 1 ? "applies" : "apply") to registries of organisations and groups; "
                        + "'\(registry.file)' is a one-mode network (\(network.format.rawValue)), analysed as it is. "
                        + "Leave \(given.count == 1 ? "it" : "them") out").report(command: command)
            }
            return .oneMode(OneModeAnalysis(network))
        }
    }

    /// The organisation `query` names (ID, name or alias), or exit 1 with a suggestion.
    func organisation(_ query: String, in analysis: RegistryAnalysis, command: String) throws -> OrganisationID {
        try AnalysisOutput.answer(command) { () throws(ResolutionError) in
            try analysis.undatedRegistry.resolveOrganisation(query)
        }
    }

    /// The group `query` names (ID, name or alias), or exit 1 with a suggestion.
    func group(_ query: String, in analysis: RegistryAnalysis, command: String) throws -> GroupID {
        try AnalysisOutput.answer(command) { () throws(ResolutionError) in try analysis.undatedRegistry.resolveGroup(query) }
    }

    /// Prints `value` in the chosen format: a table for a reader
    /// (`writeDisplay`), JSON, or CSV as `--csv-raw` chooses.
    func emit<T: Encodable>(_ value: T, table: (T) -> String, csv: (T) -> String) throws {
        switch output.format {
        case .table: try StandardStream.output.writeDisplay(table(value))
        case .json: try StandardStream.output.write(try AnalysisOutput.json(value))
        case .csv: try StandardStream.output.write(output.csvCells.csv { csv(value) })
        }
    }
}
