/// A two-mode affiliation structure: which members belong to which groups
/// (organisations in forums, women at events).
///
/// Representation: two CSR incidence lists that mirror each other. The
/// members of group `g` are `groupMembers[groupOffsets[g] ..< groupOffsets[g + 1]]`
/// and the groups of member `m` are
/// `memberGroups[memberOffsets[m] ..< memberOffsets[m + 1]]`.
///
/// Invariants: every row is sorted ascending without duplicates; member
/// indices are in `0..<memberCount`, group indices in `0..<groupCount`;
/// `(g, m)` appears in the group rows exactly when it appears in the member
/// rows. Memory: 8 bytes per membership plus 16 bytes per group and member.
public struct Affiliation: Sendable, Hashable {
    /// Number of groups; groups are `0..<groupCount`.
    public let groupCount: Int
    /// Number of members; members are `0..<memberCount`.
    public let memberCount: Int
    /// Row offsets of the group → member lists, `groupCount + 1` entries.
    public let groupOffsets: [Int]
    /// Members of every group, row after row.
    public let groupMembers: [Int32]
    /// Row offsets of the member → group lists, `memberCount + 1` entries.
    public let memberOffsets: [Int]
    /// Groups of every member, row after row.
    public let memberGroups: [Int32]

    /// Builds the structure from the member list of every group.
    ///
    /// - Parameters:
    ///   - memberCount: number of members; members are `0..<memberCount`.
    ///   - groups: `groups[g]` lists the members of group `g`, in any order;
    ///     repeated entries are merged.
    /// - Throws: `AffiliationError.memberOutOfRange` when a listed member is
    ///   outside `0..<memberCount`.
    /// - Complexity: O(G + M + N log N) time and O(G + M + N) space, where G
    ///   is the number of groups, M of members and N of memberships.
    public init(memberCount: Int, groups: [[Int32]]) throws(AffiliationError) {
        var offsets = [Int](repeating: 0, count: groups.count + 1)
        var members: [Int32] = []
        members.reserveCapacity(groups.reduce(0) { $0 + $1.count })
        for (g, list) in groups.enumerated() {
            for m in list where m < 0 || Int(m) >= memberCount {
                throw .memberOutOfRange(member: Int(m), group: g, memberCount: memberCount)
            }
            let start = members.count
            members.append(contentsOf: list)
            members[start...].sort()
            var write = start
            for i in start ..< members.count where write == start || members[i] != members[write - 1] {
                members[write] = members[i]
                write += 1
            }
            members.removeLast(members.count - write)
            offsets[g + 1] = members.count
        }
        self.init(groupCount: groups.count, memberCount: memberCount, offsets: offsets, members: members)
    }

    /// Builds the structure from the member set of every group.
    /// - Throws: `AffiliationError.memberOutOfRange` as `init(memberCount:groups:)`.
    public init(memberCount: Int, groups: [Set<Int32>]) throws(AffiliationError) {
        try self.init(memberCount: memberCount, groups: groups.map { Array($0) })
    }

    /// Builds the mirror rows from validated, sorted, duplicate-free group rows.
    private init(groupCount: Int, memberCount: Int, offsets: [Int], members: [Int32]) {
        self.groupCount = groupCount
        self.memberCount = memberCount
        self.groupOffsets = offsets
        self.groupMembers = members
        var memberOffsets = [Int](repeating: 0, count: memberCount + 1)
        for m in members { memberOffsets[Int(m) + 1] += 1 }
        for m in 0 ..< memberCount { memberOffsets[m + 1] += memberOffsets[m] }
        var fill = memberOffsets
        var memberGroups = [Int32](repeating: 0, count: members.count)
        // Groups are visited in ascending order, so every member row comes out sorted.
        for g in 0 ..< groupCount {
            for i in offsets[g] ..< offsets[g + 1] {
                let m = Int(members[i])
                memberGroups[fill[m]] = Int32(g)
                fill[m] += 1
            }
        }
        self.memberOffsets = memberOffsets
        self.memberGroups = memberGroups
    }

    /// The same memberships seen from the other side: members become groups
    /// and groups become members. O(1); no data is copied.
    public var transposed: Affiliation {
        Affiliation(
            swapping: self)
    }

    private init(swapping other: Affiliation) {
        groupCount = other.memberCount
        memberCount = other.groupCount
        groupOffsets = other.memberOffsets
        groupMembers = other.memberGroups
        memberOffsets = other.groupOffsets
        memberGroups = other.groupMembers
    }

    /// Number of memberships (group–member pairs).
    public var membershipCount: Int { groupMembers.count }

    /// The members of group `g`, ascending.
    public func members(of g: Int32) -> ArraySlice<Int32> {
        groupMembers[groupOffsets[Int(g)] ..< groupOffsets[Int(g) + 1]]
    }

    /// The groups of member `m`, ascending.
    public func groups(of m: Int32) -> ArraySlice<Int32> {
        memberGroups[memberOffsets[Int(m)] ..< memberOffsets[Int(m) + 1]]
    }

    /// Number of members of group `g`.
    public func size(of g: Int32) -> Int { groupOffsets[Int(g) + 1] - groupOffsets[Int(g)] }
}

/// Why an affiliation structure could not be built.
public enum AffiliationError: Error, Equatable, Sendable, CustomStringConvertible {
    case memberOutOfRange(member: Int, group: Int, memberCount: Int)

    public var description: String {
        switch self {
        case let .memberOutOfRange(m, g, n):
            "group \(g) lists member \(m), but members are numbered 0..<\(n); raise memberCount or fix the list"
        }
    }
}
