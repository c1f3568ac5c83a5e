extension Affiliation {
    /// Calls `body(a, b, shared)` for every pair of members `a < b` that
    /// share at least one group, `shared` being the number of groups they
    /// share, without holding the pairs: the streaming form of
    /// `memberOverlaps(minShared:)`, for callers that keep only some pairs
    /// (a bounded list, a count) of a network whose pairs would not fit.
    ///
    /// The pairs are those of `memberOverlaps(minShared: 1)`, found by the
    /// same group → members walk; the members `b` of one `a` come in no set
    /// order.
    ///
    /// - Complexity: O(Σ_g s(g)²) time, where s(g) is the number of members
    ///   of group g, plus the calls; O(M) space for M members.
    public func forEachMemberPair(_ body: (_ a: Int32, _ b: Int32, _ shared: Int) -> Void) {
        OverlapWalk(transposed).forEachPair(minShared: 1, sorted: false, body)
    }

    /// Whether members `a` and `b` share at least one group: a merge of
    /// their two sorted group rows.
    ///
    /// - Complexity: O(d(a) + d(b)) time for d(m) the number of groups of
    ///   member m; O(1) space.
    public func shareAGroup(_ a: Int32, _ b: Int32) -> Bool {
        let x = groups(of: a), y = groups(of: b)
        var i = x.startIndex, j = y.startIndex
        while i < x.endIndex && j < y.endIndex {
            if x[i] < y[j] { i += 1 } else if y[j] < x[i] { j += 1 } else { return true }
        }
        return false
    }

    /// The groups members `a` and `b` share, ascending: a merge of their
    /// two sorted group rows.
    ///
    /// - Complexity: O(d(a) + d(b)) time; O(shared) space.
    public func sharedGroups(_ a: Int32, _ b: Int32) -> [Int32] { transposed.sharedColumns(a, b) }
}
