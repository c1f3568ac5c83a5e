/// How overlap pairs are sorted.
public enum OverlapOrder: String, Hashable, Sendable, Codable, CaseIterable {
    /// Highest Jaccard index first, then most shared, then by name.
    case jaccard
    /// Most shared members (or groups) first, then highest Jaccard, then by name.
    case shared
    /// By the first name, then the second, in Swedish order.
    case name
}
