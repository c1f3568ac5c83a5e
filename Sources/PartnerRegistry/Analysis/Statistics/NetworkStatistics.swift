import NetworkAnalysis
/// The whole network in numbers: sizes, density, centralisation,
/// components, distances, and who sits at the centre.
///
/// Numbers that are undefined for the network at hand (e.g. degree
/// assortativity when every vertex has the same degree) are `nil`.
///
/// At a date where some of the registry is only possibly there, every
/// figure is computed on two networks: the fields below hold its value on
/// the possible network (everything that may be there), `sure` the same
/// figures on the sure network (what certainly is). The most central
/// entities carry both scores themselves (`CentralityScore.sure`, nil for
/// an entity not in the sure network). Where nothing is uncertain, `sure`
/// equals `figures`.
public struct NetworkStatistics: Hashable, Codable, Sendable {
    /// The date the figures describe.
    public var asOf: AsOf
    /// Which facts were counted, by certainty.
    public var certainty: CertaintyFilter
    /// Of `organisations`, `groups` and `ties`, how many are present only
    /// possibly on `asOf` (counted in the totals too: present N of which
    /// uncertain M).
    public var uncertainOrganisations: Int
    public var uncertainGroups: Int
    public var uncertainTies: Int
    public var organisations: Int
    public var groups: Int
    /// Organisation–group ties (memberships, conveners counted as members).
    public var ties: Int
    public var initiatives: Int
    public var documents: Int
    /// Counts by kind, keyed by the kind's raw value.
    public var organisationsByKind: [String: Int]
    public var groupsByKind: [String: Int]
    /// Counts by level (`none` for entities without one).
    public var organisationsByLevel: [String: Int]

    /// The organisation–group graph.
    public var twoMode: TwoModeSummary
    /// Organisations joined by shared groups (unweighted for distances).
    public var organisationNetwork: OneModeSummary

    /// The most central organisations and groups of the two-mode graph
    /// (empty when the all-pairs figures were skipped).
    public var mostCentralOrganisations: [CentralityScore]
    public var mostCentralGroups: [CentralityScore]
    /// How the most central entities were ranked when the network is above
    /// the exact threshold (``AllPairsPolicy``): estimated two-mode
    /// betweenness and its guarantee; nil when exact.
    public var mostCentralEstimate: BetweennessEstimateSummary?

    /// The figures on the sure network (`RegistryAnalysis.sureAnalysis`):
    /// what is certainly there on `asOf`. Equal to `figures` when nothing
    /// is uncertain. Its all-pairs fields are `nil` exactly when the
    /// possible ones are.
    public var sure: SureStatistics
    /// The registry's language (`sv`, `en`), for the word beside a sure
    /// value ("säkert", "sure"); nil when the registry names none.
    public var language: String?

    /// The figures on the possible network (the fields above), in the
    /// shape of `sure`.
    public var figures: SureStatistics {
        SureStatistics(
            organisations: organisations, groups: groups, ties: ties, initiatives: initiatives, documents: documents,
            organisationsByKind: organisationsByKind, groupsByKind: groupsByKind,
            organisationsByLevel: organisationsByLevel, twoMode: twoMode, organisationNetwork: organisationNetwork)
    }

    /// The statistics of a network whose figures are `figures`, their
    /// sure values `sure` (nil: the same, nothing being uncertain).
    public init(
        asOf: AsOf, certainty: CertaintyFilter, uncertainOrganisations: Int, uncertainGroups: Int, uncertainTies: Int,
        figures: SureStatistics, sure: SureStatistics? = nil, mostCentralOrganisations: [CentralityScore] = [],
        mostCentralGroups: [CentralityScore] = [], mostCentralEstimate: BetweennessEstimateSummary? = nil,
        language: String? = nil
    ) {
        self.asOf = asOf
        self.certainty = certainty
        self.uncertainOrganisations = uncertainOrganisations
        self.uncertainGroups = uncertainGroups
        self.uncertainTies = uncertainTies
        organisations = figures.organisations
        groups = figures.groups
        ties = figures.ties
        initiatives = figures.initiatives
        documents = figures.documents
        organisationsByKind = figures.organisationsByKind
        groupsByKind = figures.groupsByKind
        organisationsByLevel = figures.organisationsByLevel
        twoMode = figures.twoMode
        organisationNetwork = figures.organisationNetwork
        self.mostCentralOrganisations = mostCentralOrganisations
        self.mostCentralGroups = mostCentralGroups
        self.mostCentralEstimate = mostCentralEstimate
        self.sure = sure ?? figures
        self.language = language
    }

