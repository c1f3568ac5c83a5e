import CGraphviz
import CGraphvizSupport

/// Makes Graphviz 2.42 forget the previous layout before the next one.
///
/// Some of Graphviz's layout code keeps state in C statics and decides
/// whether that state is still good by comparing a graph's *address* with
/// the address it saw last time:
///
/// - circo (`circularLayout` → `initGraphAttrs`, circogen/circular.c)
///   keeps the root graph, the `mindist`, `root` and
///   `articulation_pos` attribute symbols and its block counter, and
///   refreshes them only when the root graph's address differs from the
///   previous circo layout's;
/// - curved edges (`splines=curved`, every engine; `get_cycle_centroid`,
///   common/routespl.c) keep the directed cycles of the previous graph,
///   as node pointers, and recompute them only for a graph at another
///   address;
/// - pango's text layout keeps a pointer to the last font name, which
///   lives in the context that measured it.
///
/// Each rendering frees its graph, and malloc hands the same address to
/// the next graph of similar size, so a layout would read symbols, cycles
/// and nodes of an *earlier, freed* graph: circo then took another graph's
/// `mindist` (or none, 1.0 instead of the map's 0.5, and a larger
/// drawing), a curved edge could bend towards another graph's cycle, and
/// with an unlucky heap circo crashed in `agxget`. Which address a graph
/// gets depends on which thread runs the rendering and on what ran before,
/// so concurrent renderings made this visible as a rare byte difference.
///
/// The caches cannot be reached from outside Graphviz, but their keys
/// can: before every layout, ``run(_:)`` lays out a sentinel graph that
/// is created once and never freed (a triangle with curved edges and
/// labels) with circo. That points all three caches at the sentinel. The
/// real graph is always at another address (the sentinel is alive), so
/// circo re-reads its attributes from the real graph, the cycle cache is
/// recomputed for it, and the font cache compares against a name that
/// lives in the current context.
///
/// Call only inside ``GraphvizLock/withLock(_:)``. Costs one layout of a
/// three-node graph (about 0.1 ms) per rendering.
enum GraphvizCacheReset {
    /// Created on first use and kept for the life of the process. Touched
    /// only by the holder of ``GraphvizLock``.
    nonisolated(unsafe) private static var sentinel: UnsafeMutablePointer<Agraph_t>?

    /// Lays out and frees the layout of the sentinel with circo in `gvc`.
    /// Returns `false` when the sentinel could not be made or laid out;
    /// Graphviz's message is then waiting in ``GraphvizLock/takeMessages()``.
    static func run(_ gvc: OpaquePointer) -> Bool {
        if sentinel == nil { sentinel = samverkan_make_sentinel_graph() }
        guard let sentinel else { return false }
        guard gvLayout(gvc, sentinel, LayoutEngine.circo.rawValue) == 0 else { return false }
        gvFreeLayout(gvc, sentinel)
        return true
    }
}
