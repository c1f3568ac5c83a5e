/// How ties between organisations are weighted for constraint and
/// effective size.
public enum TieWeighting: String, Hashable, Sendable, Codable, CaseIterable {
    /// Every tie counts the same (NetworkX `weight=None`).
    case unweighted
    /// A tie counts the number of groups the two share (NetworkX `weight="weight"` on the weighted projection).
    case sharedGroups = "shared-groups"
}
