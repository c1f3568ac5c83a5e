@testable import CollaborationMap
import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// Golden vectors for what the explorer page's script does itself: fold
/// names into search keys (`Registry.searchKey`), check a link before it
/// makes one (`SafeURL.plain`), and find the chains between two
/// organisations (`RegistryAnalysis.connection`). This suite computes the
/// expected answers in Swift and holds them to the committed file
/// Tests/clients/golden/explorer.json (`SNAPSHOT_RECORD=1` rewrites it);
/// the Chromium test (test_explorer.py) replays the same file in the page.
/// So the page and the library are held to one set of answers.
@Suite struct ExplorerGoldenTests {
    static let file = PackagePaths.root.appendingPathComponent("Tests/clients/golden/explorer.json")
    static let registryPath = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml")

    struct Golden: Codable, Equatable {
        var registry: String
        var searchKeys: [Fold]
        var links: [Link]
        var connections: [Connect]
    }

    struct Fold: Codable, Equatable {
        var text: String
        var key: String
    }

    /// `accepted` is the link the page may make from `url`: the URL itself
    /// when the library keeps it unchanged, else nil.
    struct Link: Codable, Equatable {
        var url: String
        var accepted: String?
    }

    struct Connect: Codable, Equatable {
        var from: String
        var to: String
        var steps: Int?
        var count: Int
        var truncated: Bool
        var shared: [String]
        var chains: [Chain]
    }

    struct Chain: Codable, Equatable {
        var organisations: [String]
        var groups: [String]
    }

    /// Spellings that stress the folding: letters whose decomposition is
    /// not their everyday spelling, combining marks, ligatures, full-width
    /// and other scripts, format and space characters.
    static let hardTexts = [
        "Søren Æbeltoft", "Straße", "Va\u{308}stero\u{308}s", "Umeå-kommun!", "İstanbul", "ıSPARTA", "ﬁnans",
        "Ｕｍｅå", "Ångström\u{200B}", "\u{202E}evil", "Łódź", "Þórshöfn", "Œuvre", "ÆØÅ æøå", "ǅemal", "ĳssel",
        "Ⅻ", "x²", "٣٤", "Ελλάδα", "Москва", "東京", "👍🏽 bra", "a\u{00A0}b", "tab\tx", "ŉ", "Ǯ", "Ħal", "Đorđe",
        "ŧ", "ẞ", "Co-op", "   ", "",
    ]

    static let urls = [
        "https://example.org/", "HTTP://Example.ORG/x", "mailto:info@example.se", "https://example.org/å",
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://example.org",
        "vbscript:x", "https://", "https:/example.org", "//example.org", "example.org", " https://example.org",
        "https://example.org ", "https://exa mple.org", "https://example.org/\u{202E}", "https://example.org/\u{0085}",
        "https://example.org/\u{2028}", "https://example.org/\u{00A0}", "https://example.org/\t",
        "https://ex\u{200B}ample.org", "mailto:",
    ]

    /// Pairs as a user types them: IDs, names, folded spellings, aliases,
    /// a part of a name; the last two have no chain now (the municipalities'
    /// one group, the Strategigrupp, has ended).
    static let pairs: [(String, String)] = [
        ("Trafikverket", "destinationerna"), ("visitsweden", "Destinationsorganisationerna"),
        ("regionala-turistorganisationer", "region vasterbotten"), ("Visit Västerbotten", "trafikverket"),
        ("lansstyrelsen-vasterbotten", "visitsweden"), ("region-vasterbotten", "tillvaxtverket"),
        ("tillvaxtverket", "trafikverket"), ("Länsstyrelsen Västerbotten", "regionala-turistorganisationer"),
        ("VisitSweden AB", "Tillväxtverket"), ("destinationerna", "lansstyrelsen-vasterbotten"),
        ("Region Västerbotten", "VisitSweden"), ("vasterbottensturism", "regionala turistorganisationerna"),
        ("Umeå kommun", "Åsele kommun"), ("skelleftea", "trafikverket"),
    ]

    static func expected() throws -> Golden {
        let registry = try RegistryLoader.load(path: registryPath.path)
        var texts: [String] = []
        for o in registry.organisations { texts += [o.name] + o.aliases + [o.id.rawValue] }
        for g in registry.groups { texts += [g.name] + g.aliases + [g.id.rawValue] }
        texts += hardTexts
        let analysis = RegistryAnalysis(registry: registry)
        var connections: [Connect] = []
        for (a, b) in pairs {
            let c = try analysis.connection(from: registry.resolveOrganisation(a), to: registry.resolveOrganisation(b))
            connections.append(Connect(
                from: a, to: b, steps: c.steps, count: c.shortestChainCount, truncated: c.isTruncated,
                shared: c.sharedGroups.map(\.id.rawValue).sorted(),
                chains: c.shortestChains.map { chain in
                    Chain(organisations: chain.organisations.map(\.id.rawValue), groups: chain.groups.map(\.id.rawValue))
                }))
        }
        return Golden(
            registry: "graphs/vasterbotten.yaml",
            searchKeys: texts.map { Fold(text: $0, key: Registry.searchKey($0)) },
            links: urls.map { url in Link(url: url, accepted: SafeURL.plain(url) == url ? url : nil) },
            connections: connections)
    }

    @Test func theCommittedVectorsAreTheLibrarysAnswers() throws {
        let golden = try Self.expected()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let bytes = try encoder.encode(golden) + Data("\n".utf8)
        if ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" {
            try FileManager.default.createDirectory(
                at: Self.file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: Self.file)
        }
        let committed = try JSONDecoder().decode(Golden.self, from: Data(contentsOf: Self.file))
        #expect(committed == golden, "Tests/clients/golden/explorer.json is not what the library answers; rerun with SNAPSHOT_RECORD=1 and review the diff")
        #expect(golden.connections.filter { $0.steps != nil }.count >= 10)
        #expect(golden.links.contains { $0.accepted == nil } && golden.links.contains { $0.accepted != nil })
    }
}
