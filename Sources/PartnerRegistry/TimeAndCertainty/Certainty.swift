/// How firmly the sources support a fact.
///
/// - `stated`: a quote of a primary source says it.
/// - `inferred`: a reading of the source; the fact carries the `reason`.
/// - `external`: its only support is a source marked `kind: external`
///   (a public list that is not the registry's own source text).
///
/// Ordered from firm to weak: `stated < inferred < external`.
public enum Certainty: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case stated, inferred, external

    public static func < (a: Certainty, b: Certainty) -> Bool { a.rank < b.rank }

    private var rank: Int {
        switch self {
        case .stated: 0
        case .inferred: 1
        case .external: 2
        }
    }
}

/// What a registry file says of one fact's certainty: `certainty:` and the
/// `reason:` an inferred fact must give. A fact without an assessment takes
/// its certainty from its citations (`Registry.certainty(of:_:)`).
public struct Assessment: Hashable, Sendable, Codable {
    public var certainty: Certainty
    /// Why the fact is read from the source rather than stated by it.
    public var reason: String?

    public init(_ certainty: Certainty, reason: String? = nil) {
        self.certainty = certainty
        self.reason = reason
    }

    /// An inferred fact with its reason.
    public static func inferred(_ reason: String) -> Assessment { Assessment(.inferred, reason: reason) }
}

/// Which facts a view keeps, by certainty (`--certainty`).
///
/// - `stated` keeps stated facts only;
/// - `inferred` keeps stated and inferred facts;
/// - `all` (the default) also keeps external ones.
///
/// The filter applies to facts — entities, memberships, convenings,
/// participations, document relations — not to dates: a stated membership
/// with an inferred `since` is kept under `stated` with its date.
public enum CertaintyFilter: String, Hashable, Sendable, Codable, CaseIterable {
    case stated, inferred, all

    /// Whether a fact of certainty `c` is kept.
    public func admits(_ c: Certainty) -> Bool {
        switch self {
        case .stated: c == .stated
        case .inferred: c != .external
        case .all: true
        }
    }
}

/// Whether a source is the registry's own source text or an outside list
/// (or a kind the registry declares, which counts as one of them).
public struct SourceKind: VocabularyTerm {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let section = Vocabulary.Section.sourceKinds

    /// A source the registry is read from (its quotes state facts).
    public static let primary: Self = "primary"
    /// A public record consulted to name what the primary source leaves
    /// unnamed (e.g. which municipalities a county has).
    public static let external: Self = "external"
}

extension Registry {
    /// The certainty of a fact with these citations and this assessment:
    /// the assessment when the file gives one; else `stated` when a
    /// citation quotes a primary source or when there is no citation at
    /// all (a fact the file itself asserts, as in a CSV of memberships);
    /// else `external` when every citation is of a source whose kind counts
    /// as external; else
    /// `inferred` (a primary source cited without a quote).
    public func certainty(of citations: [Citation], _ assessment: Assessment?) -> Certainty {
        if let assessment { return assessment.certainty }
        if citations.isEmpty { return .stated }
        var anyPrimary = false
        for c in citations {
            let kind = source(c.source)?.kind ?? .primary
            if !vocabulary.counts(kind.rawValue, in: .sourceKinds, as: SourceKind.external.rawValue) {
                if c.quote != nil { return .stated }
                anyPrimary = true
            }
        }
        return anyPrimary ? .inferred : .external
    }

    public func certainty(of o: Organisation) -> Certainty { certainty(of: o.sources, o.assessment) }
    public func certainty(of g: Group) -> Certainty { certainty(of: g.sources, g.assessment) }
    public func certainty(of m: Membership) -> Certainty { certainty(of: m.sources, m.assessment) }
    public func certainty(of x: Initiative) -> Certainty { certainty(of: x.sources, x.assessment) }
    public func certainty(of p: Participation) -> Certainty { certainty(of: p.sources, p.assessment) }
    public func certainty(of d: StrategyDocument) -> Certainty { certainty(of: d.sources, d.assessment) }

    /// The certainty of `convener` convening `group`: its own assessment,
    /// else the group's sources.
    public func certainty(convener: OrganisationID, of group: Group) -> Certainty {
        group.convenerAssessments[convener]?.certainty ?? certainty(of: group.sources, nil)
    }

    /// The certainty of `actor` adopting `document`: the entry's own
    /// assessment, else the document's sources.
    public func certainty(adoption actor: Actor, of document: StrategyDocument) -> Certainty {
        document.adoptionAssessments[actor]?.certainty ?? certainty(of: document.sources, nil)
    }

    /// The certainty of a document's relation to `other` (revises,
    /// supersedes, based-on, replaces): its own assessment, else the
    /// document's sources.
    public func certainty(relationTo other: DocumentID, of document: StrategyDocument) -> Certainty {
        document.relationAssessments[other]?.certainty ?? certainty(of: document.sources, nil)
    }
}
