/// "Did you mean …?": the nearest candidate to a misspelt word.
enum Suggestions {
    /// Optimal string alignment distance (Levenshtein plus adjacent
    /// transpositions) between two scalar arrays.
    ///
    /// - Complexity: O(|a|·|b|) time, O(|b|) space.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0 ... b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1 ... a.count {
            cur[0] = i
            for j in 1 ... b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, prev2[j - 2] + 1) }
                cur[j] = d
            }
            swap(&prev2, &prev)
            swap(&prev, &cur)
        }
        return prev[b.count]
    }

    static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// The candidates nearest to `query`, compared case- and
    /// diacritic-insensitively. A candidate qualifies when its folded form
    /// equals the query's, contains it or is contained in it (for
    /// enumerations like `destination` → `destination-organisation`), or
    /// is within an edit distance of about a third of the query's length.
    /// Best first; ties keep the candidates' order.
    ///
    /// - Parameter keys: the texts to compare for each candidate (its ID,
    ///   name, aliases); the candidate's best key counts.
    static func nearest<T>(
        to query: String, among candidates: [T], limit: Int = 1, allowContainment: Bool = false,
        keys: (T) -> [String]
    ) -> [T] {
        let q = TextFolding.matchKey(query)
        guard !q.isEmpty else { return [] }
        let qs = Array(q.unicodeScalars)
        let threshold = max(1, min(4, qs.count / 3))
        var scored: [(score: Int, index: Int)] = []
        for (index, candidate) in candidates.enumerated() {
            var best = Int.max
            for key in keys(candidate) {
                let k = TextFolding.matchKey(key)
                if k.isEmpty { continue }
                if k == q { best = 0; break }
                let ks = Array(k.unicodeScalars)
                if allowContainment, qs.count >= 3, k.contains(q) || q.contains(k) {
                    best = min(best, 1 + abs(ks.count - qs.count) / 8)
                    continue
                }
                if abs(ks.count - qs.count) > threshold { continue }
                let d = distance(qs, ks)
                if d <= threshold { best = min(best, d) }
            }
            if best != Int.max { scored.append((best, index)) }
        }
        scored.sort { ($0.score, $0.index) < ($1.score, $1.index) }
        return scored.prefix(limit).map { candidates[$0.index] }
    }

    /// The nearest of some plain strings, or nil.
    static func nearest(to query: String, among candidates: [String], allowContainment: Bool = false) -> String? {
        nearest(to: query, among: candidates, allowContainment: allowContainment) { [$0] }.first
    }

    /// `; did you mean 'x'?` material: "did you mean 'x'?" or nil.
    static func didYouMean(_ query: String, among candidates: [String], allowContainment: Bool = false) -> String? {
        nearest(to: query, among: candidates, allowContainment: allowContainment).map { "did you mean '\($0)'?" }
    }
}

/// Candidates prepared once for many "did you mean" queries: their match
/// keys folded in advance, and a table of exact folded matches.
struct SuggestionIndex {
    private var owners: [Int] = []
    private var keys: [[Unicode.Scalar]] = []
    private var exact: [String: Int] = [:]
    let count: Int

    /// `candidates[i]` lists the texts (ID, name, aliases) of candidate i.
    init(_ candidates: [[String]]) {
        count = candidates.count
        for (owner, texts) in candidates.enumerated() {
            for text in texts {
                let key = TextFolding.matchKey(text)
                guard !key.isEmpty else { continue }
                if exact[key] == nil { exact[key] = owner }
                owners.append(owner)
                keys.append(Array(key.unicodeScalars))
            }
        }
    }

    /// The candidate nearest to `query`: an exact folded match, else (when
    /// `fuzzy`) the one within edit distance about a third of the query's
    /// length, ties to the first.
    ///
    /// - Complexity: O(1) for an exact match; O(K · L · t) otherwise for K
    ///   keys of length L and threshold t, as lengths too far apart are
    ///   skipped without computing a distance.
    func nearest(to query: String, fuzzy: Bool = true) -> Int? {
        let q = TextFolding.matchKey(query)
        guard !q.isEmpty else { return nil }
        if let hit = exact[q] { return hit }
        guard fuzzy else { return nil }
        let qs = Array(q.unicodeScalars)
        let threshold = max(1, min(4, qs.count / 3))
        var best: (distance: Int, owner: Int)?
        for (k, key) in keys.enumerated() where abs(key.count - qs.count) <= threshold {
            let d = Suggestions.distance(qs, key)
            if d <= threshold, best.map({ (d, owners[k]) < ($0.distance, $0.owner) }) ?? true {
                best = (d, owners[k])
            }
        }
        return best?.owner
    }
}
