/// A Graphviz layout program, run in-process through libgvc.
///
/// - `dot`: layered drawing; draws clusters. The default: the map reads
///   left to right, groups in the middle, organisations in level clusters.
/// - `neato`, `fdp`, `sfdp`: spring models (stress majorisation,
///   force-directed, multiscale force-directed).
/// - `circo`: circular; `twopi`: radial around a centre node.
///
/// Only `dot` draws the clusters. `fdp` could, but Graphviz 2.42's fdp
/// orders clusters (and prism overlap removal) by memory address, so its
/// drawing would change from run to run; the map gives it neither.
///
/// The randomised engines (`neato`, `fdp`, `sfdp`) get a pinned `start`
/// seed, so the same input always gives the same drawing.
public enum LayoutEngine: String, CaseIterable, Sendable, Codable, Hashable {
    case dot, neato, fdp, sfdp, circo, twopi

    /// Whether Graphviz draws cluster boxes with this engine.
    public var drawsClusters: Bool { self == .dot }

    /// Whether the engine places nodes from a random start (seeded by `start`).
    public var isRandomised: Bool { self == .neato || self == .fdp || self == .sfdp }
}
