/// Which pairs an overlap report lists.
public enum OverlapScope: String, Hashable, Sendable, Codable, CaseIterable {
    /// Group pairs and containments.
    case groups
    /// Organisation pairs.
    case organisations
    /// Everything.
    case all
}
