import Foundation
import PartnerRegistry

/// The Samverkan look: how each node category and relation is drawn.
///
/// Organisations are rounded boxes filled by kind from
/// ``organisationPalette``: ten soft tints that any two differ by CIEDE2000
/// ΔE ≥ 10, and by ΔE ≥ 6 under simulated deuteranopia and protanopia,
/// each keeping a WCAG contrast of at least 4.5:1 for the label. A map
/// gives the tints to the organisation kinds it shows, in kind order
/// (``fitted(toKinds:looks:order:)``), so any ten kinds on one map stay apart; from the
/// eleventh kind on, fills repeat and the box has square corners instead,
/// which the legend says. Groups are dark ellipses with white text,
/// initiatives amber hexagons, documents folded notes. Line style (solid,
/// dashed, dotted, bold) and arrowheads carry the relation even in
/// greyscale.
public struct MapTheme: Hashable, Sendable {
    public struct NodeStyle: Hashable, Sendable {
        public var shape: String
        public var style: String
        public var fill: String
        public var border: String
        public var text: String
        public var labelWeight: LabelWeight
        /// Whether the box has rounded corners (organisations of the first
        /// ten kinds on a map); the legend's sample has them too.
        public var rounded: Bool { style.split(separator: ",").contains("rounded") }
    }

    /// The fill and border one organisation kind has on a map, and whether
    /// the fill repeats an earlier kind's (drawn with square corners).
    public struct KindColours: Hashable, Sendable {
        public var fill: String
        public var border: String
        public var repeatsFill: Bool
    }

    /// How heavy a node's label is set.
    public enum LabelWeight: Hashable, Sendable {
        case regular
        /// Set in bold (an HTML `<B>` label).
        case bold
    }

    public struct EdgeStyle: Hashable, Sendable {
        public var color: String
        /// Graphviz `style`: solid, dashed, dotted, bold.
        public var style: String
        public var penwidth: Double
        /// Graphviz arrowhead name, or `nil` for a line without arrow.
        public var arrowhead: String?
        /// A legend sample of the line drawn with text.
        public var sample: String
    }

    /// The font list; SVG viewers take the first they have, Graphviz measures
    /// text with the first fontconfig resolves.
    public var fontname = "Helvetica,Arial,sans-serif"
    public var fontsize = 11.0
    public var background = "#FFFFFF"
    public var titleColor = "#1F2D3A"
    public var subtitleColor = "#52606D"
    public var clusterFill = "#F3F6F9"
    public var clusterBorder = "#C3CED9"
    public var clusterText = "#3E4C59"
    public var highlight = "#D1495B"
    /// Share of white mixed into faded colours.
    public var fadeAmount = 0.78
    /// The label colour of faded and ended entities: WCAG contrast of at
    /// least 4.5:1 against every faded fill (the least, on a faded group,
    /// is about 6:1).
    public var fadedText = "#3E4C59"

    /// The organisation fills: ten soft tints (CIELAB lightness 66–93,
    /// chroma at most 42) that any two differ by CIEDE2000 ΔE ≥ 10 (least
    /// pair 18.8), by ΔE ≥ 6 under simulated deuteranopia and protanopia
    /// (Machado et al. 2009, severity 1; least pairs 10.1 and 10.0), each
    /// with a WCAG contrast of at least 4.5:1 against the label colour
    /// #1F2D3A (least 5.49). Chosen by scripts/palette/choose.py; the
    /// explorer's Chromium tests check the rendered fills.
    public static let organisationPalette: [String] = [
        "#82B2FB", "#7AE6FE", "#AB9EC3", "#C2C8CB", "#C9F5D9",
        "#2DB59F", "#F8EBA0", "#EBB899", "#EB8DA4", "#9DA860",
    ]

    /// The colours of each organisation kind on the map this theme is
    /// fitted to; empty until ``fitted(toKinds:looks:order:)``, when every kind takes its
    /// place in kind order.
    public var organisationColours: [OrganisationKind: KindColours] = [:]
    /// Declared colours, shapes and bold labels of organisation kinds,
    /// from the registry's vocabulary (the default vocabulary's until fitted).
    public var organisationLooks = KindLook.looks(.default, .organisationKinds)
    /// The same for group kinds.
    public var groupLooks = KindLook.looks(.default, .groupKinds)

