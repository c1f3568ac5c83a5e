/// Which chain lengths a connection lists.
public enum ChainLengths: String, Hashable, Sendable, Codable, CaseIterable {
    /// Only the shortest chains.
    case shortest
    /// The shortest chains and, apart, those one step (one more group and
    /// organisation) longer.
    case shortestAndOneLonger = "shortest-and-one-longer"
}
