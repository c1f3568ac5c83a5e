import NetworkAnalysis

/// How far apart a timeline's steps are.
public enum TimelineInterval: String, CaseIterable, Codable, Sendable {
    /// One step per year (`2003`, `2004` …), each the view of its first day.
    case year
    /// One step per month (`2003-01`, `2003-02` …).
    case month
}

/// The score a timeline follows for each organisation, on the organisation
/// network (`RegistryAnalysis.centrality(_:progress:)` with `mode: .organisations`).
public enum TimelineMeasure: String, CaseIterable, Codable, Sendable {
    case degree, betweenness

    public var centralityMeasure: CentralityMeasure {
        switch self {
        case .degree: .degree
        case .betweenness: .betweenness
        }
    }
}

/// The whole network on one step of a timeline: what `stats --as-of`
/// says of that date, reduced to the figures that move.
public struct TimelineStep: Hashable, Codable, Sendable {
    /// The date of the step: a date, or `now` (not ended).
    public var asOf: AsOf
    public var organisations: Int
    public var groups: Int
    /// Organisation–group ties (memberships; conveners count as members).
    public var ties: Int
    /// Of `organisations`, `groups` and `ties`, how many are present only
    /// possibly on the step's date (counted in the totals too).
    public var uncertainOrganisations: Int
    public var uncertainGroups: Int
    public var uncertainTies: Int
    /// Ties between organisations (pairs sharing a group).
    public var organisationTies: Int
    /// Of the organisation network: edges ÷ (n(n − 1)/2).
    public var density: Double
    public var components: Int
    public var isolated: Int
    /// Freeman centralisation of the organisation network, 0 to 1.
    public var degreeCentralization: Double
    public var betweennessCentralization: Double
    /// Mean distance over connected pairs of organisations, in steps.
    public var averagePathLength: Double

    /// The same figures on the sure network of the step's date (what is
    /// certainly there); equal to `figures` when nothing is uncertain.
    public var sure: SureTimelineStep

    /// Whether anything counted on this step is present only possibly.
    public var isUncertain: Bool { uncertainOrganisations + uncertainGroups + uncertainTies > 0 }

    /// The step's figures themselves, without the sure ones.
    public var figures: SureTimelineStep {
        SureTimelineStep(
            organisations: organisations, groups: groups, ties: ties, organisationTies: organisationTies,
            density: density, components: components, isolated: isolated,
            degreeCentralization: degreeCentralization, betweennessCentralization: betweennessCentralization,
            averagePathLength: averagePathLength)
    }

    /// The step of `statistics`, its sure figures from `statistics.sure`.
    public init(asOf: AsOf, statistics s: NetworkStatistics) {
        self.asOf = asOf
        organisations = s.organisations
        groups = s.groups
        ties = s.ties
        uncertainOrganisations = s.uncertainOrganisations
        uncertainGroups = s.uncertainGroups
        uncertainTies = s.uncertainTies
        organisationTies = s.organisationNetwork.edges
        density = s.organisationNetwork.density
        components = s.organisationNetwork.components
        isolated = s.organisationNetwork.isolated
        degreeCentralization = s.organisationNetwork.degreeCentralization
        // A timeline step is computed with `depth: .full`, so these are set.
        betweennessCentralization = s.organisationNetwork.betweennessCentralization ?? 0
        averagePathLength = s.organisationNetwork.averagePathLength ?? 0
        self.sure = SureTimelineStep(statistics: s.sure)
    }

    private enum CodingKeys: String, CodingKey {
        case asOf, organisations, groups, ties, uncertainOrganisations, uncertainGroups, uncertainTies,
            organisationTies, density, components, isolated, degreeCentralization, betweennessCentralization,
            averagePathLength, sure
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        asOf = try c.decode(AsOf.self, forKey: .asOf)
        organisations = try c.decode(Int.self, forKey: .organisations)
        groups = try c.decode(Int.self, forKey: .groups)
        ties = try c.decode(Int.self, forKey: .ties)
        uncertainOrganisations = try c.decode(Int.self, forKey: .uncertainOrganisations)
        uncertainGroups = try c.decode(Int.self, forKey: .uncertainGroups)
        uncertainTies = try c.decode(Int.self, forKey: .uncertainTies)
        organisationTies = try c.decode(Int.self, forKey: .organisationTies)
        density = try c.decode(Double.self, forKey: .density)
        components = try c.decode(Int.self, forKey: .components)
        isolated = try c.decode(Int.self, forKey: .isolated)
        degreeCentralization = try c.decode(Double.self, forKey: .degreeCentralization)
        betweennessCentralization = try c.decode(Double.self, forKey: .betweennessCentralization)
        averagePathLength = try c.decode(Double.self, forKey: .averagePathLength)
        sure = SureTimelineStep(
            organisations: organisations, groups: groups, ties: ties, organisationTies: organisationTies,
            density: density, components: components, isolated: isolated,
            degreeCentralization: degreeCentralization, betweennessCentralization: betweennessCentralization,
            averagePathLength: averagePathLength)
        sure = try c.decodeIfPresent(SureTimelineStep.self, forKey: .sure) ?? sure
    }
}

