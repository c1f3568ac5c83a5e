/// The two vertex sets of a two-mode (bipartite) graph.
public enum TwoModeSide: Sendable, Hashable, CaseIterable {
    /// The first mode, e.g. organisations (NetworkX's `nodes`/"top" set).
    case top
    /// The second mode, e.g. groups, projects or events.
    case bottom

    /// The other side.
    public var opposite: TwoModeSide { self == .top ? .bottom : .top }
}
