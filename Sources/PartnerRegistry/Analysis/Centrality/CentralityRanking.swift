/// The order of every centrality ranking: highest score first, equal
/// scores in Swedish name order (`SwedishCollation`), equal names in
/// vertex order; equal scores share a rank (1, 2, 2, 4).
///
/// Scores are sorted as numbers; collation keys are made only for the
/// runs of equal scores that reach the cut, once per entity. A ranking
/// with many ties (the PageRank of organisations that belong to the same
/// groups) thus makes at most V keys instead of two per comparison.
enum CentralityRanking {
    /// One place of the ranking: the position in the scores and the rank.
    struct Place {
        var index: Int
        var rank: Int
    }

    /// The first `limit` places (all when `limit` is nil) of `scores`,
    /// where `name(i)` names the entity scored `scores[i]`.
    ///
    /// - Complexity: O(V log V) comparisons of numbers, plus O(t log t)
    ///   key comparisons and t keys for the t entities tied with one
    ///   another within the cut; O(V) space.
    static func places(_ scores: [Double], limit: Int? = nil, name: (Int) -> String) -> [Place] {
        let n = scores.count
        var order = Array(0 ..< n)
        scores.withUnsafeBufferPointer { s in
            // A score that is not a number (NaN) ranks last.
            order.sort { s[$0].isNaN != s[$1].isNaN ? s[$1].isNaN : s[$0] != s[$1] && !s[$0].isNaN ? s[$0] > s[$1] : $0 < $1 }
        }
        let cut = min(max(0, limit ?? n), n)
        var start = 0
        while start < cut {
            var end = start + 1
            while end < n && scores[order[end]] == scores[order[start]] { end += 1 }
            if end - start > 1 {
                let keyed = order[start ..< end].map { (key: SwedishCollation.key(name($0)), index: $0) }
                    .sorted { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
                for (k, entry) in keyed.enumerated() { order[start + k] = entry.index }
            }
            start = end
        }
        var places: [Place] = []
        places.reserveCapacity(cut)
        for i in 0 ..< cut {
            let tied = i > 0 && scores[order[i]] == scores[order[i - 1]]
            places.append(Place(index: order[i], rank: tied ? places[i - 1].rank : i + 1))
        }
        return places
    }
}
