@testable import CollaborationMap
import InterchangeBase
import PartnerRegistry
import Testing

@Suite struct DOTEncoderTests {
    /// The whole tiny registry, ended entities included.
    let map = try! CollaborationMap(registry: TinyRegistry.registry, options: MapOptions(scope: .allTime))

    /// The lines of the map's edges; the invisible edges that keep `dot`'s
    /// columns in order (`[style=invis]`, nothing else) are not edges of
    /// the map.
    func edgeLines(_ dot: String) -> [Substring] {
        dot.split(separator: "\n").filter { $0.contains(" -> ") && !$0.hasSuffix(" [style=invis];") }
            .map { $0.drop(while: { $0 == " " }) }
    }

    @Test func sameModelSameText() throws {
        for engine in LayoutEngine.allCases {
            let a = DOTEncoder(engine: engine).encode(map.model)
            let b = DOTEncoder(engine: engine).encode(try CollaborationMap(registry: TinyRegistry.registry, options: MapOptions(scope: .allTime)).model)
            #expect(a == b)
        }
    }

    @Test func randomisedEnginesGetThePinnedSeed() {
        for engine in LayoutEngine.allCases {
            let text = DOTEncoder(engine: engine, seed: 7).encode(map.model)
            #expect(text.contains("start=7") == engine.isRandomised, "\(engine)")
        }
    }

    @Test func noEdgeCarriesALabel() {
        for engine in LayoutEngine.allCases {
            let lines = edgeLines(DOTEncoder(engine: engine).encode(map.model))
            #expect(lines.count == 14)
            #expect(lines.allSatisfy { !$0.contains("label=") }, "\(engine)")
            let chain = DOTEncoder(engine: engine).encode(map.model).split(separator: "\n")
                .filter { $0.contains(" -> ") && !lines.contains($0.drop(while: { $0 == " " })) }
            #expect(chain.allSatisfy { $0.hasSuffix(" [style=invis];") }, "\(engine)")
            #expect(chain.isEmpty == (engine != .dot), "\(engine): only dot's columns are chained")
        }
    }

    @Test func clustersOnlyForEnginesThatDrawThemAndNeverEmpty() throws {
        let dot = DOTEncoder(engine: .dot).encode(map.model)
        // Three levels, the area of what has no tie (Isolerade AB) and the
        // borderless cluster around the whole map that carries the footer.
        #expect(dot.components(separatedBy: "subgraph \"cluster_").count - 1 == 5)
        #expect(dot.contains("subgraph \"cluster_level-local\" {"))
        #expect(dot.contains("subgraph \"cluster_untied\" {"))
        #expect(dot.contains("subgraph \"cluster_footer\" {"))
        #expect(dot.contains("{ rank=same; \"organisation:b\"; \"organisation:c\"; }"))
        for engine in [LayoutEngine.neato, .fdp, .sfdp, .circo, .twopi] {
            #expect(!DOTEncoder(engine: engine).encode(map.model).contains("subgraph"))
        }
        let groupsOnly = try CollaborationMap(registry: TinyRegistry.registry, options: MapOptions(kinds: [.group]))
        // Groups alone, now: g1 and g2 (part-of) are tied, no cluster but
        // the footer's.
        #expect(!groupsOnly.dot.contains("cluster_level") && !groupsOnly.dot.contains("cluster_untied"))
        #expect(groupsOnly.model.clusters.isEmpty)
        // An empty cluster in a hand-made model is not written either.
        var model = map.model
        model.clusters.append(MapCluster(id: "empty", label: "Empty", nodes: []))
        #expect(!DOTEncoder().encode(model).contains("cluster_empty"))
    }

    @Test func layeredDrawingPutsTheLaterClustersRightOfTheGroups() {
        // Clusters national [d], regional [a], local [b, c]: the most even
        // cut puts national and regional left (2) and local right (2).
        let lines = edgeLines(DOTEncoder(engine: .dot).encode(map.model))
        #expect(lines.contains { $0.hasPrefix("\"group:g1\" -> \"organisation:b\" [") && $0.contains("dir=none") })
        #expect(lines.contains { $0.hasPrefix("\"organisation:a\" -> \"group:g1\" [") })
        #expect(lines.contains {
            $0.hasPrefix("\"organisation:b\" -> \"initiative:i1\" [") && $0.contains("constraint=false")
        })
        // Document lineage is written oldest first with the arrow at the tail.
        #expect(lines.contains {
            $0.hasPrefix("\"document:p\" -> \"document:s\" [") && $0.contains("dir=back, arrowtail=normal")
        })
    }

    @Test func htmlLabelEscaping() {
        #expect(DOTText.html("a<b>&\"c\"") == "a&lt;b&gt;&amp;&quot;c&quot;")
        #expect(DOTText.html("\\N \\G \\") == "\\\\N \\\\G \\\\")
        #expect(DOTText.html("två\nrader") == "två<BR/>rader")
        #expect(DOTText.html("😀 åäö") == "😀 åäö")
        #expect(DOTText.html("bell\u{7}tab\tcr\r") == "belltab cr")
    }

    @Test func tooltipEscaping() {
        #expect(DOTText.tooltip("x\"y") == "\"x\\\"y\"")
        #expect(DOTText.tooltip("a\\b") == "\"a\\\\\\\\b\"")
        #expect(DOTText.tooltip("1\n2") == "\"1\\n2\"")
        #expect(DOTText.tooltip("A & B &amp;") == "\"A &amp; B &amp;amp;\"")
        #expect(DOTText.quoted("q\"\\") == "\"q\\\"\\\\\"")
    }

    @Test func oddRegistryIDsNeverReachNodeNames() throws {
        let registry = Registry(organisations: [
            Organisation(id: "ok-id", name: "A", kind: .other),
            Organisation(id: "x\" -> \"y", name: "B", kind: .other),
            Organisation(id: "åäö", name: "C", kind: .other),
        ])
        let dot = try CollaborationMap(registry: registry, options: MapOptions(grouping: .none)).dot
        #expect(dot.contains("\"organisation:ok-id\" [id=\"organisation-ok-id\""))
        #expect(dot.contains("\"organisation#2\" [id=\"organisation-2\""))
        #expect(dot.contains("\"organisation#3\" [id=\"organisation-3\""))
        #expect(!dot.contains("x\\\" -> "))
    }

    @Test func longNamesWrapAtSpaces() {
        #expect(DOTText.wrap("Tillväxtverkets grupp för framtidens turismstatistik", width: 22)
            == "Tillväxtverkets grupp\nför framtidens\nturismstatistik")
        #expect(DOTText.wrap("Kort namn", width: 22) == "Kort namn")
        #expect(DOTText.wrap("Enmycketlångtordutanmellanrum", width: 10) == "Enmycketlångtordutanmellanrum")
    }

    @Test func fadedColoursMixWithWhite() {
        var theme = MapTheme.standard
        theme.fadeAmount = 0.5
        #expect(theme.faded("#000000") == "#808080")
        #expect(theme.faded("#FF0000") == "#FF8080")
        #expect(theme.faded("red") == "red")
    }
}
