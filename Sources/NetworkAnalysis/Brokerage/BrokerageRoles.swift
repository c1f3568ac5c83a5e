/// How often a vertex brokers in each of Gould and Fernandez's five roles.
///
/// A brokerage is an ordered triple `a → b → c` of distinct vertices with no
/// arc `a → c`; it is credited to the broker `b`, in the role fixed by the
/// groups `g(·)` of the three vertices.
public struct BrokerageRoleCounts: Sendable, Hashable, Codable {
    /// `g(a) = g(b) = g(c)`: brokering inside one's own group.
    public var coordinator: Int = 0
    /// `g(a) = g(c) ≠ g(b)`: an outsider brokering within another group
    /// (also called consultant).
    public var itinerant: Int = 0
    /// `g(a) = g(b) ≠ g(c)`: passing one's own group's flow to an outsider.
    public var representative: Int = 0
    /// `g(a) ≠ g(b) = g(c)`: controlling what enters one's own group.
    public var gatekeeper: Int = 0
    /// `g(a)`, `g(b)`, `g(c)` all different: linking two other groups.
    public var liaison: Int = 0

    /// All brokerages of the vertex, whatever the role.
    public var total: Int { coordinator + itinerant + representative + gatekeeper + liaison }

    public init(coordinator: Int = 0, itinerant: Int = 0, representative: Int = 0, gatekeeper: Int = 0, liaison: Int = 0) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
    }
}

extension Graph {
    /// Gould–Fernandez brokerage role counts of every vertex, given a group
    /// label per vertex.
    ///
    /// Definition: for every ordered triple of distinct vertices `(a, b, c)`
    /// with arcs `a → b` and `b → c` but no arc `a → c`, the broker `b`
    /// gets one count in the role determined by the groups:
    /// coordinator `g(a) = g(b) = g(c)`; itinerant `g(a) = g(c) ≠ g(b)`;
    /// representative `g(a) = g(b) ≠ g(c)`; gatekeeper `g(a) ≠ g(b) = g(c)`;
    /// liaison when all three differ.
    ///
    /// Undirected graphs: every edge is taken as two arcs, so every open
    /// two-path `a – b – c` is counted twice, once in each direction. The
    /// coordinator, itinerant and liaison counts are therefore even, and a
    /// vertex's representative and gatekeeper counts are equal (the reversed
    /// triple swaps the two roles). Weights and self-loops are ignored.
    /// Counts are raw (not normalised by expected values).
    ///
    /// - Parameter groups: the group label of every vertex (`groups[v]`).
    /// - Returns: the role counts of every vertex.
    /// - Throws: `BrokerageError.labelCountMismatch` when `groups.count` is
    ///   not the number of vertices.
    /// - Complexity: O(Σ_b in(b)·out(b)·log dₘₐₓ) time (each candidate triple
    ///   is checked for the closing arc by binary search), O(V) space, where
    ///   in(b)/out(b) are in- and out-degrees and dₘₐₓ the largest out-degree.
    ///
    /// Reference: R. V. Gould, R. M. Fernandez, "Structures of mediation: a
    /// formal approach to brokerage in transaction networks", Sociological
    /// Methodology 19, 89–126 (1989), doi:10.2307/270949.
    ///
    /// NetworkX has no brokerage function; the test fixtures check these
    /// counts against an independent brute-force enumeration of all triples
    /// (`scripts/fixtures/structure.py`). The definition matches the raw
    /// counts of R sna's `brokerage()`.
    public func brokerageRoles(groups: [Int32]) throws(BrokerageError) -> [BrokerageRoleCounts] {
        guard groups.count == vertexCount else {
            throw .labelCountMismatch(labels: groups.count, vertices: vertexCount)
        }
        var result = [BrokerageRoleCounts](repeating: BrokerageRoleCounts(), count: vertexCount)
        for b in vertices {
            let gb = groups[Int(b)]
            var counts = BrokerageRoleCounts()
            for a in predecessors(of: b) where a != b {
                let ga = groups[Int(a)]
                for c in neighbors(of: b) where c != b && c != a {
                    if containsArc(self, from: a, to: c) { continue }
                    let gc = groups[Int(c)]
                    if ga == gb {
                        if gb == gc { counts.coordinator += 1 } else { counts.representative += 1 }
                    } else if gb == gc {
                        counts.gatekeeper += 1
                    } else if ga == gc {
                        counts.itinerant += 1
                    } else {
                        counts.liaison += 1
                    }
                }
            }
            result[Int(b)] = counts
        }
        return result
    }
}

/// Whether the arc `u → v` exists in `graph` (the edge `{u, v}` when
/// undirected). O(log d(u)) by binary search in the sorted row.
private func containsArc(_ graph: Graph, from u: Int32, to v: Int32) -> Bool {
    var lo = graph.offsets[Int(u)]
    var hi = graph.offsets[Int(u) + 1]
    while lo < hi {
        let mid = (lo + hi) >> 1
        let t = graph.targets[mid]
        if t == v { return true }
        if t < v { lo = mid + 1 } else { hi = mid }
    }
    return false
}

/// Why brokerage roles could not be computed.
public enum BrokerageError: Error, Equatable, Sendable, CustomStringConvertible {
    case labelCountMismatch(labels: Int, vertices: Int)

    public var description: String {
        switch self {
        case let .labelCountMismatch(l, v):
            "\(l) group labels given for a graph of \(v) vertices; give exactly one label per vertex"
        }
    }
}
