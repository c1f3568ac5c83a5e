// The typed values of the registry's vocabulary. Each is an ID checked
// against the registry's `Vocabulary` when the file is read; the static
// members name the IDs of the default vocabulary
// (Vocabulary/default-vocabulary.yaml), for code and tests that use them.

/// What sort of body an organisation is (`national-agency`,
/// `destination-organisation`, or a kind the registry declares).
public struct OrganisationKind: VocabularyTerm {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let section = Vocabulary.Section.organisationKinds

    public static let nationalAgency: Self = "national-agency"
    public static let stateOwnedCompany: Self = "state-owned-company"
    public static let region: Self = "region"
    public static let countyBoard: Self = "county-board"
    public static let municipality: Self = "municipality"
    public static let regionalTourismOrganisation: Self = "regional-tourism-organisation"
    public static let destinationOrganisation: Self = "destination-organisation"
    public static let company: Self = "company"
    public static let association: Self = "association"
    public static let network: Self = "network"
    public static let university: Self = "university"
    public static let other: Self = "other"
}

/// What sort of forum a collaboration group is.
public struct GroupKind: VocabularyTerm {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let section = Vocabulary.Section.groupKinds

    public static let managementGroup: Self = "management-group"
    public static let council: Self = "council"
    public static let strategyGroup: Self = "strategy-group"
    public static let workingGroup: Self = "working-group"
    public static let marketGroup: Self = "market-group"
    public static let editorialCouncil: Self = "editorial-council"
    public static let network: Self = "network"
    public static let partnership: Self = "partnership"
    public static let conference: Self = "conference"
    public static let meetingSeries: Self = "meeting-series"
    public static let projectGroup: Self = "project-group"
    public static let other: Self = "other"
}

/// What sort of undertaking an initiative is (the default vocabulary
/// declares none; a registry may).
public struct InitiativeKind: VocabularyTerm {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let section = Vocabulary.Section.initiativeKinds
}

/// What sort of document a strategy document is.
public struct DocumentKind: VocabularyTerm {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let section = Vocabulary.Section.documentKinds

    public static let strategy: Self = "strategy"
    public static let plan: Self = "plan"
    public static let programme: Self = "programme"
    public static let map: Self = "map"
    public static let report: Self = "report"
    public static let agreement: Self = "agreement"
    public static let other: Self = "other"
}

/// The geographic level an entity works at. Levels are ordered by the
/// vocabulary, from the most local (`Vocabulary.rank(_:in:)`).
public struct GeographicLevel: VocabularyTerm {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let section = Vocabulary.Section.levels

    public static let local: Self = "local"
    public static let regional: Self = "regional"
    public static let national: Self = "national"
    public static let international: Self = "international"
}

/// An organisation's seat in a group.
public struct Role: VocabularyTerm {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let section = Vocabulary.Section.roles

    public static let chair: Self = "chair"
    public static let viceChair: Self = "vice-chair"
    public static let convener: Self = "convener"
    public static let secretary: Self = "secretary"
    public static let member: Self = "member"
    public static let observer: Self = "observer"
    public static let participant: Self = "participant"
    public static let partner: Self = "partner"
    public static let adjunct: Self = "adjunct"
}

/// How an organisation takes part in an initiative.
public struct ParticipationRole: VocabularyTerm {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let section = Vocabulary.Section.participationRoles

    public static let lead: Self = "lead"
    public static let participant: Self = "participant"
    public static let partner: Self = "partner"
}
