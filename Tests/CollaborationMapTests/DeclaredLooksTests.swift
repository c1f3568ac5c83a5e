import CollaborationMap
import Foundation
import PartnerRegistry
import Testing

/// What a registry's vocabulary declares for the map: labels in its
/// language, colours and shapes that override the palette, bold labels,
/// the order of level bands, and plurals in the timeline chart.
@Suite struct DeclaredLooksTests {
    static let text = """
    title: Fjällen
    language: sv
    vocabulary:
      organisation-kinds:
        - {id: ski-resort-operator, label: {en: Ski resort operator, sv: Skidanläggning}, plural: {sv: skidanläggningar}, colour: "#1B7F79", shape: house, counts-as: [emphasised]}
      group-kinds:
        - {id: snow-council, label: {sv: Snöråd}, colour: "#F2D7A0"}
      levels:
        - {id: valley, label: {sv: dal}, heading: {sv: Dalen}}
    organisations:
      - {id: are, name: Åre Destination, kind: ski-resort-operator, level: valley}
      - {id: vemdalen, name: Vemdalen, kind: ski-resort-operator, level: valley}
      - {id: funasdalen, name: Funäsdalen, kind: ski-resort-operator, level: valley}
      - {id: ostersund, name: Östersunds kommun, kind: municipality, level: local}
    groups:
      - id: snorad
        name: Snörådet
        kind: snow-council
        since: 2010
        members: [are, vemdalen, funasdalen, {organisation: ostersund, since: 2012}]
    """

    static func node(_ dot: String, _ id: String) -> String? {
        dot.split(separator: "\n").first { $0.contains("id=\"\(id)\"") }.map(String.init)
    }

    @Test func declaredColoursShapesAndLabelsReachTheMap() throws {
        let registry = try RegistryLoader.load(contents: Self.text, fileName: "f.yaml")
        let map = try CollaborationMap(registry: registry, options: MapOptions(layout: .date))
        let dot = map.dot
        let are = try #require(dot.split(separator: "\n").first { $0.contains("Åre Destination") && $0.contains("shape=") })
        // The declared fill and shape, and a bold label (counts as emphasised).
        #expect(are.contains("fillcolor=\"#1B7F79\"") && are.contains("shape=house") && are.contains("<B>"), "\(are)")
        // White on the dark declared fill: dark text would fall below 4.5:1.
        #expect(are.contains("fontcolor=\"#FFFFFF\""), "\(are)")
        let kommun = try #require(dot.split(separator: "\n").first { $0.contains("Östersunds kommun") && $0.contains("shape=") })
        // The municipality takes the palette's first fill: the declared kind takes none of it.
        #expect(kommun.contains("fillcolor=\"\(MapTheme.organisationPalette[0])\"") && kommun.contains("shape=box"), "\(kommun)")
        // The group kind's declared light fill, with the dark label that keeps 4.5:1.
        let group = try #require(dot.split(separator: "\n").first { $0.contains("id=\"group-snorad\"") })
        #expect(group.contains("fillcolor=\"#F2D7A0\"") && group.contains("fontcolor=\"#1F2D3A\""), "\(group)")
        // The legend and the level band speak the registry's Swedish labels.
        #expect(map.model.legend.nodes.map(\.label).contains("Skidanläggning"))
        // The group kind with a colour of its own has a legend entry of its own.
        #expect(map.model.legend.nodes.map(\.label).contains("Snöråd"))
        #expect(map.model.clusters.contains { $0.label == "Dalen" })
    }

    @Test func theTimelineNamesAlikeLinesByTheDeclaredPlural() throws {
        let registry = try RegistryLoader.load(contents: Self.text, fileName: "f.yaml")
        let timeline = try Timeline(registry: registry)
        var chart = TimelineChart(timeline: timeline, language: .swedish)
        chart.vocabulary = registry.vocabulary
        // The three ski resorts share a group with two of the three others
        // in 2010 and with all from 2012, when Östersund joins: the same
        // values on every step, one line, named by their kind's declared plural.
        #expect(chart.svg.contains("3 skidanläggningar, samma värden"))
    }
}
