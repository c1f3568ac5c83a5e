import CGraphviz

/// The one owner of a Graphviz `GVC_t` context.
///
/// Created and freed under ``GraphvizLock``; the pointer is only handed to
/// closures run under that lock and never stored elsewhere. Freed exactly
/// once, in `deinit`, after every graph, layout and render buffer made
/// with it (those live only inside one ``GraphvizSession`` call).
final class GraphvizContext {
    private let raw: OpaquePointer

    /// A new context with the installed plugins, or `nil` when Graphviz
    /// cannot start.
    init?() {
        guard let raw = GraphvizLock.withLock({ gvContext() }) else { return nil }
        self.raw = raw
    }

    /// The only way to reach the context. Must be called inside
    /// ``GraphvizLock/withLock(_:)``.
    func withUnsafeContext<R, E: Error>(_ body: (OpaquePointer) throws(E) -> R) throws(E) -> R {
        try body(raw)
    }

    deinit {
        let raw = self.raw
        GraphvizLock.withLock { _ = gvFreeContext(raw) }
    }
}
