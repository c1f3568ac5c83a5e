import Foundation
import NetworkAnalysis
import SamverkanTestSupport
import Testing

@Suite("Brokerage: structural holes and Gould–Fernandez roles")
struct BrokerageTests {
    static let holeCases: [(String, EdgeWeighting)] = structureGraphNames.flatMap { [($0, .ignored), ($0, .weights)] }

    @Test("Burt's constraint equals NetworkX (weighted and unweighted)", arguments: holeCases)
    func constraintMatchesNetworkX(_ name: String, _ weighting: EdgeWeighting) throws {
        let fixture = try structureFixture()
        let g = try structureGraph(fixture, name, weighted: weighting == .weights)
        let expected = doubles(try fixture.value(weighting == .weights ? "constraint_weighted" : "constraint", name))
        let mismatch = scoreMismatch(g.burtConstraint(weighting: weighting), expected)
        #expect(mismatch == nil, "\(name): \(mismatch ?? "")")
    }

    @Test("effective size equals NetworkX (weighted and unweighted)", arguments: holeCases)
    func effectiveSizeMatchesNetworkX(_ name: String, _ weighting: EdgeWeighting) throws {
        let fixture = try structureFixture()
        let g = try structureGraph(fixture, name, weighted: weighting == .weights)
        let expected = doubles(try fixture.value(weighting == .weights ? "effective_size_weighted" : "effective_size", name))
        let mismatch = scoreMismatch(g.effectiveSize(weighting: weighting), expected)
        #expect(mismatch == nil, "\(name): \(mismatch ?? "")")
    }

    @Test("the weighted fixture graphs really carry non-uniform weights")
    func weightsMatter() throws {
        let fixture = try structureFixture()
        for name in ["karate", "davis_women"] {
            let g = try structureGraph(fixture, name, weighted: true)
            #expect(g.isWeighted)
            #expect(scoreMismatch(g.burtConstraint(weighting: .weights), g.burtConstraint(weighting: .ignored)) != nil)
            #expect(scoreMismatch(g.effectiveSize(weighting: .weights), g.effectiveSize(weighting: .ignored)) != nil)
        }
    }

    @Test("a directed vertex with predecessors only is scored; an isolated vertex is NaN")
    func directedSinks() throws {
        // 1 → 0 and 2 → 0: vertex 0 has no successors but two contacts that
        // are not tied: constraint 2 · (1/2)² = 1/2, effective size 2.
        let g = try Graph(vertexCount: 4, edges: [(1, 0), (2, 0)], directedness: .directed)
        #expect(scoreMismatch(g.burtConstraint(), [0.5, 1, 1, .nan]) == nil)
        #expect(scoreMismatch(g.effectiveSize(), [2, 1, 1, .nan]) == nil)
    }

    @Test("hand-checked: a star and a triangle")
    func handChecked() throws {
        // Star with centre 0 and leaves 1, 2, 3: c(0) = 3 · (1/3)² = 1/3, leaves 1;
        // effective size of the centre 3 (no ties among contacts), of a leaf 1.
        let star = try Graph(vertexCount: 4, edges: [(0, 1), (0, 2), (0, 3)])
        #expect(scoreMismatch(star.burtConstraint(), [1.0 / 3, 1, 1, 1]) == nil)
        #expect(scoreMismatch(star.effectiveSize(), [3, 1, 1, 1]) == nil)
        // Triangle: c = 2 · (1/2 + 1/4)² = 1.125; effective size 2 − 2·1/2 = 1. Isolated vertex: NaN.
        let triangle = try Graph(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 0)])
        let c = triangle.burtConstraint()
        #expect(scoreMismatch(c, [1.125, 1.125, 1.125, .nan]) == nil)
        #expect(scoreMismatch(triangle.effectiveSize(), [1, 1, 1, .nan]) == nil)
    }

    @Test("brokerage roles equal the independent brute-force enumeration",
          arguments: ["broker_tiny", "broker_directed", "karate", "florentine"])
    func brokerageMatchesBruteForce(_ name: String) throws {
        let fixture = try structureFixture()
        let g = try structureGraph(fixture, name)
        let groups = int32s(try fixture.value("brokerage_groups", name))
        let roles = try g.brokerageRoles(groups: groups)
        let expected = int32Lists(try fixture.value("brokerage", name))
        #expect(roles.map { [$0.coordinator, $0.itinerant, $0.representative, $0.gatekeeper, $0.liaison].map(Int32.init) } == expected)
        if !g.isDirected {
            for r in roles {
                #expect(r.representative == r.gatekeeper)
                #expect(r.coordinator % 2 == 0 && r.itinerant % 2 == 0 && r.liaison % 2 == 0)
            }
        }
    }

    @Test("hand-counted tiny graph: every role once at vertex 1")
    func brokerageHandCounted() throws {
        // Groups A A A B B C; arcs 0→1, 1→2, 3→1, 1→4, 1→5, 0→5, 4→3.
        let g = try Graph(vertexCount: 6, edges: [(0, 1), (1, 2), (3, 1), (1, 4), (1, 5), (0, 5), (4, 3)], directedness: .directed)
        let roles = try g.brokerageRoles(groups: [0, 0, 0, 1, 1, 2])
        #expect(roles[1] == BrokerageRoleCounts(coordinator: 1, itinerant: 1, representative: 1, gatekeeper: 1, liaison: 1))
        #expect(roles[1].total == 5)
        #expect(roles[3] == BrokerageRoleCounts(representative: 1))
        #expect(roles[4] == BrokerageRoleCounts(gatekeeper: 1))
        for v in [0, 2, 5] { #expect(roles[v].total == 0) }
        // Read as undirected, each open two-path counts in both directions.
        let fixture = try structureFixture()
        let undirected = try Graph(vertexCount: 6, edges: [(0, 1), (1, 2), (3, 1), (1, 4), (1, 5), (0, 5), (4, 3)])
        let both = try undirected.brokerageRoles(groups: [0, 0, 0, 1, 1, 2])
        #expect(both.map { [$0.coordinator, $0.itinerant, $0.representative, $0.gatekeeper, $0.liaison].map(Int32.init) }
            == int32Lists(try fixture.value("brokerage_undirected", "broker_tiny")))
    }

    @Test("a label count that is not the vertex count is refused")
    func labelMismatch() throws {
        let g = try Graph(vertexCount: 3, edges: [(0, 1)])
        #expect(throws: BrokerageError.labelCountMismatch(labels: 2, vertices: 3)) { try g.brokerageRoles(groups: [0, 1]) }
    }
}