/// A timeline step's figures on one network: the sure side of
/// `TimelineStep` (organisations, groups and organisation–group ties
/// certainly there, and the organisation network they make).
public struct SureTimelineStep: Hashable, Codable, Sendable {
    public var organisations: Int
    public var groups: Int
    public var ties: Int
    public var organisationTies: Int
    public var density: Double
    public var components: Int
    public var isolated: Int
    public var degreeCentralization: Double
    public var betweennessCentralization: Double
    public var averagePathLength: Double

    public init(
        organisations: Int, groups: Int, ties: Int, organisationTies: Int, density: Double, components: Int,
        isolated: Int, degreeCentralization: Double, betweennessCentralization: Double, averagePathLength: Double
    ) {
        self.organisations = organisations
        self.groups = groups
        self.ties = ties
        self.organisationTies = organisationTies
        self.density = density
        self.components = components
        self.isolated = isolated
        self.degreeCentralization = degreeCentralization
        self.betweennessCentralization = betweennessCentralization
        self.averagePathLength = averagePathLength
    }

    /// The figures of `s` (computed with `depth: .full`).
    init(statistics s: SureStatistics) {
        self.init(
            organisations: s.organisations, groups: s.groups, ties: s.ties, organisationTies: s.organisationNetwork.edges,
            density: s.organisationNetwork.density, components: s.organisationNetwork.components,
            isolated: s.organisationNetwork.isolated, degreeCentralization: s.organisationNetwork.degreeCentralization,
            betweennessCentralization: s.organisationNetwork.betweennessCentralization ?? 0,
            averagePathLength: s.organisationNetwork.averagePathLength ?? 0)
    }
}

/// One organisation's score on every step of a timeline.
public struct OrganisationTimeline: Hashable, Codable, Sendable {
    public var id: String
    public var name: String
    public var kind: String
    /// One per step, aligned with `Timeline.steps`: the score on the
    /// possible network, or `nil` when the organisation is not in the
    /// network on that step.
    public var scores: [Double?]
    /// One per step: the score on the sure network of that step, or `nil`
    /// when the organisation is not in it. Equal to `scores` where nothing
    /// is uncertain.
    public var sure: [Double?]
    /// One per step: the score is uncertain — the organisation is in the
    /// network but not in its sure part, or its two scores differ
    /// (`SureAndPossible.isUncertain`).
    public var uncertain: [Bool]

    /// A trajectory; `sure` nil takes `scores` (nothing uncertain), and
    /// each step's `uncertain` follows from the two.
    public init(id: String, name: String, kind: String, scores: [Double?], sure: [Double?]? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.scores = scores
        let sure = sure ?? scores
        self.sure = sure
        self.uncertain = zip(scores, sure).map { score, sure in
            score.map { SureAndPossible(possible: $0, sure: sure).isUncertain } ?? false
        }
    }

    /// The score on step `i` with both values; nil when the organisation
    /// is not in the network then.
    public func values(at i: Int) -> SureAndPossible<Double>? {
        scores[i].map { SureAndPossible(possible: $0, sure: sure[i]) }
    }

    private enum CodingKeys: String, CodingKey { case id, name, kind, scores, sure, uncertain }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let scores = try c.decode([Double?].self, forKey: .scores)
        self.init(
            id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
            kind: try c.decode(String.self, forKey: .kind), scores: scores,
            sure: try c.decodeIfPresent([Double?].self, forKey: .sure))
    }

    /// The largest change between the scores of two steps (absent counts
    /// as 0): how much the organisation moved.
    public var movement: Double {
        let values = scores.map { $0 ?? 0 }
        guard let low = values.min(), let high = values.max() else { return 0 }
        return high - low
    }
}

