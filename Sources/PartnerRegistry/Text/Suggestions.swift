/// "Did you mean …?": the nearest candidate to a misspelt word.
///
/// Suggestions are bounded work, whatever the input: a candidate is only
/// compared when its length is within the threshold of the query's; the
/// edit distance is computed in a band of width 2t + 1 around the diagonal
/// and abandoned as soon as a whole row exceeds the threshold t (Ukkonen's
/// cutoff); texts longer than `maximumLength` scalars are matched exactly
/// (folded) only, texts longer than `maximumExactBytes` not at all; and
/// one query compares at most `maximumComparisons` keys.
package enum Suggestions {
    /// Queries and keys longer than this (in folded scalars) get no fuzzy
    /// match: a typo suggestion for a 200-character ID helps nobody.
    static let maximumLength = 64
    /// Texts longer than this (in UTF-8 bytes) are not even folded for an
    /// exact match: no one types a reference that long.
    static let maximumExactBytes = 1_024
    /// Keys compared per query at most.
    static let maximumComparisons = 5_000

    /// The largest edit distance that still counts as a near match for a
    /// query of `length` scalars: about a third of it, 1 to 4.
    static func threshold(_ length: Int) -> Int { max(1, min(4, length / 3)) }

    /// Optimal string alignment distance (Levenshtein plus adjacent
    /// transpositions) between two scalar arrays.
    ///
    /// - Complexity: O(|a|·|b|) time, O(|b|) space.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        distance(a, b, atMost: max(a.count, b.count)) ?? max(a.count, b.count)
    }

    /// The optimal string alignment distance when it is at most `k`, else
    /// nil; only the band |i − j| ≤ k of the table is computed, and the
    /// computation stops at the first row whose every cell exceeds `k` (a
    /// row's minimum never decreases further down: Ukkonen 1985,
    /// doi:10.1016/S0019-9958(85)80046-2).
    ///
    /// - Complexity: O(min(|a|, |b|) · k) time, O(|b|) space.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost k: Int) -> Int? {
        let n = a.count, m = b.count
        if abs(n - m) > k || k < 0 { return nil }
        if n == 0 { return m }
        if m == 0 { return n }
        let big = k + 1
        var prev2 = [Int](repeating: big, count: m + 2)
        var prev = [Int](repeating: big, count: m + 2)
        var cur = [Int](repeating: big, count: m + 2)
        for j in 0 ... min(m, k) { prev[j] = j }
        for i in 1 ... n {
            let lo = max(1, i - k), hi = min(m, i + k)
            cur[lo - 1] = lo == 1 ? min(i, big) : big
            var rowMinimum = cur[lo - 1]
            for j in lo ... hi {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, prev2[j - 2] + 1) }
                d = min(d, big)
                cur[j] = d
                rowMinimum = min(rowMinimum, d)
            }
            cur[hi + 1] = big
            if rowMinimum > k { return nil }
            swap(&prev2, &prev)
            swap(&prev, &cur)
        }
        return prev[m] <= k ? prev[m] : nil
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
    /// - Complexity: O(C · (L + t · min(L, maximumLength))) for C
    ///   candidate keys of length L and threshold t ≤ 4.
    static func nearest<T>(
        to query: String, among candidates: [T], limit: Int = 1, allowContainment: Bool = false,
        keys: (T) -> [String]
    ) -> [T] {
        let q = TextFolding.matchKey(query)
        guard !q.isEmpty else { return [] }
        let qs = Array(q.unicodeScalars)
        let fuzzy = qs.count <= maximumLength
        let threshold = threshold(qs.count)
        var compared = 0
        var scored: [(score: Int, index: Int)] = []
        for (index, candidate) in candidates.enumerated() {
            var best = Int.max
            for key in keys(candidate) {
                let k = TextFolding.matchKey(key)
                if k.isEmpty { continue }
                if k == q { best = 0; break }
                guard fuzzy, compared < maximumComparisons else { continue }
                let ks = Array(k.unicodeScalars)
                if allowContainment, qs.count >= 3, k.contains(q) || q.contains(k) {
                    best = min(best, 1 + abs(ks.count - qs.count) / 8)
                    continue
                }
                if abs(ks.count - qs.count) > threshold { continue }
                compared += 1
                if let d = distance(qs, ks, atMost: threshold) { best = min(best, d) }
            }
            if best != Int.max { scored.append((best, index)) }
        }
        scored.sort { ($0.score, $0.index) < ($1.score, $1.index) }
        return scored.prefix(limit).map { candidates[$0.index] }
    }

    /// The nearest of some plain strings, or nil.
    package static func nearest(to query: String, among candidates: [String], allowContainment: Bool = false) -> String? {
        nearest(to: query, among: candidates, allowContainment: allowContainment) { [$0] }.first
    }

    /// `; did you mean 'x'?` material: "did you mean 'x'?" or nil.
    package static func didYouMean(_ query: String, among candidates: [String], allowContainment: Bool = false) -> String? {
        nearest(to: query, among: candidates, allowContainment: allowContainment).map { "did you mean '\($0)'?" }
    }
}

