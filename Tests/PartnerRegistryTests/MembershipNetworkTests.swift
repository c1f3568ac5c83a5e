import Foundation
import NetworkAnalysis
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// `RegistryLoader.loadNetwork`: the lean CSV-to-graph path gives the same
/// network as loading the registry and viewing it.
@Suite struct MembershipNetworkTests {
    let scratch: ScratchDirectory

    init() throws { scratch = try ScratchDirectory("net") }

    func file(_ name: String, _ text: String) throws -> String {
        let url = scratch.url.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func edges(_ g: Graph) -> [[Int32]] {
        g.vertices.map { Array(g.neighbors(of: $0)) }
    }

    @Test func csvNetworkEqualsTheRegistryView() throws {
        let path = try file("m.csv", """
        organisation,group,role,since
        VästerbottensTurism,Ledningsgruppen,chair,2015
        visit-umea,Ledningsgruppen,,2015
        "Fjällhotellet AB, Hemavan",Marknadsgruppen,,2017
        vasterbottensturism,marknadsgruppen,convener,2016
        Visit Umeå,Marknadsgruppen,,2016
        """)
        let network = try RegistryLoader.loadNetwork(path: path)
        let view = NetworkView(registry: try RegistryLoader.load(path: path))
        #expect(network.organisations == view.organisations.map(\.id))
        #expect(network.organisationNames == view.organisations.map(\.name))
        #expect(network.groups == view.groups.map(\.id))
        #expect(edges(network.graph.graph) == edges(view.graph))
        #expect(network.organisationNames.contains("Fjällhotellet AB, Hemavan"))
        // "Visit Umeå" and "visit-umea" are one organisation: its name makes that ID.
        #expect(network.graph.topVertices.count == 3 && network.graph.bottomVertices.count == 2)
    }

    @Test func repeatedMembershipIsOneTieNotAnError() throws {
        let path = try file("d.csv", "organisation,group\na,g\na,g\nb,g\n")
        #expect(throws: RegistryLoadError.self) { try RegistryLoader.load(path: path) }
        let network = try RegistryLoader.loadNetwork(path: path)
        #expect(network.graph.graph.edgeCount == 2)
    }

    @Test func cellErrorsAreReportedAsForARegistry() throws {
        let path = try file("e.csv", "organisation,group,role\na,g,boss\n,g,\n")
        do {
            _ = try RegistryLoader.loadNetwork(path: path)
            Issue.record("loaded a file with errors")
        } catch {
            #expect(error.diagnostics.map(\.line) == [2, 3])
            #expect(error.diagnostics.first?.message == "unknown role 'boss'")
        }
    }

    @Test func yamlFilesGoThroughTheRegistry() throws {
        let path = try file("r.yaml", """
        organisations:
          - {id: a, name: A, kind: company}
          - {id: b, name: B, kind: company}
        groups:
          - {id: g, name: G, kind: council, convener: a, members: [b]}
        """)
        let network = try RegistryLoader.loadNetwork(path: path)
        #expect(network.graph.graph.edgeCount == 2)
        #expect(network.groupNames == ["G"])
    }
}