    private enum CodingKeys: String, CodingKey {
        case asOf, certainty, uncertainOrganisations, uncertainGroups, uncertainTies, organisations, groups, ties,
            initiatives, documents, organisationsByKind, groupsByKind, organisationsByLevel, twoMode,
            organisationNetwork, mostCentralOrganisations, mostCentralGroups, mostCentralEstimate, sure, language
    }

    /// Decodes the JSON `samverkan stats --format json` writes; a report
    /// written before sure values were computed (no `sure`) reads as one
    /// where nothing is uncertain.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let figures = SureStatistics(
            organisations: try c.decode(Int.self, forKey: .organisations),
            groups: try c.decode(Int.self, forKey: .groups),
            ties: try c.decode(Int.self, forKey: .ties),
            initiatives: try c.decode(Int.self, forKey: .initiatives),
            documents: try c.decode(Int.self, forKey: .documents),
            organisationsByKind: try c.decode([String: Int].self, forKey: .organisationsByKind),
            groupsByKind: try c.decode([String: Int].self, forKey: .groupsByKind),
            organisationsByLevel: try c.decode([String: Int].self, forKey: .organisationsByLevel),
            twoMode: try c.decode(TwoModeSummary.self, forKey: .twoMode),
            organisationNetwork: try c.decode(OneModeSummary.self, forKey: .organisationNetwork))
        self.init(
            asOf: try c.decode(AsOf.self, forKey: .asOf),
            certainty: try c.decode(CertaintyFilter.self, forKey: .certainty),
            uncertainOrganisations: try c.decode(Int.self, forKey: .uncertainOrganisations),
            uncertainGroups: try c.decode(Int.self, forKey: .uncertainGroups),
            uncertainTies: try c.decode(Int.self, forKey: .uncertainTies),
            figures: figures, sure: try c.decodeIfPresent(SureStatistics.self, forKey: .sure),
            mostCentralOrganisations: try c.decode([CentralityScore].self, forKey: .mostCentralOrganisations),
            mostCentralGroups: try c.decode([CentralityScore].self, forKey: .mostCentralGroups),
            mostCentralEstimate: try c.decodeIfPresent(BetweennessEstimateSummary.self, forKey: .mostCentralEstimate),
            language: try c.decodeIfPresent(String.self, forKey: .language))
    }

    public struct TwoModeSummary: Hashable, Codable, Sendable {
        /// Ties ÷ (organisations × groups).
        public var density: Double
        public var components: Int
        public var largestComponent: Int
        /// Diameter of the largest component, in ties (organisation → group → organisation is 2);
        /// `nil` when the all-pairs figures were skipped (``StatisticsDepth/quick``).
        /// Exact, found by bounds (iFUB) rather than a search from every vertex.
        public var diameter: Int?
        /// The breadth-first searches the bounds took to prove `diameter`
        /// (`Graph.boundedDiameter(ofComponentOf:)`); an all-pairs sweep
        /// would take one per vertex of the component.
        public var diameterSearches: Int?
        /// Above the exact threshold, when the search budget
        /// (``AllPairsPolicy/maxBoundSearches``) ran out before the bounds
        /// met: the proven upper bound, `diameter` being the proven lower
        /// one. Nil when `diameter` is exact.
        public var diameterUpperBound: Int? = nil
    }

    public struct OneModeSummary: Hashable, Codable, Sendable {
        public var vertices: Int
        public var edges: Int
        /// Edges ÷ (n(n − 1)/2).
        public var density: Double
        public var components: Int
        public var largestComponent: Int
        public var isolated: Int
        /// Diameter and radius of the largest component, in steps. This and
        /// the other all-pairs figures (average path length, global
        /// efficiency, betweenness and closeness centralisation) are `nil`
        /// when they were skipped (``StatisticsDepth/quick``).
        public var diameter: Int?
        public var radius: Int?
        /// The breadth-first searches (of the two-mode graph, two hops a
        /// step) that proved `diameter` and `radius` by Takes–Kosters
        /// bounds (`Graph.boundedExtent(ofComponentOf:scope:)`).
        public var diameterSearches: Int?
        /// When the search budget ran out before the bounds met (above the
        /// exact threshold only): the proven upper bound on the diameter
        /// and lower bound on the radius, `diameter` and `radius` being the
        /// other bounds. Nil when exact.
        public var diameterUpperBound: Int?
        public var radiusLowerBound: Int?
        /// Whether the average path length, global efficiency and
        /// closeness centralisation are exact or estimated, and the bounds;
        /// nil when the all-pairs figures were skipped.
        public var allPairs: AllPairsMethod?
        /// Mean distance over connected pairs.
        public var averagePathLength: Double?
        /// Mean of 1/distance over all pairs (unreachable pairs count 0).
        public var globalEfficiency: Double?
        /// Transitivity and average clustering count triangles, which takes
        /// O(Σ_v d(v)²) on a projection where every group is a clique;
        /// `nil` when skipped (``StatisticsDepth/quick``).
        public var transitivity: Double?
        public var averageClustering: Double?
        /// Freeman centralisation, 0 (everyone alike) to 1 (a star).
        public var degreeCentralization: Double
        public var betweennessCentralization: Double?
        public var closenessCentralization: Double?
        /// Do well-connected organisations tie to well-connected ones (> 0) or to peripheral ones (< 0)?
        public var degreeAssortativity: Double?
        /// Do organisations tie within their own level (> 0) or across levels (< 0)?
        public var levelAssortativity: Double?
        /// Same for the `sector` attribute (public/private), when organisations have it.
        public var sectorAssortativity: Double?
    }
}

