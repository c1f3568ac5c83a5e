import ArgumentParser
import PartnerRegistry
@testable import SamverkanCLI
import Testing

/// The command line parsed in-process with argument-parser's own
/// `parseAsRoot`: no executable, no registry file read. What each command
/// does with the parsed values is tested by the end-to-end suites.
@Suite struct ArgumentParsingTests {
    /// Parses `arguments` and returns the command as `Command`, or fails.
    func parse<Command: ParsableCommand>(_ arguments: [String], as _: Command.Type = Command.self) throws -> Command {
        let parsed = try Samverkan.parseAsRoot(arguments)
        return try #require(parsed as? Command, "parsed \(type(of: parsed)), not \(Command.self)")
    }

    /// The exit code argument-parser gives the error that parsing `arguments` throws.
    func exitCode(_ arguments: [String]) -> Int32? {
        do {
            _ = try Samverkan.parseAsRoot(arguments)
            return nil
        } catch {
            return Samverkan.exitCode(for: error).rawValue
        }
    }

    // MARK: Date and certainty

    @Test func theDefaultViewIsNowWithEveryFact() throws {
        let command = try parse(["centrality", "graphs/vasterbotten.yaml"], as: CentralityCommand.self)
        let registry = command.options.registry
        #expect(registry.file == "graphs/vasterbotten.yaml")
        #expect(registry.asOf == .now)
        #expect(registry.certainty == .all)
        #expect(registry.scope == .now)
    }

    @Test func asOfNowIsNow() throws {
        let command = try parse(["stats", "r.yaml", "--as-of", "now"], as: StatsCommand.self)
        #expect(command.options.registry.asOf == .now)
    }

    @Test(arguments: [
        ("2010", PartialDate(year: 2010)),
        ("2010-03", PartialDate(year: 2010, month: 3)),
        ("2010-03-01", PartialDate(year: 2010, month: 3, day: 1)),
    ])
    func asOfADateIsThatDate(text: String, date: PartialDate?) throws {
        let date = try #require(date)
        let command = try parse(["centrality", "r.yaml", "--as-of", text], as: CentralityCommand.self)
        #expect(command.options.registry.asOf == .date(date))
    }

    @Test func allTimeIsTheTimelessUnion() throws {
        let command = try parse(["connect", "r.yaml", "a", "b", "--all-time"], as: ConnectCommand.self)
        #expect(command.options.registry.asOf == .allTime)
        #expect(command.options.registry.scope == .allTime)
    }

    @Test(arguments: CertaintyFilter.allCases)
    func certaintyTakesEachFilter(filter: CertaintyFilter) throws {
        let command = try parse(["stats", "r.yaml", "--certainty", filter.rawValue], as: StatsCommand.self)
        #expect(command.options.registry.certainty == filter)
    }

    @Test func dateAndCertaintyMakeOneScope() throws {
        let command = try parse(
            ["map", "r.yaml", "--as-of", "2010", "--certainty", "stated"], as: MapCommand.self)
        let date = try #require(PartialDate(year: 2010))
        #expect(command.registry.scope == RegistryScope(asOf: .date(date), certainty: .stated))
    }

    @Test(arguments: ["x", "20100", "2010-13", "2010-02-30", "all-time", ""])
    func asOfRejectsWhatIsNotADate(text: String) {
        #expect(throws: (any Error).self) { try Samverkan.parseAsRoot(["stats", "r.yaml", "--as-of", text]) }
        #expect(exitCode(["stats", "r.yaml", "--as-of", text]) == ExitCode.validationFailure.rawValue)
    }

