@testable import CollaborationMap
import PartnerRegistry
import Testing

@Suite struct MapModelTests {
    /// The map of the whole tiny registry, ended entities included: these
    /// tests are about drawing, so a test that does not choose a view gets
    /// `.allTime` (the present-day view is `nowLeavesOutWhatHasEnded`).
    func model(_ options: MapOptions = MapOptions()) throws -> MapModel {
        var options = options
        if options.scope == .now { options.scope = .allTime }
        return try CollaborationMap(registry: TinyRegistry.registry, options: options).model
    }

    static let allTimeLine = "All time: everything the registry holds, ended or not"

    func id(_ kind: MapEntityKind, _ raw: String) -> MapNodeID { MapNodeID(kind, raw) }

    func edgeSet(_ m: MapModel) -> Set<String> {
        Set(m.edges.map { "\($0.from)>\($0.to):\($0.relation.rawValue)" })
    }

    @Test func nodesAndEdgesOfTheWholeRegistry() throws {
        let m = try model()
        #expect(m.nodes.map(\.id.description) == [
            "organisation:a", "organisation:b", "organisation:c", "organisation:d", "organisation:e",
            "group:g1", "group:g2", "group:g3", "initiative:i1", "document:p", "document:s",
        ])
        #expect(edgeSet(m) == [
            "organisation:a>group:g1:convener", "organisation:b>group:g1:membership",
            "organisation:c>group:g1:membership", "organisation:b>group:g2:membership",
            "organisation:d>group:g2:membership", "organisation:c>group:g3:membership",
            "group:g2>group:g1:partOf", "group:g2>initiative:i1:runs",
            "organisation:b>initiative:i1:partnership", "organisation:c>initiative:i1:partnership",
            "organisation:a>initiative:i1:funding", "organisation:a>document:p:adoptedBy",
            "document:s>document:p:revises", "group:g1>document:s:adoptedBy",
        ])
        #expect(m.edges.count == 14)
        #expect(m.title == "Tiny")
        #expect(m.subtitle == [Self.allTimeLine])
    }

    /// The notes under the legend: the date shown, the ties by certainty
    /// (the tiny registry cites nothing, so its 14 ties are stated: the file
    /// itself asserts them) and the version. The registry's `language:`
    /// sets the default language; the option overrides it.
    @Test func footerAndTheRegistrysLanguage() throws {
        let m = try model()
        #expect(m.footer == ["Shows: all time", "Ties drawn: 14 stated, 0 inferred, 0 external", "Samverkan 0.2.0"])
        var swedish = TinyRegistry.registry
        swedish.language = "sv"
        let sv = try CollaborationMap(registry: swedish, options: MapOptions(scope: .allTime)).model
        #expect(sv.legend.title == "Teckenförklaring")
        #expect(sv.footer.first == "Visar: all tid")
        let en = try CollaborationMap(registry: swedish, options: MapOptions(scope: .allTime, language: .english)).model
        #expect(en.legend.title == "Legend")
    }

    /// The default view is now. In the tiny registry (TinyRegistry.swift)
    /// group g3 ended in 2010 (until: 2010), so now it and c's seat in it
    /// are gone; document s (since 2015) revises p, so p is no longer in
    /// force and its adoption by a and its lineage edge go too; c's seat in
    /// g1 (since 2012, no end) stays. Nodes: a–e, g1, g2, i1, s = 9; edges:
    /// the 14 of the whole registry minus c–g3, a–p and s–p = 11.
    @Test func nowLeavesOutWhatHasEnded() throws {
        let m = try CollaborationMap(registry: TinyRegistry.registry).model
        #expect(!m.nodes.contains { $0.id == id(.group, "g3") || $0.id == id(.document, "p") })
        #expect(m.nodes.count == 9)
        #expect(m.edges.count == 11)
        #expect(edgeSet(m).contains("organisation:c>group:g1:membership"))
        #expect(m.subtitle == ["As of now (what has not ended)"])
    }

    @Test func chairThatConvenesIsOneConvenerEdgeNamingBothFacts() throws {
        let m = try model()
        let edge = try #require(m.edges.first { $0.from == id(.organisation, "a") && $0.to == id(.group, "g1") })
        #expect(edge.relation == .convener)
        #expect(edge.tooltip == "VästerbottensTurism → Ledningsgruppen\nMember of (chair)\nConvenes")
        let c = try #require(m.edges.first { $0.from == id(.organisation, "c") && $0.to == id(.group, "g1") })
        #expect(c.tooltip == "Umeå kommun → Ledningsgruppen\nMember of (member), 2012–")
    }

    @Test func asOfDropsWhatWasNotValidThen() throws {
        let m = try model(MapOptions(scope: RegistryScope(asOf: .date(PartialDate(year: 2011)!))))
        #expect(m.nodes.count == 9)
        #expect(!m.nodes.contains { $0.id == id(.group, "g3") || $0.id == id(.document, "s") })
        #expect(m.edges.count == 10)
        #expect(!edgeSet(m).contains("organisation:c>group:g1:membership"))
        #expect(m.subtitle == ["As of 2011"])
    }

    @Test func excludedKindsTakeTheirRelationsWithThem() throws {
        let m = try model(MapOptions(kinds: [.organisation, .group]))
        #expect(m.nodes.count == 8)
        #expect(m.edges.count == 7)
        #expect(m.edges.allSatisfy { $0.from.kind != .initiative && $0.to.kind != .document })
        // Without organisations, g3 (whose only tie was a membership) has no
        // tie left: it goes to the untied area; g1 and g2 keep part-of.
        let none = try model(MapOptions(kinds: [.group]))
        #expect(none.clusters.map(\.id) == [MapCluster.untiedID])
        #expect(none.clusters.first?.nodes == [id(.group, "g3")])
        #expect(none.legend.nodes.map(\.label) == ["Collaboration group"])
    }

    @Test func clustersByLevelInOrderAndNeverEmpty() throws {
        let m = try model()
        // e (Isolerade AB) has no level and no tie: it is not left loose
        // but put in the labelled area of what has no tie, always last.
        #expect(m.clusters.map(\.id) == ["level-national", "level-regional", "level-local", MapCluster.untiedID])
        #expect(m.clusters.map(\.label) == ["National", "Regional", "Local", "Not tied to anyone in the registry"])
        #expect(m.clusters.map { $0.nodes.map(\.rawID) } == [["d"], ["a"], ["b", "c"], ["e"]])
        #expect(m.clusters.allSatisfy { !$0.nodes.isEmpty })
        let e = try #require(m.nodes.first { $0.id == id(.organisation, "e") })
        #expect(e.cluster == MapCluster.untiedID)
        let sv = try model(MapOptions(language: .swedish))
        #expect(sv.clusters.map(\.label) == ["Nationellt", "Regionalt", "Lokalt", "Inte knutna till någon i registret"])
        // On one date the area says so: ties may exist on other dates.
        let dated = try CollaborationMap(registry: TinyRegistry.registry, options: MapOptions(language: .swedish)).model
        #expect(dated.clusters.last?.label == "Inte knutna till någon i registret vid detta datum")
    }

    @Test func clustersByAttribute() throws {
        let m = try model(MapOptions(grouping: .attribute("sector")))
        #expect(m.clusters.map(\.label) == ["private", "public", "Not tied to anyone in the registry"])
        #expect(m.clusters.map { $0.nodes.map(\.rawID) } == [["b"], ["a", "c"], ["e"]])
        // An attribute no organisation has is an error naming those they have.
        #expect(throws: MapError.unknownAttribute("sektor", known: ["sector"])) {
            try model(MapOptions(grouping: .attribute("sektor")))
        }
        #expect(MapError.unknownAttribute("sektor", known: ["sector"]).description
            == "cluster by: no organisation has the attribute 'sektor'; the organisations' attributes are: 'sector' (or cluster by 'level' or 'none')")
        // No grouping: only the untied area is left.
        #expect(try model(MapOptions(grouping: .none)).clusters.map(\.id) == [MapCluster.untiedID])
    }

    @Test func egoNetworkByRadius() throws {
        func kept(_ r: Int) throws -> Set<String> {
            Set(try model(MapOptions(focus: MapFocus(organisation: "a", radius: r))).nodes.map(\.id.rawID))
        }
        #expect(try kept(0) == ["a"])
        #expect(try kept(1) == ["a", "g1", "i1", "p"])
        #expect(try kept(2) == ["a", "g1", "i1", "p", "b", "c", "g2", "s"])
        #expect(try kept(3) == ["a", "b", "c", "d", "g1", "g2", "g3", "i1", "p", "s"])
        let m = try model(MapOptions(focus: MapFocus(organisation: "a", radius: 1)))
        #expect(edgeSet(m) == ["organisation:a>group:g1:convener", "organisation:a>initiative:i1:funding",
                               "organisation:a>document:p:adoptedBy"])
        #expect(m.subtitle == [Self.allTimeLine, "Network around VästerbottensTurism, 1 step"])
    }

    @Test func egoNetworkErrors() throws {
        #expect(throws: MapError.focusNotShown("zz")) {
            try model(MapOptions(focus: MapFocus(organisation: "zz")))
        }
        #expect(throws: MapError.negativeRadius(-1)) {
            try model(MapOptions(focus: MapFocus(organisation: "a", radius: -1)))
        }
        #expect(throws: MapError.focusNotShown("a")) {
            try model(MapOptions(kinds: [.group], focus: MapFocus(organisation: "a")))
        }
    }

    @Test func highlightedPath() throws {
        let m = try model(MapOptions(highlight: .path(["b", "g1", "a"])))
        let on = Set(m.nodes.filter { $0.emphasis == .highlighted }.map(\.id.rawID))
        #expect(on == ["a", "b", "g1"])
        #expect(m.nodes.filter { $0.emphasis == .faded }.count == 8)
        let onEdges = Set(m.edges.filter { $0.emphasis == .highlighted }.map { "\($0.from.rawID)>\($0.to.rawID)" })
        #expect(onEdges == ["a>g1", "b>g1"])
        #expect(m.edges.filter { $0.emphasis == .faded }.count == 12)
        #expect(m.legend.notes == ["Faded: outside the highlight"])
    }

    @Test func highlightedNodesBringTheirEdges() throws {
        let m = try model(MapOptions(highlight: .nodes(["b", "group:g2", "i1"])))
        let onEdges = Set(m.edges.filter { $0.emphasis == .highlighted }.map { "\($0.from.rawID)>\($0.to.rawID)" })
        #expect(onEdges == ["b>g2", "g2>i1", "b>i1"])
    }

    @Test func highlightErrorsSayWhatToWrite() throws {
        #expect(throws: MapError.pathBroken(from: "b", to: "d")) {
            try model(MapOptions(highlight: .path(["b", "d"])))
        }
        #expect(throws: MapError.pathTooShort(1)) { try model(MapOptions(highlight: .path(["b"]))) }
        #expect(throws: MapError.unknownEntity("g7", option: "highlight", suggestion: "g1")) {
            try model(MapOptions(highlight: .nodes(["g7"])))
        }
        var registry = TinyRegistry.registry
        registry = Registry(organisations: registry.organisations,
                            groups: registry.groups + [Group(id: "a", name: "Group A", kind: .other)])
        #expect(throws: MapError.ambiguousEntity("a", option: "highlight", kinds: [.organisation, .group])) {
            try CollaborationMap(registry: registry, options: MapOptions(highlight: .nodes(["a"])))
        }
        let error = MapError.ambiguousEntity("a", option: "highlight", kinds: [.organisation, .group])
        #expect(error.description == "highlight: 'a' names more than one entity; write 'organisation:a' or 'group:a'")
        // The qualified form resolves.
        let ok = try CollaborationMap(registry: registry, options: MapOptions(highlight: .nodes(["group:a"]))).model
        #expect(ok.nodes.filter { $0.emphasis == .highlighted }.map(\.id) == [MapNodeID(.group, "a")])
    }

    @Test func scoresScaleLinearlyBetweenSmallestAndLargest() throws {
        let m = try model(MapOptions(sizing: .score(["a": 10, "b": 0, "group:g1": 5, "zzz": 100], name: "betweenness")))
        let scale = Dictionary(uniqueKeysWithValues: m.nodes.map { ($0.id.rawID, $0.scale) })
        #expect(scale["a"] == 2.0)
        #expect(scale["b"] == 1.0)
        #expect(scale["g1"] == 1.5)
        #expect(scale["c"] == 1.0)
        #expect(m.nodes.first { $0.id.rawID == "a" }?.score == 10)
        #expect(m.legend.notes == ["Node size: go-between (betweenness), how often it lies on the shortest path between two others"])
        #expect(throws: MapError.invalidScore("a", .infinity)) {
            try model(MapOptions(sizing: .score(["a": .infinity], name: "x")))
        }
    }

    @Test func legendListsOnlyWhatIsShownInFixedOrder() throws {
        let m = try model()
        #expect(m.legend.nodes.map(\.label) == [
            "State-owned company", "Municipality", "Regional tourism organisation", "Destination organisation",
            "Company", "Collaboration group", "Initiative", "Document",
        ])
        #expect(m.legend.edges.map(\.relation) == [
            .membership, .convener, .partOf, .partnership, .funding, .runs, .revises, .adoptedBy,
        ])
        #expect(m.legend.title == "Legend")
        let sv = try model(MapOptions(language: .swedish))
        #expect(sv.legend.title == "Teckenförklaring")
        #expect(sv.legend.edges.first?.label == "Medlem i")
        #expect(sv.title == "Tiny")
    }

    @Test func tooltipsNameKindGroupsAndRoles() throws {
        let m = try model()
        let tip = Dictionary(uniqueKeysWithValues: m.nodes.map { ($0.id.description, $0.tooltip) })
        #expect(tip["organisation:a"] == """
            VästerbottensTurism
            Regional tourism organisation · regional
            Groups: Ledningsgruppen (chair)
            Convenes: Ledningsgruppen
            Initiatives: Kampanj (funds)
            """)
        #expect(tip["organisation:b"] == """
            Visit Umeå
            Destination organisation · local
            Groups: Ledningsgruppen, Marknadsgruppen
            Initiatives: Kampanj (lead)
            """)
        #expect(tip["group:g1"] == """
            Ledningsgruppen
            Management group
            Convened by: VästerbottensTurism
            Members: VästerbottensTurism (chair), Visit Umeå, Umeå kommun
            """)
        #expect(tip["initiative:i1"] == """
            Kampanj
            Initiative
            Run by: Marknadsgruppen
            Funded by: VästerbottensTurism
            Participants: Visit Umeå (lead), Umeå kommun (participant)
            """)
        #expect(tip["document:s"] == "Strategi\nStrategy · 2015–\nAdopted by: Ledningsgruppen\nRevises: Plan")
    }

    @Test func onlyWebAndMailLinksAreKeptAndMadeSafe() throws {
        let m = try model()
        let url = Dictionary(uniqueKeysWithValues: m.nodes.map { ($0.id.rawID, $0.url) })
        #expect(url["a"] == "https://www.visitvasterbotten.se/?a=1&amp;b=%22x%22")
        #expect(url["b"] == .some(nil))
        #expect(SafeURL.sanitised("mailto:info@example.org") == "mailto:info@example.org")
        #expect(SafeURL.sanitised("HTTPS://Example.org/å ä") == "https://Example.org/%C3%A5%20%C3%A4")
        #expect(SafeURL.sanitised("http://x/<script>\\") == "http://x/%3Cscript%3E%5C")
        #expect(SafeURL.sanitised("http://x/100%") == "http://x/100%25")
        #expect(SafeURL.sanitised("http://x/%2F") == "http://x/%2F")
        let once = SafeURL.sanitised("https://x.org/?a=1&b=\"2\"")
        #expect(once == "https://x.org/?a=1&amp;b=%222%22")
        #expect(SafeURL.sanitised(once) == once)
        for bad in ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "vbscript:x", "http:x", "//x", ""] {
            #expect(SafeURL.sanitised(bad) == nil, "\(bad)")
        }
    }

    @Test func sameInputSameModel() throws {
        let options = MapOptions(sizing: .score(["a": 1, "b": 2, "c": 3], name: "x"), highlight: .nodes(["a", "b"]))
        #expect(try model(options) == model(options))
        let big1 = try CollaborationMap(registry: SampleRegistry.registry, options: MapOptions(scope: .allTime)).model
        let big2 = try CollaborationMap(registry: SampleRegistry.registry, options: MapOptions(scope: .allTime)).model
        #expect(big1 == big2)
        #expect(big1.nodes.count == 63)
    }
}