/// The figures of ``NetworkStatistics`` on one network: the sure side of
/// the statistics (and, as `NetworkStatistics.figures`, the possible one).
public struct SureStatistics: Hashable, Codable, Sendable {
    public var organisations: Int
    public var groups: Int
    /// Organisation–group ties (memberships, conveners counted as members).
    public var ties: Int
    public var initiatives: Int
    public var documents: Int
    /// Counts by kind, keyed by the kind's raw value (a kind with none is left out).
    public var organisationsByKind: [String: Int]
    public var groupsByKind: [String: Int]
    /// Counts by level (`none` for entities without one).
    public var organisationsByLevel: [String: Int]
    /// The organisation–group graph.
    public var twoMode: NetworkStatistics.TwoModeSummary
    /// Organisations joined by shared groups (unweighted for distances).
    public var organisationNetwork: NetworkStatistics.OneModeSummary

    public init(
        organisations: Int, groups: Int, ties: Int, initiatives: Int, documents: Int,
        organisationsByKind: [String: Int], groupsByKind: [String: Int], organisationsByLevel: [String: Int],
        twoMode: NetworkStatistics.TwoModeSummary, organisationNetwork: NetworkStatistics.OneModeSummary
    ) {
        self.organisations = organisations
        self.groups = groups
        self.ties = ties
        self.initiatives = initiatives
        self.documents = documents
        self.organisationsByKind = organisationsByKind
        self.groupsByKind = groupsByKind
        self.organisationsByLevel = organisationsByLevel
        self.twoMode = twoMode
        self.organisationNetwork = organisationNetwork
    }
}

