/// A stable, typed identifier: a slug such as `vasterbottensturism`.
///
/// The phantom `Kind` keeps identifiers of different entity types apart at
/// compile time: an `OrganisationID` cannot be passed where a `GroupID` is
/// expected. Encoded as a plain string.
public struct Identifier<Kind: IdentifierKind>: RawRepresentable, Hashable, Comparable, Sendable,
    Codable, ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The entity type an `Identifier` names.
public protocol IdentifierKind: Sendable {
    /// How a person calls this kind of entity in messages ("organisation").
    static var noun: String { get }
}

public enum OrganisationKindTag: IdentifierKind { public static let noun = "organisation" }
public enum GroupKindTag: IdentifierKind { public static let noun = "group" }
public enum InitiativeKindTag: IdentifierKind { public static let noun = "initiative" }
public enum DocumentKindTag: IdentifierKind { public static let noun = "document" }
public enum SourceKindTag: IdentifierKind { public static let noun = "source" }
public enum RuleKindTag: IdentifierKind { public static let noun = "rule" }

public typealias OrganisationID = Identifier<OrganisationKindTag>
public typealias GroupID = Identifier<GroupKindTag>
public typealias InitiativeID = Identifier<InitiativeKindTag>
public typealias DocumentID = Identifier<DocumentKindTag>
public typealias SourceID = Identifier<SourceKindTag>
public typealias RuleID = Identifier<RuleKindTag>