    public static let standard = MapTheme()

    public init() {}

    /// This theme with the palette given to `kinds` (each once, in the
    /// order of `order`, the vocabulary's, then as given): a kind with a
    /// declared colour in `looks` takes it; the others take the ten fills
    /// in turn, and kinds after the tenth repeat them with square corners.
    public func fitted(
        toKinds kinds: some Sequence<OrganisationKind>, looks: [String: KindLook]? = nil,
        order: [String] = Vocabulary.default.ids(.organisationKinds)
    ) -> MapTheme {
        var copy = self
        if let looks { copy.organisationLooks = looks }
        copy.organisationColours = [:]
        var unique: [OrganisationKind] = []
        var seen = Set<OrganisationKind>()
        for kind in kinds where seen.insert(kind).inserted { unique.append(kind) }
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let ordered = unique.enumerated().sorted {
            (rank[$0.element.rawValue] ?? order.count + $0.offset) < (rank[$1.element.rawValue] ?? order.count + $1.offset)
        }.map(\.element)
        var place = 0
        for kind in ordered {
            if let declared = copy.organisationLooks[kind.rawValue]?.colour {
                copy.organisationColours[kind] = KindColours(
                    fill: declared, border: Self.mix(declared, "#1F2D3A", 0.6), repeatsFill: false)
            } else {
                copy.organisationColours[kind] = Self.colours(place: place)
                place += 1
            }
        }
        return copy
    }

    /// This theme fitted to `kinds` with the looks and the kind order of
    /// `model`'s vocabulary (a map of several dates passes the kinds of
    /// every date).
    func fitted(toKinds kinds: some Sequence<OrganisationKind>, of model: MapModel) -> MapTheme {
        var copy = fitted(toKinds: kinds, looks: model.organisationLooks, order: model.organisationKindOrder)
        copy.groupLooks = model.groupLooks
        return copy
    }

    /// This theme fitted to the organisation kinds `model` shows (its
    /// legend's and its nodes'), with the looks its vocabulary declares,
    /// as ``DOTEncoder`` fits it before drawing.
    func fitted(to model: MapModel) -> MapTheme {
        fitted(toKinds: (model.legend.nodes.map(\.category) + model.nodes.map(\.category)).compactMap {
            if case let .organisation(kind) = $0 { kind } else { nil }
        }, of: model)
    }

    /// The colours of the kind in `place` (0-based) on a map.
    static func colours(place: Int) -> KindColours {
        let palette = organisationPalette
        let fill = palette[place % palette.count]
        return KindColours(fill: fill, border: mix(fill, "#1F2D3A", 0.6), repeatsFill: place >= palette.count)
    }

    /// The label colour on a declared fill: the dark text where it keeps a
    /// WCAG contrast of 4.5:1, else white.
    static func labelColour(on fill: String) -> String {
        contrast(fill, "#1F2D3A") >= 4.5 ? "#1F2D3A" : "#FFFFFF"
    }

