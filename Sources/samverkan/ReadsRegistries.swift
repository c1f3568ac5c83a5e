/// A command that reads registry files: standard output must not be one
/// of them (`samverkan stats registry.yaml >> registry.yaml` would append
/// the report to the registry it reads).
protocol ReadsRegistries {
    /// The files the command reads; `-` for standard input.
    var inputFiles: [String] { get }
    /// What the inputs are, for messages: "the registry" (the default), "the sheet".
    var inputNoun: String { get }
}

extension ReadsRegistries {
    var inputNoun: String { "the registry" }

    /// Throws a usage error (exit 64) when standard output is open on one
    /// of `inputFiles`.
    func checkStandardOutput() throws(CLIError) {
        guard let input = OutputTarget.inputOnStandardOutput(inputs: inputFiles) else { return }
        throw .usage(
            "standard output is \(inputNoun) being read ('\(input)'); writing there would overwrite it. "
                + "Send the output to another file")
    }
}

extension ValidateCommand: ReadsRegistries { var inputFiles: [String] { [registry.file] + moreFiles } }
extension MapCommand: ReadsRegistries { var inputFiles: [String] { [registry.file] } }
extension CentralityCommand: ReadsRegistries { var inputFiles: [String] { [options.registry.file] } }
extension StatsCommand: ReadsRegistries { var inputFiles: [String] { [options.registry.file] } }
extension DiffCommand: ReadsRegistries { var inputFiles: [String] { files } }
extension OverlapCommand: ReadsRegistries { var inputFiles: [String] { [options.registry.file] } }
extension ConnectCommand: ReadsRegistries { var inputFiles: [String] { [options.registry.file] } }
extension ReachCommand: ReadsRegistries { var inputFiles: [String] { [options.registry.file] } }
extension BrokersCommand: ReadsRegistries { var inputFiles: [String] { [options.registry.file] } }
extension LoadCommand: ReadsRegistries { var inputFiles: [String] { [options.registry.file] } }
extension CommunitiesCommand: ReadsRegistries { var inputFiles: [String] { [options.registry.file] } }
extension EgoCommand: ReadsRegistries { var inputFiles: [String] { [options.registry.file] } }
