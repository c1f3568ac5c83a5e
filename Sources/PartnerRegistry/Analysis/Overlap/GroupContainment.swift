/// A group whose members all sit in another group too: a forum that adds
/// no meeting place the other does not already give (a redundancy
/// candidate, or a sub-group by design).
///
/// The finding is the possible network's (everything that may be there on
/// the view's date); `sure` says whether it holds on the sure network too.
/// A finding that holds only on the possible network (`holdsSurely` is
/// false) rests on something only possibly there: a member of the
/// container that may not be, or a group that may not exist.
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
    /// The same pair on the sure network; nil when either group is not in
    /// it. Equal to `figures` when nothing is uncertain.
    public var sure: SureContainment?

    public init(contained: NamedGroup, container: NamedGroup, kind: ContainmentKind, containedSize: Int, containerSize: Int) {
        self.contained = contained
        self.container = container
        self.kind = kind
        self.containedSize = containedSize
        self.containerSize = containerSize
        self.sure = nil
        self.sure = figures
    }

    /// The finding itself as figures, without the sure ones.
    public var figures: SureContainment {
        SureContainment(kind: kind, containedSize: containedSize, containerSize: containerSize, sharedCount: containedSize)
    }

    /// Whether `contained` sits in `container` on the sure network too
    /// (with the same kind or another: identical members possibly can be a
    /// proper subset surely).
    public var holdsSurely: Bool { sure?.kind != nil }

    /// Whether the row is uncertain: a group is not in the sure network, or
    /// the kind or a size differs there.
    public var uncertain: Bool { sure != figures }

    private enum CodingKeys: String, CodingKey {
        case contained, container, kind, containedSize, containerSize, sure, holdsSurely, uncertain
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        contained = try c.decode(NamedGroup.self, forKey: .contained)
        container = try c.decode(NamedGroup.self, forKey: .container)
        kind = try c.decode(ContainmentKind.self, forKey: .kind)
        containedSize = try c.decode(Int.self, forKey: .containedSize)
        containerSize = try c.decode(Int.self, forKey: .containerSize)
        sure = nil
        sure = c.contains(.sure) ? try c.decodeIfPresent(SureContainment.self, forKey: .sure) : figures
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(contained, forKey: .contained)
        try c.encode(container, forKey: .container)
        try c.encode(kind, forKey: .kind)
        try c.encode(containedSize, forKey: .containedSize)
        try c.encode(containerSize, forKey: .containerSize)
        try c.encode(sure, forKey: .sure)
        try c.encode(holdsSurely, forKey: .holdsSurely)
        try c.encode(uncertain, forKey: .uncertain)
    }
}

/// A containment's pair on one network: the sure side of
/// `GroupContainment`. `kind` is nil when `contained` does not sit in
/// `container` there (a member of it is not surely in `container`, or it
/// has no sure members).
public struct SureContainment: Hashable, Sendable, Codable {
    /// How the pair nests on this network, judged as on the possible one
    /// (a partial member list is `partialMemberList`); nil when it does not.
    public var kind: ContainmentKind?
    /// Members of `contained` on this network.
    public var containedSize: Int
    /// Members of `container` on this network.
    public var containerSize: Int
    /// Members of `contained` that sit in `container` on this network.
    public var sharedCount: Int

    public init(kind: ContainmentKind?, containedSize: Int, containerSize: Int, sharedCount: Int) {
        self.kind = kind
        self.containedSize = containedSize
        self.containerSize = containerSize
        self.sharedCount = sharedCount
    }
}
