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

    /// The most central organisations and groups of the two-mode graph.
    public var mostCentralOrganisations: [CentralityScore]
    public var mostCentralGroups: [CentralityScore]

    public struct TwoModeSummary: Hashable, Codable, Sendable {
        /// Ties ÷ (organisations × groups).
        public var density: Double
        public var components: Int
        public var largestComponent: Int
        /// Diameter of the largest component, in ties (organisation → group → organisation is 2).
        public var diameter: Int
    }

    public struct OneModeSummary: Hashable, Codable, Sendable {
        public var vertices: Int
        public var edges: Int
        /// Edges ÷ (n(n − 1)/2).
        public var density: Double
        public var components: Int
        public var largestComponent: Int
        public var isolated: Int
        /// Diameter and radius of the largest component, in steps.
        public var diameter: Int
        public var radius: Int
        /// Mean distance over connected pairs.
        public var averagePathLength: Double
        /// Mean of 1/distance over all pairs (unreachable pairs count 0).
        public var globalEfficiency: Double
        public var transitivity: Double
        public var averageClustering: Double
        /// Freeman centralisation, 0 (everyone alike) to 1 (a star).
        public var degreeCentralization: Double
        public var betweennessCentralization: Double
        public var closenessCentralization: Double
        /// Do well-connected organisations tie to well-connected ones (> 0) or to peripheral ones (< 0)?
        public var degreeAssortativity: Double?
        /// Do organisations tie within their own level (> 0) or across levels (< 0)?
        public var levelAssortativity: Double?
        /// Same for the `sector` attribute (public/private), when organisations have it.
        public var sectorAssortativity: Double?
    }
}
