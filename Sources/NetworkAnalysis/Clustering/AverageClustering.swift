/// Whether vertices with zero clustering count in an average.
public enum ZeroClustering: Sendable, Hashable {
    /// Average over all vertices (NetworkX `count_zeros=True`). The default.
    case included
    /// Average over the vertices with non-zero clustering only.
    case excluded
}

extension Graph {
    /// Average clustering: the mean of `clusteringCoefficient(weights:)`.
    ///
    /// - Parameters:
    ///   - weighting: the `weights:` argument, `.ignored` (default) or `.weights`.
    ///   - zeros: average over all vertices (default) or the non-zero ones.
    /// - Returns: the mean; 0 for a graph without vertices.
    /// - Throws: as `clusteringCoefficient(weights:)`.
    ///
    /// **Reproduces** NetworkX 3.6 `average_clustering`. (This is not
    /// `transitivity`, which weights vertices by their number of pairs.)
    ///
    /// - Complexity: O(Σ_v d(v)²) time; O(V) space.
    public func averageClustering(
        weights weighting: EdgeWeighting = .ignored, zeros: ZeroClustering = .included
    ) throws -> Double {
        let c = try clusteringCoefficient(weights: weighting).values
        let used = zeros == .included ? c : c.filter { $0 != 0 }
        return used.isEmpty ? 0 : used.reduce(0, +) / Double(used.count)
    }
}
