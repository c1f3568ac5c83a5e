/// How a contained group relates to its container.
public enum ContainmentKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The contained group's members are a proper subset of the container's.
    case properSubset = "proper-subset"
    /// Both groups have the same members (reported once per pair, the
    /// group first in name order as `contained`).
    case identical
    /// Every recorded member of the contained group sits in the container,
    /// but one of the two lists is partial (`member-list: partial`): who is
    /// missing is unknown, so the pair is neither identical nor redundant.
    case partialMemberList = "partial-member-list"
}
