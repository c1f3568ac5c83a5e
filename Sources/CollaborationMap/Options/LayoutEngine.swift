/// A Graphviz layout program, run in-process through libgvc.
///
/// - `dot`: layered drawing; draws clusters. The default: the map reads
///   left to right, groups in the middle, organisations in level clusters.
/// - `neato`, `fdp`, `sfdp`: spring models (stress majorisation,
///   force-directed, multiscale force-directed).
/// - `circo`: circular; `twopi`: radial around a centre node.
///
/// Only `dot` draws the clusters. `fdp` could; Graphviz 2.42's fdp orders
/// clusters and edges by memory address, which the renderer turns into
/// creation order (docs/rendering.md), but the map still gives fdp neither
/// clusters nor prism overlap removal, so fdp drawings stay as they were.
///
/// Every engine renders deterministically: the randomised engines
/// (`neato`, `fdp`, `sfdp`) get a pinned `start` seed, and the renderer
/// reseeds the C random generators, resets Graphviz's address-keyed layout
/// caches and keeps graph memory in creation order before each layout, so
/// the same input gives the same bytes whatever was rendered before or
/// alongside it.
public enum LayoutEngine: String, CaseIterable, Sendable, Codable, Hashable {
    case dot, neato, fdp, sfdp, circo, twopi

    /// Whether Graphviz draws cluster boxes with this engine.
    public var drawsClusters: Bool { self == .dot }

    /// Whether the engine places nodes from a random start (seeded by `start`).
    public var isRandomised: Bool { self == .neato || self == .fdp || self == .sfdp }
}
