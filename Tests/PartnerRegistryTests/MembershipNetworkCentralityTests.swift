import Foundation
import NetworkInterchange
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// `NetworkInput.loadPreferringMemberships` and
/// `MembershipNetwork.centrality`: a CSV of memberships without dates or
/// repeated rows is ranked from its network alone, with the very report
/// the registry gives; any other file is read as `NetworkInput.load`
/// reads it, diagnostics included.
@Suite struct MembershipNetworkCentralityTests {
    let scratch: ScratchDirectory

    init() throws { scratch = try ScratchDirectory("lean") }

    func file(_ name: String, _ text: String) throws -> String {
        let url = scratch.url.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Quoted names, a name and its own ID as one organisation, a role
    /// column, Swedish letters, and groups of one shape (so that many
    /// scores tie and the name order decides).
    static let plain = """
        organisation,group,role
        VästerbottensTurism,Ledningsgruppen,chair
        visit-umea,Ledningsgruppen,
        "Fjällhotellet AB, Hemavan",Marknadsgruppen,
        vasterbottensturism,marknadsgruppen,convener
        Visit Umeå,Marknadsgruppen,
        Åre kommun,Ledningsgruppen,
        Ängel AB,Marknadsgruppen,
        Zeta,Ledningsgruppen,
        Örebro,Tredje,
        Zeta,Tredje,
        Alfa,Fjärde,
        Beta,Fjärde,
        Öst,Femte,
        Odd,Femte,

        """

    func network(_ path: String) throws -> MembershipNetwork {
        guard case let .memberships(network) = try NetworkInput.loadPreferringMemberships(path: path) else {
            Issue.record("\(path) was not read as a membership network")
            throw CancellationError()
        }
        return network
    }

    /// `source`'s ranking through `TwoModeCentralityRanking`, on two threads.
    func ranked(
        _ source: some TwoModeCentralityRanking, _ measure: CentralityMeasure, mode: NetworkMode, limit: Int? = nil
    ) throws -> CentralityReport {
        try source.centrality(CentralityOptions(measure, mode: mode, parallelism: 2, limit: limit), progress: nil)
    }

    @Test func everyMeasureAndModeRanksAsTheRegistryDoes() throws {
        let path = try file("plain.csv", Self.plain)
        let network = try network(path)
        let analysis = RegistryAnalysis(registry: try RegistryLoader.load(path: path))
        for mode in [NetworkMode.twoMode, .organisations, .groups] {
            for measure in CentralityMeasure.allCases {
                if measure == .triangles && mode == .twoMode {
                    // A two-mode graph has no triangles: both inputs say so.
                    #expect(throws: CentralityError.noTrianglesInTwoMode) { try analysis.centrality(measure, mode: mode) }
                    #expect(throws: CentralityError.noTrianglesInTwoMode) { try network.centrality(measure, mode: mode) }
                    continue
                }
                if measure == .edgeBetweenness {
                    // Ties, not entities: the CSV ranks them as its registry does.
                    let options = CentralityOptions(measure, mode: mode)
                    let expected = try analysis.tieCentrality(options)
                    #expect(try network.tieCentrality(options) == expected, "\(mode)")
                    #expect(!expected.ties.isEmpty)
                    continue
                }
                let expected = try analysis.centrality(measure, mode: mode)
                #expect(try network.centrality(measure, mode: mode) == expected, "\(measure) \(mode)")
                #expect(try ranked(network, measure, mode: mode) == expected, "\(measure) \(mode)")
                #expect(try ranked(analysis, measure, mode: mode) == expected, "\(measure) \(mode)")
                #expect(expected.scores.count == (mode == .twoMode ? 16 : mode == .organisations ? 11 : 5))
                for limit in [0, 1, 3] {
                    let cut = try network.centrality(CentralityOptions(measure, mode: mode, limit: limit))
                    #expect(cut.scores == Array(expected.scores.prefix(limit)), "\(measure) \(mode) \(limit)")
                    #expect(try analysis.centrality(CentralityOptions(measure, mode: mode, limit: limit)) == cut)
                    #expect(try ranked(network, measure, mode: mode, limit: limit) == cut)
                }
            }
        }
    }

    /// Degree ties, by hand: VästerbottensTurism, Visit Umeå and Zeta
    /// belong to two of the five groups (2/5, rank 1), Ledningsgruppen and
    /// Marknadsgruppen hold four of the eleven organisations (4/11, rank
    /// 4), and the eight organisations in one group (1/5) share rank 6, in
    /// Swedish order: A–Z, then Å, Ä, Ö (`Odd` before `Örebro` and `Öst`).
    @Test func tiesShareARankInSwedishNameOrder() throws {
        let report = try network(try file("ties.csv", Self.plain)).centrality(.degree)
        let tied = report.scores.filter { $0.type == .organisation && $0.rank == report.scores.first { $0.name == "Alfa" }?.rank }
        #expect(tied.map(\.name) == [
            "Alfa", "Beta", "Fjällhotellet AB, Hemavan", "Odd", "Åre kommun", "Ängel AB", "Örebro", "Öst",
        ])
        #expect(tied.allSatisfy { $0.rank == 6 })
        #expect(report.scores.prefix(5).map(\.rank) == [1, 1, 1, 4, 4])
        for limit in [5, 7] {
            let cut = try network(try file("ties.csv", Self.plain)).centrality(CentralityOptions(.degree, limit: limit))
            #expect(cut.scores == Array(report.scores.prefix(limit)))
        }
    }

    @Test func datedRepeatedAndBrokenFilesAreReadAsRegistries() throws {
        let dated = try file("dated.csv", "organisation,group,since\na,g,2015\nb,g,\n")
        guard case .input(.registry) = try NetworkInput.loadPreferringMemberships(path: dated) else {
            Issue.record("a dated file must be read as a registry (its view depends on the date)")
            return
        }
        for (name, text) in [
            ("dup.csv", "organisation,group\na,g\nb,g\na,g\n"),
            ("role.csv", "organisation,group,role\na,g,boss\n,g,\n"),
            ("names.csv", "organisation,group\nVisit Umeå,g\nVisit Umea,g\n"),
        ] {
            let path = try file(name, text)
            var expected: [String] = []
            do { _ = try RegistryLoader.load(path: path) } catch { expected = error.diagnostics.map(\.description) }
            #expect(!expected.isEmpty, "\(name)")
            do {
                _ = try NetworkInput.loadPreferringMemberships(path: path)
                Issue.record("\(name) loaded")
            } catch {
                #expect(error.diagnostics.map(\.description) == expected, "\(name)")
            }
        }
    }

    @Test func yamlAndOneModeFilesAreReadAsBefore() throws {
        let yaml = try file("r.yaml", """
            organisations:
              - {id: a, name: A, kind: company}
            groups:
              - {id: g, name: G, kind: council, members: [a]}
            """)
        guard case .input(.registry) = try NetworkInput.loadPreferringMemberships(path: yaml) else {
            Issue.record("YAML must be read as a registry")
            return
        }
        let edges = try file("e.csv", "source,target\na,b\n")
        guard case .input(.oneMode) = try NetworkInput.loadPreferringMemberships(path: edges) else {
            Issue.record("an edge list must be read as a one-mode network")
            return
        }
    }
}
