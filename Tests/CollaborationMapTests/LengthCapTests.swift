@testable import CollaborationMap
import Foundation
import InterchangeBase
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// Every piece of registry text that reaches the DOT text is cut to a cap;
/// the model keeps it whole. Without the caps a 10 MB name kept Graphviz's
/// DOT lexer busy for minutes.
@Suite struct LengthCapTests {
    static let word = "Långnamn"   // 8 scalars
    /// 10 MB of one word (no spaces, so the label is not wrapped).
    static let longName = String(repeating: word, count: 1_250_000)
    /// 10 MB of words, for the tooltip and a cluster title.
    static let longText = String(repeating: "ord ", count: 2_500_000)

    static var registry: Registry {
        Registry(
            title: longText,
            organisations: [
                Organisation(id: "long", name: longName, kind: .company, level: .regional,
                             url: "https://example.org/" + String(repeating: "a", count: 3_000),
                             attributes: ["sector": longText]),
                Organisation(id: "short", name: "Kort AB", kind: .company, level: .local,
                             url: "https://example.org/kort", attributes: ["sector": "privat"]),
            ],
            groups: [Group(id: "g", name: "Gruppen", kind: .workingGroup)],
            memberships: [
                Membership(organisation: "long", group: "g"),
                Membership(organisation: "short", group: "g"),
            ])
    }

    @Test func cappedCutsAtTheLimitWithAnEllipsis() {
        #expect(DOTText.capped("abc", to: 3) == "abc")
        #expect(DOTText.capped("abcd", to: 3) == "ab…")
        #expect(DOTText.capped("", to: 3) == "")
        // Scalars, not characters: a base with many combining marks is cut too.
        let combining = "a" + String(repeating: "\u{301}", count: 1_000)
        #expect(DOTText.capped(combining, to: 10).unicodeScalars.count == 10)
        #expect(DOTText.html(String(repeating: "x", count: 500)).unicodeScalars.count == DOTText.labelLimit)
        #expect(DOTText.tooltip(String(repeating: "y", count: 10_000)).unicodeScalars.count
            == DOTText.tooltipLimit + 2)
    }

    /// A quote with a combining mark is one `Character` but still a quote
    /// to Graphviz: it is escaped.
    @Test func quoteWithCombiningMarkIsEscaped() {
        #expect(DOTText.tooltip("a\"\u{301}b") == "\"a\\\"\u{301}b\"")
        #expect(DOTText.quoted("\"\u{301}") == "\"\\\"\u{301}\"")
        #expect(DOTText.html("<\u{301}") == "&lt;\u{301}")
    }

    @Test func wrapIsUnchangedForShortNames() {
        #expect(DOTText.wrap("Tillväxtverkets grupp för framtidens turismstatistik", width: 22)
            == "Tillväxtverkets grupp\nför framtidens\nturismstatistik")
    }

    /// A registry with a 10 MB name, a 10 MB title and cluster title and a
    /// 3 KB link renders to SVG within ten seconds of this thread's CPU
    /// time; the SVG holds the cut label, the model the whole name.
    @Test func tenMegabyteNameRendersWithTheCutLabel() throws {
        let expected = String(String(repeating: Self.word, count: 25).unicodeScalars.prefix(DOTText.labelLimit - 1)) + "…"
        var svg = Data()
        var map: CollaborationMap?
        let elapsed = try threadCPUTime {
            let built = try CollaborationMap(
                registry: Self.registry, options: MapOptions(grouping: .attribute("sector"), scope: .allTime))
            let dot = built.dot
            #expect(dot.utf8.count < 100_000, "DOT of \(dot.utf8.count) bytes")
            let context = try #require(GraphvizContext())
            svg = SVGNormaliser.normalised(
                try GraphvizSession.render(dot: dot, engine: .dot, format: .svg, context: context))
            map = built
        }
        #expect(elapsed < cpuGuard(seconds: 10), "took \(elapsed) of CPU time")
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains(">\(expected)</text>"))
        #expect(!text.contains("aaaa"), "the 3 KB link is left out")
        #expect(text.contains("https://example.org/kort"))
        let node = try #require(map?.model.nodes.first { $0.id == MapNodeID(.organisation, "long") })
        #expect(node.label == Self.longName, "the model keeps the whole name")
    }
}
