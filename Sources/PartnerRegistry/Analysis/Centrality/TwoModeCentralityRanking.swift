import NetworkAnalysis

/// Something that ranks its entities by centrality with `CentralityOptions`:
/// a registry's `RegistryAnalysis`, the `MembershipNetwork` of a plain CSV
/// of memberships (which gives the very report the registry of that CSV
/// would give), or a one-mode network's `OneModeAnalysis`. Code that ranks
/// any of them (the CLI's `centrality` does) is written once against this
/// protocol, and every one returns a `CentralityReport` ranked by
/// `CentralityRanking`'s one rule.
public protocol RanksByCentrality {
    /// Ranks the network's entities as `options` says (see
    /// `RegistryAnalysis.centrality(_:progress:)`).
    func centrality(_ options: CentralityOptions, progress: ProgressHandler?) throws -> CentralityReport
}

extension RanksByCentrality {
    /// Ranks by `measure` on the graph `mode` names, with every other
    /// setting at its default (`CentralityOptions`).
    public func centrality(_ measure: CentralityMeasure, mode: NetworkMode = .twoMode) throws -> CentralityReport {
        try centrality(CentralityOptions(measure, mode: mode), progress: nil)
    }
}

/// A network of organisations and groups: it ranks on the two-mode graph
/// or on either projection, and can say in advance how large a projection
/// would be.
public protocol TwoModeCentralityRanking: RanksByCentrality {
    /// How large the projection `mode` asks for would be, when one
    /// organisation or group alone makes more than `threshold` of its ties;
    /// nil otherwise (see `ProjectionSize`).
    func projectionSize(_ mode: NetworkMode, above threshold: Int) throws -> ProjectionSize?
}

extension RegistryAnalysis: TwoModeCentralityRanking {}

extension MembershipNetwork: TwoModeCentralityRanking {}

extension OneModeAnalysis: RanksByCentrality {}
