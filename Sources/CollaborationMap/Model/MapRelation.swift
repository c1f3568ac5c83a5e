/// The relation an edge of the map stands for. Each has its own line
/// style; edges point from the first-named entity to the second.
public enum MapRelation: String, CaseIterable, Hashable, Sendable, Codable {
    /// Organisation → group: a seat in the group.
    case membership
    /// Organisation → group: a seat as chair or vice-chair.
    case leadership
    /// Organisation → group: convenes or hosts the group.
    case convener
    /// Group → group: part of a larger group.
    case partOf
    /// Organisation → initiative: takes part (lead, participant, partner).
    case partnership
    /// Organisation → initiative: pays for it.
    case funding
    /// Group → initiative: decided on or runs it.
    case runs
    /// Document or group → document: builds on.
    case basedOn
    /// Document → document: a revision of.
    case revises
    /// Document → document: replaces.
    case supersedes
    /// Organisation or group → document: adopted it.
    case adoptedBy
    /// Initiative → document: the initiative led to the document.
    case leadsTo
}
