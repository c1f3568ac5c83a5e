/// How a load report is sorted.
public enum LoadOrder: String, Hashable, Sendable, Codable, CaseIterable {
    /// Most groups first, then most seats, most chairs and convened groups, then by name.
    case load
    /// By name, in Swedish order.
    case name
}