/// Candidates prepared once for many "did you mean" queries: their match
/// keys folded in advance and grouped by length, and a table of exact
/// folded matches.
struct SuggestionIndex {
    /// Keys of each length (in scalars), in candidate order.
    private var byLength: [Int: [(owner: Int, key: [Unicode.Scalar])]] = [:]
    private var exact: [String: Int] = [:]
    let count: Int

    /// `candidates[i]` lists the texts (ID, name, aliases) of candidate i.
    init(_ candidates: [[String]]) {
        count = candidates.count
        for (owner, texts) in candidates.enumerated() {
            for text in texts where text.utf8.count <= Suggestions.maximumExactBytes {
                let key = TextFolding.matchKey(text)
                guard !key.isEmpty else { continue }
                if exact[key] == nil { exact[key] = owner }
                let scalars = Array(key.unicodeScalars)
                guard scalars.count <= Suggestions.maximumLength + 4 else { continue }
                byLength[scalars.count, default: []].append((owner, scalars))
            }
        }
    }

    /// The candidate nearest to `query`: an exact folded match, else (when
    /// `fuzzy`) the one within edit distance about a third of the query's
    /// length, ties to the first. Each fuzzy comparison is charged to
    /// `budget` (the cells of the distance band); when it is spent, only
    /// exact matches are made.
    ///
    /// - Complexity: O(L) for an exact match; otherwise at most
    ///   `Suggestions.maximumComparisons` comparisons of O(t · L) each, for
    ///   keys of length L ≤ `Suggestions.maximumLength` + t and threshold
    ///   t ≤ 4.
    func nearest(to query: String, fuzzy: Bool = true, budget: inout Int) -> Int? {
        guard query.utf8.count <= Suggestions.maximumExactBytes else { return nil }
        let q = TextFolding.matchKey(query)
        guard !q.isEmpty else { return nil }
        if let hit = exact[q] { return hit }
        guard fuzzy, budget > 0 else { return nil }
        let qs = Array(q.unicodeScalars)
        guard qs.count <= Suggestions.maximumLength else { return nil }
        let threshold = Suggestions.threshold(qs.count)
        var best: (distance: Int, owner: Int)?
        var compared = 0
        for length in max(1, qs.count - threshold) ... qs.count + threshold {
            for (owner, key) in byLength[length] ?? [] {
                guard compared < Suggestions.maximumComparisons, budget > 0 else { return best?.owner }
                compared += 1
                budget -= (2 * threshold + 1) * min(qs.count, key.count)
                if let d = Suggestions.distance(qs, key, atMost: threshold),
                   best.map({ (d, owner) < ($0.distance, $0.owner) }) ?? true
                {
                    best = (d, owner)
                }
            }
        }
        return best?.owner
    }
}
