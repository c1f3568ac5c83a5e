@testable import CollaborationMap
import Foundation
import Testing

/// Graphviz 2.42's `dot` corrupts the heap when an edge with a `label`
/// joins two nodes of the same rank; `gvFreeLayout` then aborts the
/// process ("double free or corruption"). The fixture is the file that
/// showed it (`cat F F | dot -Tsvg` aborts). These tests pass only because
/// the renderer turns edge labels into `xlabel`s for `dot` — without that,
/// the test process itself dies.
@Suite struct DoubleFreeFixtureTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/freelayout-double-free.dot")

    @Test(arguments: LayoutEngine.allCases)
    func fixtureRendersToValidSVG(engine: LayoutEngine) async throws {
        let dot = try String(contentsOf: Self.fixture, encoding: .utf8)
        for _ in 0 ..< 3 {
            let svg = try SVGInspector(try await GraphvizRenderer.shared.render(dot: dot, engine: engine, format: .svg))
            #expect(svg.nodes.count == 24)
            #expect(svg.edges.count == 34)
            // The edge labels survive (as external labels with dot).
            #expect(svg.edges.allSatisfy { $0.texts.count == 1 })
        }
    }

    @Test func fixtureTwiceIsRefusedNotFatal() async throws {
        let dot = try String(contentsOf: Self.fixture, encoding: .utf8)
        await #expect(throws: GraphvizError.multipleGraphs(count: 2)) {
            try await GraphvizRenderer.shared.render(dot: dot + dot, engine: .dot, format: .svg)
        }
    }

    @Test func minimalTriggerRendersWithDot() async throws {
        // The smallest form found: a labelled edge between two nodes that
        // dot puts on one rank. Valgrind shows the invalid free for this
        // graph even without clusters; glibc aborts for larger ones.
        let dot = "digraph g { r -> a; r -> m; r -> b; a -> b [label=\"L\", constraint=false]; }"
        let svg = try SVGInspector(try await GraphvizRenderer.shared.render(dot: dot, engine: .dot, format: .svg))
        #expect(svg.edges.count == 4)
        #expect(svg.edges.contains { $0.texts == ["L"] })
        let html = "digraph g { subgraph cluster_0 { a; m; } r -> a; r -> m; r -> b; a -> b [label=<<B>L</B>>, constraint=false]; }"
        let svg2 = try SVGInspector(try await GraphvizRenderer.shared.render(dot: html, engine: .dot, format: .svg))
        #expect(svg2.edges.contains { $0.texts == ["L"] })
    }
}
