/// How often an organisation brokers between two of its partners who have
/// no tie of their own, by the levels (local, regional, national,
/// international) of the three (Gould & Fernandez 1989).
///
/// For a partner `a`, the broker `b` and a partner `c` not tied to `a`:
/// coordinator — all three at the same level; consultant — `a` and `c` at
/// one level, the broker at another; representative — `a` at the broker's
/// level, `c` elsewhere; gatekeeper — `c` at the broker's level, `a`
/// elsewhere; liaison — three different levels. Ties are undirected, so
/// every such pair is counted in both directions (a → c and c → a): the
/// coordinator, consultant and liaison counts are even, and the
/// representative and gatekeeper counts equal.
public struct BrokerageRoles: Hashable, Sendable, Codable {
    public var coordinator: Int
    public var consultant: Int
    public var representative: Int
    public var gatekeeper: Int
    public var liaison: Int
    /// All brokerages, whatever the role.
    public var total: Int

    public init(coordinator: Int, consultant: Int, representative: Int, gatekeeper: Int, liaison: Int) {
        self.coordinator = coordinator
        self.consultant = consultant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
        self.total = coordinator + consultant + representative + gatekeeper + liaison
    }
}
