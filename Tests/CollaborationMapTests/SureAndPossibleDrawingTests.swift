@testable import CollaborationMap
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// The map's sizes and the timeline chart where a figure has a sure and a
/// possible value (graphs/vasterbotten.yaml: as of 2015 the Strategigrupp
/// and its 18 seats are only possibly there, the rest surely; now nothing
/// is uncertain).
@Suite struct SureAndPossibleDrawingTests {
    static let path = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml").path
    let registry: Registry

    init() throws {
        registry = try RegistryLoader.load(path: Self.path)
    }

    func map(asOf: AsOf) throws -> MapModel {
        let scope = RegistryScope(asOf: asOf)
        let ranking = try RegistryAnalysis(registry: registry, scope: scope).centrality(.betweenness)
        let options = MapOptions(sizing: NodeSizing(report: ranking), scope: scope)
        return try CollaborationMap(registry: registry, options: options).model
    }

    /// As of 2015 VästerbottensTurism's two-mode betweenness is 0.7385 on
    /// the possible network and 0.3018 on the sure one (the values
    /// docs/analysis.md shows, checked against NetworkX by
    /// CentralityReportTests): its node is sized by 0.7385, and its tooltip
    /// ends with both, in the registry's Swedish. The Strategigrupp is not
    /// on the sure network: "(säkert –)". Trafikverket's score is the same
    /// on both: no line. Now no tooltip carries a sure value.
    @Test func nodesAreSizedByThePossibleValueWithTheSureOneInTheTooltip() throws {
        let m = try map(asOf: .date(PartialDate(year: 2015)!))
        let vt = try #require(m.nodes.first { $0.id == MapNodeID(.organisation, "vasterbottensturism") })
        #expect(vt.score.map { abs($0 - 0.7385) < 5e-5 } == true)
        #expect(vt.scale == 2)  // the largest score
        // In the registry's Swedish: the measure's plain name and decimal commas.
        #expect(vt.tooltip.hasSuffix("\nmellanhand 0,7385 (säkert 0,3018)"), "\(vt.tooltip)")
        let strategy = try #require(m.nodes.first { $0.id == MapNodeID(.group, "strategigruppen") })
        #expect(strategy.tooltip.hasSuffix("(säkert –)"), "\(strategy.tooltip)")
        let trafikverket = try #require(m.nodes.first { $0.id == MapNodeID(.organisation, "trafikverket") })
        #expect(!trafikverket.tooltip.contains("säkert"))
        #expect(m.legend.notes.contains { $0.hasPrefix("Storlek som den kan vara") })

        let today = try map(asOf: .now)
        #expect(!today.nodes.contains { $0.tooltip.contains("säkert") })
        #expect(!today.legend.notes.contains { $0.hasPrefix("Storlek som den kan vara") })
    }

    /// From 2011 the sure and the possible values part (every group only
    /// possibly there until 2015): the chart shades the band between them,
    /// dashes the possible line and says so in the legend. From 2016
    /// nothing is uncertain: one solid line per series, no band, and the
    /// legend of a chart with nothing uncertain.
    @Test func chartDrawsTheSureLineAndThePossibleBand() throws {
        let parted = TimelineChart(timeline: try Timeline(registry: registry, from: PartialDate(year: 2011)))
        let svg = parted.svg
        _ = try XMLDocument(data: Data(svg.utf8))
        #expect(svg.contains("<polygon class=\"possible-band\""))
        #expect(svg.contains("stroke-dasharray=\"6 4\""))
        #expect(svg.contains("solid line, filled marker: surely there on the step"))
        #expect(svg.contains("shaded band: the possible value"))

        let certain = TimelineChart(timeline: try Timeline(registry: registry, from: PartialDate(year: 2016))).svg
        #expect(!certain.contains("possible-band"))
        #expect(!certain.contains("surely there on the step"))
        #expect(certain.contains("dashed line, hollow marker: present only possibly"))
        // Every series line is solid: the only dashes are the legend's sample.
        #expect(certain.components(separatedBy: "stroke-dasharray=\"6 4\"").count == 2)
    }

    /// A series whose sure value is missing on a step (the organisation is
    /// not on the sure network) is drawn dashed there, with hollow markers
    /// and no band; where the two values agree again, one filled marker.
    @Test func aStepWithoutASureValueIsDashedWithoutBand() throws {
        var timeline = try Timeline(registry: registry, from: PartialDate(year: 2015))
        #expect(timeline.steps.map(\.asOf.description) == ["2015", "now"])
        timeline.organisations = [OrganisationTimeline(id: "x", name: "X", kind: "other", scores: [0.5, 0.25], sure: [nil, 0.25])]
        #expect(timeline.organisations[0].uncertain == [true, false])
        let svg = TimelineChart(timeline: timeline).svg
        let series = try #require(svg.components(separatedBy: "data-label=\"X\"").dropFirst().first)
        let group = try #require(series.components(separatedBy: "</g>").first)
        #expect(!group.contains("possible-band"))
        #expect(group.components(separatedBy: "<polyline").count == 2 && group.contains("stroke-dasharray=\"6 4\""))
        #expect(group.components(separatedBy: "fill=\"#FFFFFF\"").count == 2)  // one hollow marker
        #expect(group.components(separatedBy: "<circle").count == 3)  // and one filled
    }
}
