@testable import CollaborationMap
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PartnerRegistry
import Testing

/// The timeline chart: escaped text, movers in colour, uncertain steps
/// drawn apart, the same bytes for the same timeline.
@Suite struct TimelineChartTests {
    /// A and B share G from 2010; "<C & D>" joins in 2011 through H, which
    /// ended on an unknown date: uncertain in 2011, gone now.
    static let yaml = """
    organisations:
      - {id: a, name: A, kind: other}
      - {id: b, name: B, kind: other}
      - {id: c, name: "<C & D>", kind: other}
    groups:
      - {id: g, name: G, kind: other, since: 2010, members: [a, b]}
      - {id: h, name: H, kind: other, since: 2011, until: unknown, members: [b, c]}
    """

    @Test func textIsEscapedAndMoversAreNamed() throws {
        let registry = try RegistryLoader.load(contents: Self.yaml, fileName: "t.yaml")
        let timeline = try Timeline(registry: registry)
        #expect(timeline.steps.map(\.asOf.description) == ["2010", "2011", "now"])
        let chart = TimelineChart(timeline: timeline, title: "Title & \"quotes\"")
        let svg = chart.svg
        _ = try XMLDocument(data: Data(svg.utf8))
        #expect(svg.contains("Title &amp; &quot;quotes&quot;: the network over time"))
        // c moves (0 → 1/2 → 0) and b (1/2 → 1 → 1/2): both named; a never moves.
        #expect(svg.contains(">&lt;C &amp; D&gt;</text>"))
        #expect(svg.contains(">B</text>"))
        #expect(!svg.contains(">A</text>"))
        // 2011 is uncertain for b and c: dashed runs and hollow markers.
        #expect(svg.contains("stroke-dasharray=\"6 4\""))
        #expect(svg.contains("fill=\"#FFFFFF\" stroke=\"#D55E00\""))
        #expect(svg.contains(">2010</text>") && svg.contains(">now</text>"))
        #expect(svg == TimelineChart(timeline: timeline, title: "Title & \"quotes\"").svg)
        let swedish = TimelineChart(timeline: timeline, language: .swedish).svg
        #expect(swedish.contains(">nu</text>") && swedish.contains("nätverket över tid"))
    }

    @Test func labelsArePushedApartWithinThePanel() {
        let placed = TimelineChart.spread([100, 101, 102], gap: 14, low: 0, high: 500)
        #expect(placed == [104, 118, 132])
        let clipped = TimelineChart.spread([495, 496], gap: 14, low: 0, high: 500)
        #expect(clipped == [486, 500])
    }

    @Test func axesGetRoundTicks() {
        #expect(TimelineChart.scale(46, integers: true) == (50, 10))
        #expect(TimelineChart.scale(1, integers: false) == (1, 0.2))
        #expect(TimelineChart.scale(0, integers: true) == (1, 1))
    }
}