/// The network over time: one view per step from `from` to `to`
/// (`Registry.view(_:)` of each date, and `now` as a step of its own),
/// with whole-network figures and each organisation's score per step.
///
/// ```swift
/// let timeline = try Timeline(registry: registry, from: PartialDate("2003"), to: .now, measure: .degree)
/// for step in timeline.steps { print(step.asOf, step.ties, step.uncertainTies) }
/// ```
///
/// Steps: with `.year`, the years from `from`'s year through `to`'s (each
/// the view of January 1st, as `--as-of 2003` is); with `.month`, the
/// months from `from`'s month (January for a year) through `to`'s
/// (December for a year). When `to` is `now`, the dated steps run through
/// the latest date the registry writes (or `from`, if later), and **now**
/// — what has not ended — follows as the last step: it can differ from
/// the last year, since something ended on an unknown date is uncertain
/// before its bound and absent now.
///
/// Organisations are those of the timeless union that the filter keeps,
/// in registry order; a score is `nil` on the steps where the organisation
/// is not in the network.
public struct Timeline: Hashable, Codable, Sendable {
    public var from: PartialDate?
    /// `now` or the last date.
    public var to: AsOf
    public var every: TimelineInterval
    public var certainty: CertaintyFilter
    public var measure: TimelineMeasure
    /// How shared-group weights become lengths for betweenness.
    public var lengths: ProjectionLengths
    /// What the score means, in one line.
    public var explanation: String
    public var steps: [TimelineStep]
    public var organisations: [OrganisationTimeline]
    /// The registry's language (`sv`, `en`), for words beside the figures.
    public var language: String?

    /// The most steps a timeline takes (a hundred years by month).
    public static let maximumSteps = 1200

    /// Builds the timeline of `registry`.
    ///
    /// - Parameters:
    ///   - registry: the registry, whole (each step cuts its own view).
    ///   - from: the first step's date; `nil` takes the earliest date the
    ///     registry writes (`Registry.writtenDates`).
    ///   - to: `.now` (the default) or `.date`; `.allTime` is refused.
    ///   - every: a step a year or a month.
    ///   - certainty: which facts count in every step.
    ///   - filter: kinds, levels and roles kept in every step.
    ///   - measure: each organisation's score per step.
    ///   - lengths: how shared-group weights become lengths for betweenness.
    ///   - parallelism: threads for the path measures (same result for any value).
    /// - Throws: `TimelineError` when `from` is after `to`, `to` is all
    ///   time, or there would be more than `maximumSteps` steps; errors of
    ///   the measures.
    /// - Complexity: per step, that of `RegistryAnalysis.statistics` and
    ///   of the measure on the organisation network.
    public init(
        registry: Registry, from: PartialDate? = nil, to: AsOf = .now, every: TimelineInterval = .year,
        certainty: CertaintyFilter = .all, filter: NetworkFilter = .init(), measure: TimelineMeasure = .degree,
        lengths: ProjectionLengths = .inverseWeight, parallelism: Int = 1
    ) throws {
        let dates = try Self.stepDates(registry: registry, from: from, to: to, every: every)
        let start = from ?? dates.first?.date
        self.from = start
        self.to = to
        self.every = every
        self.certainty = certainty
        self.measure = measure
        self.lengths = lengths
        self.explanation = measure.centralityMeasure.explanation(on: .organisations)

        let union = NetworkView(
            registry: registry.view(RegistryScope(asOf: .allTime, certainty: certainty)), filter: filter)
        let ids = union.organisations.map(\.id)
        var position: [String: Int] = [:]
        for (i, id) in ids.enumerated() { position[id.rawValue] = i }
        var scores = [[Double?]](repeating: [], count: ids.count)
        var sureScores = [[Double?]](repeating: [], count: ids.count)
        var steps: [TimelineStep] = []
        // Consecutive steps often see the same network (nothing dated
        // between them): the last answer is reused when the view and its
        // uncertain marks are equal.
        var last: (view: Registry, step: TimelineStep, column: [Double?], sure: [Double?])?
        for asOf in dates {
            try Task.checkCancellation()
            let analysis = RegistryAnalysis(
                registry: registry, scope: RegistryScope(asOf: asOf, certainty: certainty), filter: filter)
            if let last, last.view == analysis.registry, last.view.uncertain == analysis.registry.uncertain {
                var step = last.step
                step.asOf = asOf
                steps.append(step)
                for i in ids.indices {
                    scores[i].append(last.column[i])
                    sureScores[i].append(last.sure[i])
                }
                continue
            }
            // Each figure on both networks where something is uncertain:
            // the statistics compute the step's sure network once
            // (`NetworkStatistics.sure`), and the centrality report carries
            // each score's sure value.
            let step = TimelineStep(asOf: asOf, statistics: try analysis.statistics(top: 0, parallelism: parallelism))
            steps.append(step)
            let report = try analysis.centrality(CentralityOptions(
                measure.centralityMeasure, mode: .organisations, lengths: lengths, parallelism: parallelism))
            var column = [Double?](repeating: nil, count: ids.count)
            var sure = [Double?](repeating: nil, count: ids.count)
            for s in report.scores {
                guard let i = position[s.id] else { continue }
                column[i] = s.score
                sure[i] = s.sure
            }
            for i in ids.indices {
                scores[i].append(column[i])
                sureScores[i].append(sure[i])
            }
            last = (analysis.registry, step, column, sure)
        }
        self.steps = steps
        self.organisations = union.organisations.enumerated().map { i, o in
            OrganisationTimeline(
                id: o.id.rawValue, name: o.name, kind: o.kind.rawValue, scores: scores[i], sure: sureScores[i])
        }
        self.language = registry.language
    }

