/// A Graphviz layout program, run in-process through libgvc.
///
/// - `dot`: layered drawing; draws clusters. The default: the map reads
///   left to right, groups in the middle, organisations in level clusters.
/// - `neato`, `sfdp`: spring models (stress majorisation, multiscale
///   force-directed); clusters are not drawn.
/// - `fdp`: force-directed with clusters drawn.
/// - `circo`: circular; `twopi`: radial around a centre node.
///
/// The randomised engines (`neato`, `fdp`, `sfdp`) get a pinned `start`
/// seed, so the same input always gives the same drawing.
public enum LayoutEngine: String, CaseIterable, Sendable, Codable, Hashable {
    case dot, neato, fdp, sfdp, circo, twopi

    /// Whether Graphviz draws cluster boxes with this engine.
    public var drawsClusters: Bool { self == .dot || self == .fdp }

    /// Whether the engine places nodes from a random start (seeded by `start`).
    public var isRandomised: Bool { self == .neato || self == .fdp || self == .sfdp }
}
