import NetworkAnalysis

/// Something that ranks the organisations and groups of a two-mode network
/// by centrality: a registry's `RegistryAnalysis`, or the
/// `MembershipNetwork` of a plain CSV of memberships, which gives the very
/// report the registry of that CSV would give.
///
/// Code that ranks either kind (the CLI's `centrality` does) is written
/// once against this protocol; the parameters, defaults, errors and order
/// of the ranking are `RegistryAnalysis.centrality`'s.
public protocol TwoModeCentralityRanking {
    /// Ranks the network's organisations and groups by `measure` (see
    /// `RegistryAnalysis.centrality(_:mode:lengths:katzAlpha:tolerance:parallelism:progress:limit:estimate:)`).
    func centrality(
        _ measure: CentralityMeasure,
        mode: NetworkMode,
        lengths: ProjectionLengths,
        katzAlpha: Double,
        tolerance: Double?,
        parallelism: Int,
        progress: ProgressHandler?,
        limit: Int?,
        estimate: BetweennessEstimation?
    ) throws -> CentralityReport

    /// How large the projection `mode` asks for would be, when one
    /// organisation or group alone makes more than `threshold` of its ties;
    /// nil otherwise (see `ProjectionSize`).
    func projectionSize(_ mode: NetworkMode, above threshold: Int) throws -> ProjectionSize?
}

extension RegistryAnalysis: TwoModeCentralityRanking {}

extension MembershipNetwork: TwoModeCentralityRanking {}
