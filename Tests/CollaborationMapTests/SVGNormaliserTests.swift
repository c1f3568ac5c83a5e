@testable import CollaborationMap
import Foundation
import Testing

/// Graphviz 2.42 numbers gradient fills and the anchors of HTML-like
/// cells with process-wide counters; the renderer renumbers them per
/// document, so equal DOT gives equal SVG however many renderings ran
/// before.
@Suite struct SVGNormaliserTests {
    /// Two anchored cells without `ID` in one node, one with `ID` and one
    /// without in a node whose own ID ends in `_3`, an object link, two
    /// linear gradients and one radial gradient.
    static let dot = """
        digraph H {
          t [shape=plain, label=<<TABLE><TR><TD HREF="https://a.example/1">x</TD><TD HREF="https://a.example/2" TOOLTIP="two">y</TD></TR></TABLE>>];
          u [shape=plain, id="org_3", label=<<TABLE><TR><TD ID="fixed" HREF="https://a.example/3">z</TD><TD HREF="https://a.example/4">w</TD></TR></TABLE>>];
          m [style=filled, fillcolor="red:blue"];
          k [style=radial, fillcolor="white:green"];
          n [style=filled, fillcolor="yellow:black", URL="https://a.example/5"];
          t -> m -> k; u -> n;
        }
        """

    static func ids(_ svg: Data) throws -> [String] {
        let text = String(decoding: svg, as: UTF8.self)
        let pattern = try Regex("id=\"([^\"]*)\"|url\\(#([^)]*)\\)")
        return text.matches(of: pattern).compactMap { match in
            (match.output[1].substring ?? match.output[2].substring).map(String.init)
        }
    }

    @Test func countersStartAtZeroInEveryRendering() async throws {
        var renderings: [Data] = []
        for renderer in [GraphvizRenderer(), GraphvizRenderer.shared, GraphvizRenderer()] {
            renderings.append(try await renderer.render(dot: Self.dot, engine: .dot, format: .svg))
            _ = try await renderer.render(dot: Self.dot, engine: .neato, format: .png)
        }
        for again in renderings.dropFirst() { #expect(ByteDifference(renderings[0], again) == nil) }
        // Hand-checked against the first rendering in a fresh `dot` process.
        #expect(try Self.ids(renderings[0]) == [
            "graph0", "node1", "a_node1_0", "a_node1_1", "node3", "l_0", "l_0", "edge1",
            "org_3", "a_fixed", "a_org_3_2", "node5", "a_node5", "l_1", "l_1", "edge3",
            "node4", "r_0", "r_0", "edge2",
        ])
    }

    @Test func renumbersOnlyWhatTheWriterNumbered() {
        let svg = """
            <svg><g id="graph0" class="graph">
            <g id="node_7" class="node"><g id="a_node_7"><a xlink:href="https://x.org/"><text>t</text></a>
            </g><g><a xlink:title="no id"><text>u</text></a>
            </g><g id="a_node_7_41"><a xlink:href="https://x.org/1"><text>v</text></a>
            </g><defs>
            <linearGradient id="l_12" x1="0"><stop offset="0"/></linearGradient>
            </defs><ellipse fill="url(#l_12)"/><text>l_12 a_node_7_41</text></g>
            <g id="edge2" class="edge"><g id="a_edge2_42"><a><text>w</text></a>
            </g><g id="a_node_7_43"><a><text>x</text></a></g><defs>
            <radialGradient id="r_5" cx="50%"><stop offset="0"/></radialGradient>
            </defs><path fill="url(#r_5)"/></g>
            </g></svg>
            """
        let expected = """
            <svg><g id="graph0" class="graph">
            <g id="node_7" class="node"><g id="a_node_7"><a xlink:href="https://x.org/"><text>t</text></a>
            </g><g><a xlink:title="no id"><text>u</text></a>
            </g><g id="a_node_7_0"><a xlink:href="https://x.org/1"><text>v</text></a>
            </g><defs>
            <linearGradient id="l_0" x1="0"><stop offset="0"/></linearGradient>
            </defs><ellipse fill="url(#l_0)"/><text>l_12 a_node_7_41</text></g>
            <g id="edge2" class="edge"><g id="a_edge2_1"><a><text>w</text></a>
            </g><g id="a_node_7_43"><a><text>x</text></a></g><defs>
            <radialGradient id="r_0" cx="50%"><stop offset="0"/></radialGradient>
            </defs><path fill="url(#r_0)"/></g>
            </g></svg>
            """
        let out = String(decoding: SVGNormaliser.normalised(Data(svg.utf8)), as: UTF8.self)
        #expect(out == expected)
        let plain = Data("<svg><g id=\"node1\" class=\"node\"><g id=\"a_node1\"><a/></g></g></svg>".utf8)
        #expect(SVGNormaliser.normalised(plain) == plain)
    }
}
