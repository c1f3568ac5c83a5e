import CollaborationMap
import Foundation
import PartnerRegistry
import Testing

/// CIEDE2000 against the published test data and colour-science, and the
/// warning a declared colour close to another fill draws.
@Suite struct ColourDifferenceTests {
    /// Pairs 1, 7, 17, 25 and 34 of Sharma, Wu and Dalal's supplementary
    /// test data (Color Res. Appl. 30(1), 2005, table 1), with their ΔE00.
    static let sharma: [((Double, Double, Double), (Double, Double, Double), Double)] = [
        ((50.0000, 2.6772, -79.7751), (50.0000, 0.0000, -82.7485), 2.0425),
        ((50.0000, 0.0000, 0.0000), (50.0000, -1.0000, 2.0000), 2.3669),
        ((50.0000, 2.5000, 0.0000), (73.0000, 25.0000, -18.0000), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
        ((6.7747, -0.2908, -2.4247), (5.8714, -0.0985, -2.2286), 0.6377),
    ]

    @Test func reproducesTheFormulasTestData() {
        for (p, q, expected) in Self.sharma {
            let d = ColourDifference.ciede2000((p.0, p.1, p.2), (q.0, q.1, q.2))
            #expect(abs(d - expected) < 5e-5, "\(p) \(q): \(d) against \(expected)")
            // The formula is symmetric.
            #expect(abs(ColourDifference.ciede2000((q.0, q.1, q.2), (p.0, p.1, p.2)) - d) < 1e-12)
        }
    }

    /// From sRGB hex, against colour-science 0.4
    /// (`colour.delta_E(XYZ_to_Lab(sRGB_to_XYZ(rgb)), …, method="CIE 2000")`):
    /// 1.1623, 18.1293, 7.3291, 33.5397.
    @Test func hexColoursAgreeWithColourScience() {
        let pairs = [
            ("#82B2FB", "#82B0F0", 1.1623203450536883), ("#1B7F79", "#2DB59F", 18.12930832215175),
            ("#F2D7A0", "#F8EBA0", 7.329060256840319), ("#1B7F79", "#82B2FB", 33.53966596003761),
        ]
        for (a, b, expected) in pairs {
            #expect(abs(ColourDifference.ciede2000(a, b) - expected) < 1e-6, "\(a) \(b)")
        }
        let lab = ColourDifference.lab("#82B2FB")
        #expect(abs(lab.l - 71.92779765) < 1e-6 && abs(lab.a - 3.46270633) < 1e-6 && abs(lab.b + 41.1138592) < 1e-6)
    }

    @Test func thePalettesFillsStayApart() {
        // MapTheme's documented least pair: ΔE 18.8.
        let fills = MapTheme.organisationPalette
        var least = Double.infinity
        for i in fills.indices { for j in fills.indices where j > i { least = min(least, ColourDifference.ciede2000(fills[i], fills[j])) } }
        #expect(least >= ColourDifference.distinct && abs(least - 18.8) < 0.05, "\(least)")
    }

    @Test func aDeclaredColourCloseToAFillIsAPositionedWarning() throws {
        // #82B0F0 is ΔE 1.2 from the palette's first fill, #82B2FB; #1B7F79
        // is at least ΔE 10 from every fill; #1C8079 is ΔE 0.5 from #1B7F79.
        let registry = try RegistryLoader.load(contents: """
        vocabulary:
          organisation-kinds:
            - {id: hotel, colour: "#82B0F0"}
            - {id: ski-resort, colour: "#1B7F79"}
            - {id: ski-lift, colour: "#1C8079"}
        """, fileName: "c.yaml")
        let warnings = ColourDifference.warnings(for: registry)
        #expect(warnings.map(\.description) == [
            "c.yaml:3:7: warning: colour '#82B0F0' of organisation kind 'hotel' is hard to tell from the palette's fill #82B2FB (CIEDE2000 ΔE 1.2, under 10); choose a colour further from it, or leave 'colour' out to take one of the palette's fills",
            "c.yaml:5:7: warning: colour '#1C8079' of organisation kind 'ski-lift' is hard to tell from the colour #1B7F79 of organisation kind 'ski-resort' (CIEDE2000 ΔE 0.5, under 10); choose a colour further from it, or leave 'colour' out to take one of the palette's fills",
        ])
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.code == .colourCollision })
        // The default vocabulary declares no colour: nothing to warn about.
        #expect(ColourDifference.warnings(for: Registry()).isEmpty)
    }
}
