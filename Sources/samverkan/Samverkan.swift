import ArgumentParser
import CollaborationMap

/// The root command; the `samverkan` executable (Sources/samverkan-main) runs it.
public struct Samverkan: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "samverkan",
        abstract: "Map and analyse partner networks: registry, analysis and the collaboration map.",
        // The version the map's footer prints.
        version: CollaborationMap.toolVersion,
        subcommands: [
            // Each subcommand lives in its own file.
            ValidateCommand.self,
            MapCommand.self,
            CentralityCommand.self,
            StatsCommand.self,
            OverlapCommand.self,
            ConnectCommand.self,
            ReachCommand.self,
            BrokersCommand.self,
            LoadCommand.self,
            CommunitiesCommand.self,
            EgoCommand.self,
            DiffCommand.self,
            TimelineCommand.self,
            ReportCommand.self,
            ExportCommand.self,
            ImportCommand.self,
        ]
    )

    public init() {}
}
