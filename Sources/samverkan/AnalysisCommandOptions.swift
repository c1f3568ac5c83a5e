import ArgumentParser
import PartnerRegistry

/// The registry, filters and format every analysis command takes, and
/// the one place that turns them into a `RegistryAnalysis`.
struct AnalysisCommandOptions: ParsableArguments {
    @OptionGroup var registry: RegistryOptions
    @OptionGroup var filters: NetworkFilterOptions
    @OptionGroup var output: FormatOptions

    /// Loads the registry (printing diagnostics and exiting 1 or 2 on
    /// failure) and prepares the analysis on `--as-of` with the filters.
    func analysis() throws -> RegistryAnalysis {
        let loaded = try RegistryOptions.load(path: registry.file)
        return RegistryAnalysis(registry: loaded, scope: registry.scope, filter: filters.filter)
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

    /// Prints `value` in the chosen format.
    func emit<T: Encodable>(_ value: T, table: (T) -> String, csv: (T) -> String) throws {
        let text: String
        switch output.format {
        case .table: text = table(value)
        case .json: text = try AnalysisOutput.json(value)
        case .csv: text = csv(value)
        }
        try StandardStream.output.write(text)
    }
}
