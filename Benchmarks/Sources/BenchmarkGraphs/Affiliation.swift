import Foundation
import struct NetworkAnalysis.SplitMix64

/// A seeded two-mode affiliation network: organisations that are members of
/// groups, generated exactly as `Benchmarks/compare` generates it.
///
/// Each membership draws a group with probability ∝ `1/(g+1)^0.5` (a few
/// popular groups, a long tail) and an organisation with probability
/// ∝ `1/(o+1)^0.3`, by inverse transform on the cumulative weights;
/// a pair drawn twice is drawn again, so there are exactly
/// `membershipCount` distinct memberships, in the order drawn.
/// Organisation `o` is named `org<o>` and group `g` is named `grp<g>`.
public struct Affiliation: Sendable {
    public static let groupExponent = 0.5
    public static let organisationExponent = 0.3

    public let organisationCount: Int
    public let groupCount: Int
    /// `(organisation, group)` indices, distinct, in the order drawn.
    public let memberships: [(organisation: Int32, group: Int32)]

    public init(organisations: Int, groups: Int, memberships count: Int, seed: UInt64) {
        precondition(count <= organisations * groups, "more memberships than pairs")
        var rng = SplitMix64(seed: seed)
        let groupWeights = Affiliation.cumulative(groups, exponent: Affiliation.groupExponent)
        let orgWeights = Affiliation.cumulative(organisations, exponent: Affiliation.organisationExponent)
        var seen = Set<Int>()
        seen.reserveCapacity(count)
        var result: [(organisation: Int32, group: Int32)] = []
        result.reserveCapacity(count)
        while result.count < count {
            let g = Affiliation.draw(groupWeights, rng.unit())
            let o = Affiliation.draw(orgWeights, rng.unit())
            if seen.insert(o * groups + g).inserted {
                result.append((Int32(o), Int32(g)))
            }
        }
        self.organisationCount = organisations
        self.groupCount = groups
        self.memberships = result
    }

    /// The two-mode graph: organisations `0 ..< organisationCount`, groups after them.
    public var edges: [(Int32, Int32)] {
        memberships.map { ($0.organisation, Int32(organisationCount) + $0.group) }
    }

    /// The memberships as the CSV that `compare` writes (`organisation,group`).
    public var csv: String {
        var text = "organisation,group\n"
        text.reserveCapacity(memberships.count * 18)
        for m in memberships { text += "org\(m.organisation),grp\(m.group)\n" }
        return text
    }

    private static func cumulative(_ n: Int, exponent: Double) -> [Double] {
        var acc = 0.0
        var out = [Double](repeating: 0, count: n)
        for i in 0 ..< n {
            acc += 1.0 / pow(Double(i + 1), exponent)
            out[i] = acc
        }
        return out
    }

    /// Python's `bisect_right(cumulative, u * total)`, clamped to the last index.
    private static func draw(_ cumulative: [Double], _ u: Double) -> Int {
        let x = u * cumulative[cumulative.count - 1]
        var lo = 0
        var hi = cumulative.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if x < cumulative[mid] { hi = mid } else { lo = mid + 1 }
        }
        return min(lo, cumulative.count - 1)
    }
}
