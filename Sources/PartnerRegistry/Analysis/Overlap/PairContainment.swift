/// How the member sets of a pair of groups nest.
public enum PairContainment: String, Hashable, Sendable, Codable, CaseIterable {
    /// Every member of the first group sits in the second, which has more.
    case firstInSecond = "first-in-second"
    /// Every member of the second group sits in the first, which has more.
    case secondInFirst = "second-in-first"
    /// Both groups have exactly the same members.
    case identical
}