/// How the all-pairs figures of the organisation network were computed.
public struct AllPairsMethod: Hashable, Codable, Sendable {
    /// True when every figure is exact (one search per organisation);
    /// false when the average path length, global efficiency and
    /// closeness centralisation are estimated (`errorBounds`) and
    /// transitivity, average clustering and betweenness centralisation are
    /// not computed.
    public var exact: Bool
    /// The largest number of organisations computed exactly by default.
    public var threshold: Int
    /// The estimate's settings (nil when exact).
    public var epsilon: Double?
    public var delta: Double?
    public var seed: UInt64?
    /// The sampled sources (breadth-first searches of the two-mode graph).
    public var sources: Int?
    /// The bound on every component's diameter the ranges rest on.
    public var diameterBound: Int?
    /// Per figure (`averagePathLength`, `globalEfficiency`,
    /// `closenessCentralization`): with probability at least `1 − delta`
    /// the figure is within this of its exact value.
    public var errorBounds: [String: Double]?
    /// The searches that found the largest closeness exactly.
    public var closenessMaximumSearches: Int?
    /// The figures left out above the threshold (they need the
    /// projection's triangles or every shortest path): `--exact` computes them.
    public var notComputed: [String]?

    /// Exact figures.
    public static func exact(threshold: Int) -> AllPairsMethod {
        AllPairsMethod(exact: true, threshold: threshold)
    }

    public init(
        exact: Bool, threshold: Int, epsilon: Double? = nil, delta: Double? = nil, seed: UInt64? = nil,
        sources: Int? = nil, diameterBound: Int? = nil, errorBounds: [String: Double]? = nil,
        closenessMaximumSearches: Int? = nil, notComputed: [String]? = nil
    ) {
        self.exact = exact
        self.threshold = threshold
        self.epsilon = epsilon
        self.delta = delta
        self.seed = seed
        self.sources = sources
        self.diameterBound = diameterBound
        self.errorBounds = errorBounds
        self.closenessMaximumSearches = closenessMaximumSearches
        self.notComputed = notComputed
    }
}

/// When the all-pairs figures of ``NetworkStatistics`` are exact and how
/// they are estimated otherwise.
public struct AllPairsPolicy: Hashable, Codable, Sendable {
    /// Organisations up to which every figure is exact (one search per
    /// organisation); above it the mean-distance figures are estimated.
    public var exactUpTo: Int
    /// The estimate: ε as a share of each figure's range, δ per figure, the seed.
    public var epsilon: Double
    public var delta: Double
    public var seed: UInt64

    /// The default threshold: 5,000 organisations.
    public static let defaultThreshold = 5_000
    /// The default ε: 0.03 (1,665 sampled sources at δ = 0.1).
    public static let defaultEpsilon = 0.03
    /// Above the threshold, the searches each bound-based diameter may
    /// take before it reports the bounds proven so far instead.
    public static let maxBoundSearches = 500

    public init(
        exactUpTo: Int = AllPairsPolicy.defaultThreshold, epsilon: Double = AllPairsPolicy.defaultEpsilon,
        delta: Double = BetweennessEstimation.defaultDelta, seed: UInt64 = 0
    ) {
        self.exactUpTo = exactUpTo
        self.epsilon = epsilon
        self.delta = delta
        self.seed = seed
    }

    /// Every figure exact, at any size.
    public static let exact = AllPairsPolicy(exactUpTo: .max)
}

/// How much of ``NetworkStatistics`` to compute.
public enum StatisticsDepth: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every figure, including those that need every shortest path
    /// (O(V·E): diameters, radius, average path length, global efficiency,
    /// betweenness and closeness centralisation, the most central entities).
    case full
    /// Only the figures that take about linear time in the two-mode graph
    /// and its projection: the all-pairs ones and the triangle counts
    /// (transitivity, average clustering) are `nil`.
    case quick
}

/// What ``RegistryAnalysis/statistics(top:parallelism:depth:allPairs:progress:quickFigures:)``
/// is computing and how far it has come.
public struct StatisticsProgress: Sendable, Equatable {
    /// The figure being computed, in words ("diameter of the two-mode graph").
    public var figure: String
    /// Which of the all-pairs figures this is (1-based) and how many there are.
    public var step: Int
    public var steps: Int
    /// How far this figure has come (sources done of all).
    public var progress: NetworkAnalysis.Progress

    public init(figure: String, step: Int, steps: Int, progress: NetworkAnalysis.Progress) {
        self.figure = figure
        self.step = step
        self.steps = steps
        self.progress = progress
    }
}

/// Receives ``StatisticsProgress`` from the computing thread(s), serialised.
public typealias StatisticsProgressHandler = @Sendable (StatisticsProgress) -> Void
