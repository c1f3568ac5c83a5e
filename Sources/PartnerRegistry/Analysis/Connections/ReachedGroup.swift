/// A group within reach.
public struct ReachedGroup: Hashable, Sendable, Codable {
    public var group: NamedGroup
    /// 1 for the organisation's own groups, 2 for its partners' groups, …
    public var steps: Int

    public init(group: NamedGroup, steps: Int) {
        self.group = group
        self.steps = steps
    }
}
