import NetworkAnalysis
/// The whole network in numbers: sizes, density, centralisation,
/// components, distances, and who sits at the centre.
///
/// Numbers that are undefined for the network at hand (e.g. degree
/// assortativity when every vertex has the same degree) are `nil`.
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

    public struct TwoModeSummary: Hashable, Codable, Sendable {
        /// Ties ÷ (organisations × groups).
        public var density: Double
        public var components: Int
        public var largestComponent: Int
        /// Diameter of the largest component, in ties (organisation → group → organisation is 2);
        /// `nil` when the all-pairs figures were skipped (``StatisticsDepth/quick``).
        public var diameter: Int?
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

/// What ``RegistryAnalysis/statistics(top:parallelism:depth:progress:quickFigures:)``
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
