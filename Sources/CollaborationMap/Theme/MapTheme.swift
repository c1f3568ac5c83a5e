import PartnerRegistry

/// The Samverkan look: how each node category and relation is drawn.
///
/// Organisations are rounded boxes in a light tint of their kind's colour
/// (public bodies blue, tourism organisations green, business amber, civil
/// society and academia red-violet); groups are dark ellipses with white
/// text, initiatives amber hexagons, documents folded notes. Colours are
/// chosen to stay apart in print and for the common colour-vision
/// deficiencies; line style (solid, dashed, dotted, bold) and arrowheads
/// carry the relation even in greyscale.
public struct MapTheme: Hashable, Sendable {
    public struct NodeStyle: Hashable, Sendable {
        public var shape: String
        public var style: String
        public var fill: String
        public var border: String
        public var text: String
        public var labelWeight: LabelWeight
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

    public static let standard = MapTheme()

    public init() {}

    public func style(for category: NodeCategory) -> NodeStyle {
        switch category {
        case let .organisation(kind):
            let (fill, border) = Self.organisationColours(kind)
            return NodeStyle(shape: "box", style: "rounded,filled", fill: fill, border: border,
                             text: "#1F2D3A", labelWeight: kind == .regionalTourismOrganisation ? .bold : .regular)
        case .group:
            return NodeStyle(shape: "ellipse", style: "filled", fill: "#2F4858", border: "#1D2F3B",
                             text: "#FFFFFF", labelWeight: .bold)
        case .initiative:
            return NodeStyle(shape: "hexagon", style: "filled", fill: "#F6D58E", border: "#B07D1A",
                             text: "#3B2A06", labelWeight: .regular)
        case .document:
            return NodeStyle(shape: "note", style: "filled", fill: "#FFFFFF", border: "#6B5B95",
                             text: "#3D3557", labelWeight: .regular)
        }
    }

    static func organisationColours(_ kind: OrganisationKind) -> (fill: String, border: String) {
        switch kind {
        case .nationalAgency: ("#D4E3F3", "#2F5F8F")
        case .stateOwnedCompany: ("#D2ECEF", "#2A7A85")
        case .region: ("#C7DBF0", "#1F5A96")
        case .countyBoard: ("#E1DDF2", "#5A4C9C")
        case .municipality: ("#EAF1F8", "#6F8FAF")
        case .regionalTourismOrganisation: ("#BFE5CC", "#1E7A46")
        case .destinationOrganisation: ("#DFF2E5", "#3F8F5F")
        case .company: ("#FCEACB", "#B7791F")
        case .association: ("#F5DDE4", "#A0445C")
        case .network: ("#EFE3F4", "#7A4B9A")
        case .university: ("#F1E4D6", "#8A5A2B")
        case .other: ("#ECEEF0", "#7B8794")
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