    /// The dates of the steps (see the type's documentation).
    public static func stepDates(
        registry: Registry, from: PartialDate?, to: AsOf, every: TimelineInterval
    ) throws(TimelineError) -> [AsOf] {
        let written = registry.writtenDates
        let last: PartialDate?
        switch to {
        case .allTime: throw .allTime
        case let .date(d): last = d
        case .now:
            if let latest = written?.upperBound, let from { last = max(latest, from) } else { last = written?.upperBound ?? from }
        }
        guard let first = from ?? written?.lowerBound ?? last, let last else { return to == .now ? [.now] : [] }
        if first.firstDay > last.lastDay { throw .fromAfterTo(from: first, to: to) }
        var dates: [AsOf] = []
        switch every {
        case .year:
            let count = last.year - first.year + 1
            if count > maximumSteps { throw .tooManySteps(count, limit: maximumSteps) }
            for y in first.year ... last.year { if let d = PartialDate(year: y) { dates.append(.date(d)) } }
        case .month:
            let a = first.year * 12 + (first.month ?? 1) - 1
            let b = last.year * 12 + (last.month ?? 12) - 1
            if b - a + 1 > maximumSteps { throw .tooManySteps(b - a + 1, limit: maximumSteps) }
            for m in a ... b { if let d = PartialDate(year: m / 12, month: m % 12 + 1) { dates.append(.date(d)) } }
        }
        if to == .now { dates.append(.now) }
        return dates
    }
}

/// Why a timeline cannot be drawn up.
public enum TimelineError: Error, Hashable, Sendable, CustomStringConvertible {
    case fromAfterTo(from: PartialDate, to: AsOf)
    case allTime
    case tooManySteps(Int, limit: Int)

    public var description: String {
        switch self {
        case let .fromAfterTo(from, to):
            "the timeline would start (\(from)) after it ends (\(to)); give a --from on or before --to"
        case .allTime:
            "a timeline ends on a date or now, not 'all time'"
        case let .tooManySteps(n, limit):
            "the timeline would take \(n) steps, more than \(limit); give a later --from, an earlier --to or --every year"
        }
    }
}

extension Registry {
    /// The earliest and latest dates the registry writes: `since`,
    /// `until` and the bounds of unknown ends of organisations, groups,
    /// memberships, initiatives and documents, and the dates its sources
    /// describe; `nil` for an undated registry.
    public var writtenDates: ClosedRange<PartialDate>? {
        var low: PartialDate?, high: PartialDate?
        func note(_ d: PartialDate?) {
            guard let d else { return }
            if low.map({ d < $0 }) ?? true { low = d }
            if high.map({ d > $0 }) ?? true { high = d }
        }
        func note(_ v: Validity) {
            note(v.since)
            note(v.until)
            note(v.unknownEnd?.before)
        }
        for o in organisations { note(o.validity) }
        for g in groups { note(g.validity) }
        for m in memberships { note(m.validity) }
        for x in initiatives { note(x.validity) }
        for d in documents {
            note(d.validity)
            switch d.end {
            case let .on(date): note(date)
            case let .unknown(before): note(before)
            case nil: break
            }
        }
        for s in sources { note(s.describes) }
        guard let low, let high else { return nil }
        return low ... high
    }
}
