/// A group whose members all belong to another group too: a forum that is
/// redundant as a meeting place.
public struct Containment: Sendable, Hashable, Codable {
    /// How the two member sets relate.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// `contained`'s members are a proper subset of `container`'s.
        case properSubset
        /// Both groups have exactly the same members; reported once, with
        /// `contained < container`.
        case identical
    }

    /// The group whose members are all in `container`.
    public let contained: Int32
    /// The group that holds every member of `contained`.
    public let container: Int32
    public let kind: Kind
    /// Number of members of `contained` (all of them shared).
    public let containedSize: Int
    /// Number of members of `container`.
    public let containerSize: Int

    public init(contained: Int32, container: Int32, kind: Kind, containedSize: Int, containerSize: Int) {
        self.contained = contained
        self.container = container
        self.kind = kind
        self.containedSize = containedSize
        self.containerSize = containerSize
    }
}