    @Test func asOfAndAllTimeContradict() {
        #expect(throws: (any Error).self) {
            try Samverkan.parseAsRoot(["centrality", "r.yaml", "--as-of", "2010", "--all-time"])
        }
        #expect(exitCode(["map", "r.yaml", "--all-time", "--as-of", "now"]) == ExitCode.validationFailure.rawValue)
    }

    @Test func certaintyRejectsAnUnknownFilter() {
        #expect(exitCode(["stats", "r.yaml", "--certainty", "certain"]) == ExitCode.validationFailure.rawValue)
    }

    // MARK: Commands and their options

    @Test func everyCommandParsesWithItsRequiredArguments() throws {
        let lines: [[String]] = [
            ["validate", "r.yaml"],
            ["map", "r.yaml"],
            ["centrality", "r.yaml"],
            ["stats", "r.yaml"],
            ["overlap", "r.yaml"],
            ["connect", "r.yaml", "a", "b"],
            ["reach", "r.yaml", "a"],
            ["brokers", "r.yaml"],
            ["load", "r.yaml"],
            ["communities", "r.yaml"],
            ["ego", "r.yaml", "a"],
            ["diff", "r.yaml", "--from", "2010"],
            ["timeline", "r.yaml"],
            ["report", "r.yaml"],
            ["export", "r.yaml", "--format", "graphml"],
            ["import", "sheets/"],
        ]
        #expect(lines.count == Samverkan.configuration.subcommands.count)
        for line in lines {
            let parsed = try Samverkan.parseAsRoot(line)
            #expect(type(of: parsed)._commandName == line[0])
        }
    }

    @Test func centralityOptions() throws {
        let command = try parse(
            ["centrality", "r.yaml", "--measure", "katz", "--mode", "organisations", "--lengths", "hops",
             "--alpha", "0.05", "--top", "3", "--format", "json"],
            as: CentralityCommand.self)
        #expect(command.measure == .katz)
        #expect(command.mode == .organisations)
        #expect(command.lengths == .hops)
        #expect(command.alpha == 0.05)
        #expect(command.top == 3)
        #expect(command.options.output.format == .json)
    }

    @Test func centralityDefaults() throws {
        let command = try parse(["centrality", "r.yaml"], as: CentralityCommand.self)
        #expect(command.measure == .betweenness)
        #expect(command.mode == nil)  // two-mode for a registry; given on one-mode input, a usage error
        #expect(command.lengths == nil && command.weights == nil)  // 1/weight, strengths (TieWeights.strength)
        let options = command.centralityOptions(mode: .twoMode)
        #expect(options.lengths == .inverseWeight && options.strengths == .weights && options.weights == .strength)
        #expect(options.normalized && options.endpoints == .excluded && options.closeness == .wassermanFaust)
        #expect(command.top == nil)
        #expect(command.options.output.format == .table)
    }

    @Test func filtersAreRepeatable() throws {
        let command = try parse(
            ["stats", "r.yaml", "--group-kind", "working-group", "--group-kind", "council", "--level", "regional"],
            as: StatsCommand.self)
        let filter = try command.options.filters.filter(for: Registry(), command: "stats")
        #expect(filter.groupKinds == [.workingGroup, .council])
        #expect(filter.levels == [.regional])
    }

    @Test func connectTakesTwoOrganisations() throws {
        let command = try parse(["connect", "r.yaml", "Trafikverket", "Umeå kommun", "--longer"], as: ConnectCommand.self)
        #expect(command.from == "Trafikverket")
        #expect(command.to == "Umeå kommun")
        #expect(command.longer)
        #expect(exitCode(["connect", "r.yaml", "Trafikverket"]) == ExitCode.validationFailure.rawValue)
    }

    @Test func mapOptions() throws {
        let command = try parse(
            ["map", "r.yaml", "-o", "karta.gv", "--format", "dot", "--engine", "neato",
             "--connect", "trafikverket", "umea", "--cluster-by", "sector"],
            as: MapCommand.self)
        #expect(command.output == "karta.gv")
        #expect(command.format == .dot)
        #expect(command.engine == .neato)
        #expect(command.connect == ["trafikverket", "umea"])
        #expect(command.clusterBy == "sector")
    }

    @Test func validateTakesMoreFilesAndStrict() throws {
        let command = try parse(["validate", "a.yaml", "b.yaml", "--strict"], as: ValidateCommand.self)
        #expect(command.registry.file == "a.yaml")
        #expect(command.moreFiles == ["b.yaml"])
        #expect(command.strict)
    }

    // MARK: Usage errors

    @Test func usageErrorsExitWith64() {
        #expect(exitCode([]) == nil)  // the root command alone parses (and prints help when run)
        #expect(exitCode(["centrality"]) == ExitCode.validationFailure.rawValue)  // no file
        #expect(exitCode(["centrality", "r.yaml", "--measure", "fame"]) == ExitCode.validationFailure.rawValue)
        #expect(exitCode(["centrality", "r.yaml", "--no-such-option"]) == ExitCode.validationFailure.rawValue)
        #expect(exitCode(["no-such-command", "r.yaml"]) == ExitCode.validationFailure.rawValue)
        #expect(ExitCode.validationFailure.rawValue == 64)
    }
}