    /// WCAG 2 contrast ratio of two `#RRGGBB` colours.
    static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ c: String) -> Double {
            let v = Int(c.dropFirst(), radix: 16) ?? 0
            let channels = [(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF].map { Double($0) / 255 }
            let linear = channels.map { $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// `a` moved towards `b` by `amount` (0…1), per sRGB channel, as `#RRGGBB`.
    static func mix(_ a: String, _ b: String, _ amount: Double) -> String {
        func channels(_ c: String) -> [Double] {
            let v = Int(c.dropFirst(), radix: 16) ?? 0
            return [Double((v >> 16) & 0xFF), Double((v >> 8) & 0xFF), Double(v & 0xFF)]
        }
        let mixed = zip(channels(a), channels(b)).map { Int(($0 + ($1 - $0) * amount).rounded()) }
        let hex = Array("0123456789ABCDEF")
        return "#" + String(mixed.flatMap { [hex[$0 >> 4], hex[$0 & 15]] })
    }

    public func style(for category: NodeCategory) -> NodeStyle {
        switch category {
        case let .organisation(kind):
            // Unfitted (a theme used without a map), kinds keep their place
            // in the default vocabulary.
            let look = organisationLooks[kind.rawValue] ?? KindLook()
            let colours = organisationColours[kind]
                ?? Self.colours(place: Vocabulary.default.rank(kind.rawValue, in: .organisationKinds) ?? 0)
            let shape = look.shape ?? "box"
            return NodeStyle(shape: shape, style: colours.repeatsFill || shape != "box" ? "filled" : "rounded,filled",
                             fill: colours.fill, border: colours.border,
                             text: look.colour == nil ? "#1F2D3A" : Self.labelColour(on: colours.fill),
                             labelWeight: look.emphasised ? .bold : .regular)
        case let .group(kind):
            // One fill for every group, unless its kind declares a colour.
            let look = groupLooks[kind.rawValue] ?? KindLook()
            let fill = look.colour ?? "#2F4858"
            return NodeStyle(shape: look.shape ?? "ellipse", style: "filled", fill: fill,
                             border: look.colour.map { Self.mix($0, "#000000", 0.4) } ?? "#1D2F3B",
                             text: look.colour.map(Self.labelColour) ?? "#FFFFFF", labelWeight: .bold)
        case .initiative:
            return NodeStyle(shape: "hexagon", style: "filled", fill: "#F6D58E", border: "#B07D1A",
                             text: "#3B2A06", labelWeight: .regular)
        case .document:
            return NodeStyle(shape: "note", style: "filled", fill: "#FFFFFF", border: "#6B5B95",
                             text: "#3D3557", labelWeight: .regular)
        }
    }

    public func style(for relation: MapRelation) -> EdgeStyle {
        switch relation {
        case .membership:
            EdgeStyle(color: "#8A9BAB", style: "solid", penwidth: 1.0, arrowhead: nil, sample: "———")
        case .leadership:
            EdgeStyle(color: "#2F4858", style: "solid", penwidth: 2.4, arrowhead: nil, sample: "━━━")
        case .convener:
            EdgeStyle(color: "#1E7A46", style: "solid", penwidth: 2.4, arrowhead: "diamond", sample: "━━━◆")
        case .partOf:
            EdgeStyle(color: "#2F4858", style: "dashed", penwidth: 1.4, arrowhead: "onormal", sample: "– – ▷")
        case .partnership:
            EdgeStyle(color: "#C98A12", style: "dashed", penwidth: 1.4, arrowhead: nil, sample: "– – –")
        case .funding:
            EdgeStyle(color: "#B5651D", style: "solid", penwidth: 2.4, arrowhead: "normal", sample: "━━━▶")
        case .runs:
            EdgeStyle(color: "#2F4858", style: "dotted", penwidth: 1.6, arrowhead: "normal", sample: "· · · ▶")
        case .basedOn:
            EdgeStyle(color: "#6B5B95", style: "dotted", penwidth: 1.6, arrowhead: "normal", sample: "· · · ▶")
        case .revises:
            EdgeStyle(color: "#6B5B95", style: "dashed", penwidth: 1.6, arrowhead: "normal", sample: "– – ▶")
        case .supersedes:
            EdgeStyle(color: "#6B5B95", style: "solid", penwidth: 2.4, arrowhead: "normal", sample: "━━━▶")
        case .leadsTo:
            EdgeStyle(color: "#2F4858", style: "dashed", penwidth: 1.6, arrowhead: "vee", sample: "– – ›")
        case .adoptedBy:
            EdgeStyle(color: "#9C89B8", style: "solid", penwidth: 1.2, arrowhead: "tee", sample: "———┤")
        }
    }

    /// `color` mixed with white by `fadeAmount`, as `#RRGGBB`.
    public func faded(_ color: String) -> String {
        guard color.count == 7, color.hasPrefix("#"), let value = Int(color.dropFirst(), radix: 16) else {
            return color
        }
        func mix(_ channel: Int) -> Int { Int((Double(channel) + (255 - Double(channel)) * fadeAmount).rounded()) }
        let r = mix((value >> 16) & 0xFF), g = mix((value >> 8) & 0xFF), b = mix(value & 0xFF)
        let hex = Array("0123456789ABCDEF")
        return "#" + String([r >> 4, r & 15, g >> 4, g & 15, b >> 4, b & 15].map { hex[$0] })
    }
}
