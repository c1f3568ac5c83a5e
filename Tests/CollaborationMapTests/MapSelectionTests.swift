@testable import CollaborationMap
import PartnerRegistry
import Testing

/// `MapOptions.top` and `MapOptions.sizeLimit` on the tiny registry (all
/// time): a in g1; b in g1 and g2; c in g1 and g3; d in g2; e in none.
@Suite struct MapSelectionTests {
    func ids(_ map: CollaborationMap) -> [String] { map.model.nodes.map(\.id.description) }

    @Test func topKeepsTheOrganisationsInMostGroupsAndTheirGroups() throws {
        // b and c are both in two groups; b comes first in the registry.
        let map = try CollaborationMap(registry: TinyRegistry.registry, options: MapOptions(scope: .allTime, top: 1))
        #expect(ids(map) == ["organisation:b", "group:g1", "group:g2", "initiative:i1", "document:p", "document:s"])
        let two = try CollaborationMap(registry: TinyRegistry.registry, options: MapOptions(scope: .allTime, top: 2))
        #expect(ids(two).filter { $0.hasPrefix("group:") } == ["group:g1", "group:g2", "group:g3"])
    }

    @Test func topFollowsTheSizingScore() throws {
        let options = MapOptions(sizing: .score(["organisation:d": 5, "a": 1], name: "x"), scope: .allTime, top: 2)
        let map = try CollaborationMap(registry: TinyRegistry.registry, options: options)
        #expect(ids(map).filter { $0.hasPrefix("organisation:") } == ["organisation:a", "organisation:d"])
    }

    @Test func topBelowOneIsRefused() {
        #expect(throws: MapError.invalidTop(0)) {
            try CollaborationMap(registry: TinyRegistry.registry, options: MapOptions(top: 0))
        }
    }

    @Test func aMapAboveTheLimitIsRefusedBeforeItIsBuilt() throws {
        #expect(throws: MapError.tooLarge(nodes: 11, limit: 10)) {
            try CollaborationMap(registry: TinyRegistry.registry, options: MapOptions(scope: .allTime, sizeLimit: 10))
        }
        // The limit applies to what is drawn: a focus, a top selection, or no limit at all.
        let focus = MapOptions(focus: MapFocus(organisation: "d", radius: 1), scope: .allTime, sizeLimit: 2)
        #expect(try CollaborationMap(registry: TinyRegistry.registry, options: focus).model.nodes.count == 2)
        #expect(try CollaborationMap(registry: TinyRegistry.registry, options: MapOptions(scope: .allTime, top: 1, sizeLimit: 6))
            .model.nodes.count == 6)
        #expect(try CollaborationMap(registry: TinyRegistry.registry, options: MapOptions(scope: .allTime, sizeLimit: nil))
            .model.nodes.count == 11)
        #expect(MapError.tooLarge(nodes: 11, limit: 10).description.contains("--focus ORG"))
    }
}
