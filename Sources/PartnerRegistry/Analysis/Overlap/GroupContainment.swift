/// A group whose members all sit in another group too: a forum that adds
/// no meeting place the other does not already give (a redundancy
/// candidate, or a sub-group by design).
public struct GroupContainment: Hashable, Sendable, Codable {
    /// The group whose members are all in `container`.
    public var contained: NamedGroup
    /// The group that holds every member of `contained`.
    public var container: NamedGroup
    /// Whether the two groups have the same members or `contained` is smaller.
    public var kind: ContainmentKind
    /// Members of `contained` (all of them in `container`).
    public var containedSize: Int
    /// Members of `container`.
    public var containerSize: Int

    public init(contained: NamedGroup, container: NamedGroup, kind: ContainmentKind, containedSize: Int, containerSize: Int) {
        self.contained = contained
        self.container = container
        self.kind = kind
        self.containedSize = containedSize
        self.containerSize = containerSize
    }
}
