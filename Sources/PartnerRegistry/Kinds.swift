/// What sort of body an organisation is. Encoded in kebab-case
/// (`national-agency`, `destination-organisation`).
public enum OrganisationKind: String, CaseIterable, Codable, Sendable {
    case nationalAgency = "national-agency"
    case stateOwnedCompany = "state-owned-company"
    case region
    case countyBoard = "county-board"
    case municipality
    case regionalTourismOrganisation = "regional-tourism-organisation"
    case destinationOrganisation = "destination-organisation"
    case company
    case association
    case network
    case university
    case other
}

/// What sort of forum a collaboration group is.
public enum GroupKind: String, CaseIterable, Codable, Sendable {
    case managementGroup = "management-group"
    case council
    case strategyGroup = "strategy-group"
    case workingGroup = "working-group"
    case marketGroup = "market-group"
    case editorialCouncil = "editorial-council"
    case network
    case partnership
    case conference
    case meetingSeries = "meeting-series"
    case projectGroup = "project-group"
    case other
}

/// What sort of document a strategy document is.
public enum DocumentKind: String, CaseIterable, Codable, Sendable {
    case strategy
    case plan
    case programme
    case map
    case report
    case agreement
    case other
}

/// The geographic level an entity works at.
public enum GeographicLevel: String, CaseIterable, Codable, Sendable, Comparable {
    case local, regional, national, international

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// An organisation's seat in a group.
public enum Role: String, CaseIterable, Codable, Sendable {
    case chair
    case viceChair = "vice-chair"
    case convener
    case secretary
    case member
    case observer
    case participant
    case partner
    case adjunct
}

/// How an organisation takes part in an initiative.
public enum ParticipationRole: String, CaseIterable, Codable, Sendable {
    case lead
    case participant
    case partner
}
