/// How a contained group relates to its container.
public enum ContainmentKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The contained group's members are a proper subset of the container's.
    case properSubset = "proper-subset"
    /// Both groups have the same members (reported once per pair, the
    /// group first in name order as `contained`).
    case identical
}
