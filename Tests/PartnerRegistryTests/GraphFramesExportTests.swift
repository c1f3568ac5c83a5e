import Foundation
import NetworkInterchange
import PartnerRegistry
import Testing

/// `export --format graphframes` on `SmallRegistry` (its graph is derived
/// by hand there and in `ExportTests`): the GraphFrames columns (`id`;
/// `src`, `dst`), RFC 4180 escaping, the ended group g6 (until 2010) as of
/// a date, and a tie that is only possibly there. Spark reading the files
/// and agreeing with the CLI is `make spark-check`; pandas reading them is
/// Tests/clients/test_export.py.
@Suite struct GraphFramesExportTests {
    static let vertexHeader = "id,name,entity,bipartite,kind,kind_label,level,level_label,aliases,url,since,until,unknown_end,certainty,reason,"
        + "sources,source_titles,source_urls,conveners,part_of,uncertain"
    static let edgeHeader = "src,dst,role,role_label,since,until,unknown_end,certainty,reason,sources,source_titles,source_urls,"
        + "ties,weight,uncertain"

    /// The export's files by name, each as its lines.
    static func files(_ registry: Registry, _ options: ExportOptions = .init()) throws -> [String: [String]] {
        var directory = InMemoryExportDirectory()
        try RegistryExport(registry: registry, format: .graphframes, options: options).write(to: &directory)
        return Dictionary(uniqueKeysWithValues: directory.files.map { file in
            (file.name, String(decoding: file.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast().map(String.init))
        })
    }

    static func asOf(_ year: Int) -> ExportOptions {
        ExportOptions(scope: RegistryScope(asOf: .date(PartialDate(year: year)!)))
    }

    @Test func writesTheTwoTablesAndTheView() throws {
        var directory = InMemoryExportDirectory()
        try RegistryExport(registry: SmallRegistry.make(), format: .graphframes).write(to: &directory)
        #expect(directory.files.map(\.name) == ["vertices.csv", "edges.csv", "graph.csv"])
        #expect(ExportFormat.graphframes.writesDirectory)
        let graph = try #require(try Self.files(SmallRegistry.make(), Self.asOf(2015))["graph.csv"])
        #expect(graph == ["attribute,value", "name,Small", "as_of,2015", "certainty,all", "mode,two-mode"])
    }

    /// All time: 7 organisations then 6 groups, one row each; the 13 edges
    /// organisation → group, d–g4 standing for two memberships.
    @Test func columnsAreGraphFramesShape() throws {
        let files = try Self.files(SmallRegistry.make())
        let vertices = try #require(files["vertices.csv"])
        #expect(vertices.first == Self.vertexHeader)
        #expect(vertices.dropFirst().map { $0.prefix { $0 != "," } }
            == ["a", "b", "c", "d", "e", "f", "h", "g1", "g2", "g3", "g4", "g5", "g6"])
        #expect(vertices[1].hasPrefix("a,Alfa,organisation,0,regional-tourism-organisation,Regional tourism organisation,regional,regional,"))
        #expect(vertices.contains { $0.hasPrefix("g2,G2 Arbetsgrupp,group,1,working-group,") && $0.hasSuffix(",d,,false") })
        let edges = try #require(files["edges.csv"])
        #expect(edges.first == Self.edgeHeader)
        #expect(edges.count == 14)
        let ends = edges.dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: "–") }
        #expect(Set(ends) == ["a–g1", "a–g2", "a–g6", "b–g1", "b–g3", "c–g1", "c–g3", "d–g4", "d–g2", "e–g4", "e–g5",
                              "e–g6", "h–g6"])
        let dg4 = try #require(edges.first { $0.hasPrefix("d,g4,") })
        #expect(dg4.hasPrefix("d,g4,member;secretary,member;secretary,"))
        #expect(dg4.hasSuffix(",2,1,false"))
        #expect(try #require(edges.first { $0.hasPrefix("d,g2,") }).hasPrefix("d,g2,convener,"))
    }

    /// The organisation projection of 2015 (ExportTests): src, dst, weight.
    @Test func projectionEdgesCarryTheirWeight() throws {
        var options = Self.asOf(2015)
        options.mode = .organisations
        let files = try Self.files(SmallRegistry.make(), options)
        let edges = try #require(files["edges.csv"])
        #expect(edges.first == "src,dst,weight")
        #expect(edges.dropFirst().sorted() == ["a,b,1", "a,c,1", "a,d,1", "b,c,2", "d,e,1"])
        #expect(try #require(files["vertices.csv"]).count == 1 + 6)
    }

    /// A name with a comma and a quote is one quoted cell with the quote
    /// doubled (RFC 4180, what Spark reads with escape='"'); a line break
    /// stays inside its quotes.
    @Test func namesAreQuotedByRFC4180() throws {
        let small = SmallRegistry.make()
        let registry = Registry(
            title: "x",
            organisations: small.organisations + [
                Organisation(id: "z", name: "Kommun, \"Nya\"", kind: .other),
                Organisation(id: "y", name: "Två\nrader", kind: .other),
            ],
            groups: small.groups, memberships: small.memberships + [Membership(organisation: "z", group: "g1")])
        var directory = InMemoryExportDirectory()
        try RegistryExport(registry: registry, format: .graphframes).write(to: &directory)
        let vertices = String(decoding: try #require(directory.files.first { $0.name == "vertices.csv" }).bytes, as: UTF8.self)
        #expect(vertices.contains("\nz,\"Kommun, \"\"Nya\"\"\",organisation,0,other,"))
        #expect(vertices.contains("\ny,\"Två\nrader\",organisation,0,other,"))
        let edges = String(decoding: try #require(directory.files.first { $0.name == "edges.csv" }).bytes, as: UTF8.self)
        #expect(edges.contains("\nz,g1,member,"))
    }

    /// g6 and h end in 2010: as of 2009 they and the three seats in g6 are
    /// there; as of 2015 they are gone (6 organisations, 5 groups, the 10
    /// edges of `AnalysisSmallRegistryTests`); all time, g6 says its end.
    @Test func anEndedGroupIsThereOnlyUntilItEnds() throws {
        let in2009 = try Self.files(SmallRegistry.make(), Self.asOf(2009))
        #expect(try #require(in2009["vertices.csv"]).contains { $0.hasPrefix("g6,") })
        #expect(try #require(in2009["edges.csv"]).filter { $0.contains(",g6,") }.map { $0.prefix(2) } == ["a,", "e,", "h,"])
        let in2015 = try Self.files(SmallRegistry.make(), Self.asOf(2015))
        let vertices = try #require(in2015["vertices.csv"])
        #expect(vertices.count == 1 + 6 + 5)
        #expect(!vertices.contains { $0.hasPrefix("g6,") || $0.hasPrefix("h,") })
        #expect(try #require(in2015["edges.csv"]).count == 1 + 10)
        let allTime = try Self.files(SmallRegistry.make())
        let allVertices = try #require(allTime["vertices.csv"])
        let g6 = try #require(allVertices.first { $0.hasPrefix("g6,") })
        #expect(g6.hasPrefix("g6,G6 Projekt,group,1,project-group,Project group,,,,,,2010,false,"))
    }

    /// A seat without a date, cited to a page that describes 2015, is only
    /// possibly there before 2015: as of 2010 its edge is `uncertain`,
    /// the dated seat beside it is not, and neither are the organisations
    /// (cited to an undated list) or the group (since 2000). As of 2016
    /// nothing is uncertain.
    @Test func aTieThatIsOnlyPossiblyThereIsMarked() throws {
        let registry = try RegistryLoader.load(contents: """
            sources:
              - {id: page, title: A page, kind: primary, describes: 2015}
              - {id: list, title: A public list, kind: external}
            organisations:
              - {id: a, name: A, kind: other, source: {from: list}}
              - {id: b, name: B, kind: other, source: {from: list}}
            groups:
              - id: g
                name: G
                kind: other
                since: 2000
                members:
                  - {organisation: a, source: {from: page, quote: "A sits in G"}}
                  - {organisation: b, since: 2005}
            """, fileName: "t.yaml")
        let in2010 = try Self.files(registry, Self.asOf(2010))
        let edges = try #require(in2010["edges.csv"])
        #expect(edges.count == 3)
        #expect(try #require(edges.first { $0.hasPrefix("a,g,") }).hasSuffix(",1,1,true"))
        #expect(try #require(edges.first { $0.hasPrefix("b,g,") }).hasSuffix(",1,1,false"))
        #expect(try #require(in2010["vertices.csv"]).dropFirst().allSatisfy { $0.hasSuffix(",false") })
        #expect(try #require(in2010["graph.csv"]).contains("as_of,2010"))
        let in2016 = try Self.files(registry, Self.asOf(2016))
        #expect(try #require(in2016["edges.csv"]).dropFirst().allSatisfy { $0.hasSuffix(",false") })
    }
}
