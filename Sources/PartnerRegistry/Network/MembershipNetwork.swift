import Foundation
import NetworkAnalysis

/// The affiliation network of a registry and nothing else: organisations
/// and groups as the two sides of a `TwoModeGraph`, with their IDs and
/// names. For analysing very large networks (a million memberships from a
/// CSV) without the cost of a full `Registry`.
///
/// Representation: organisation `i` is vertex `i` of `graph`; group `j` is
/// vertex `organisations.count + j`. Several memberships of one
/// organisation in one group are one edge; roles and dates are checked
/// when read but not kept.
public struct MembershipNetwork: Sendable {
    public let graph: TwoModeGraph
    public let organisations: [OrganisationID]
    public let organisationNames: [String]
    public let groups: [GroupID]
    public let groupNames: [String]

    public init(
        graph: TwoModeGraph, organisations: [OrganisationID], organisationNames: [String], groups: [GroupID],
        groupNames: [String]
    ) {
        self.graph = graph
        self.organisations = organisations
        self.organisationNames = organisationNames
        self.groups = groups
        self.groupNames = groupNames
    }

    /// The network of a `NetworkView` (conveners and filters as the view has them).
    public init(_ view: NetworkView) throws {
        self.init(
            graph: try view.twoModeGraph(), organisations: view.organisations.map(\.id),
            organisationNames: view.organisations.map(\.name), groups: view.groups.map(\.id),
            groupNames: view.groups.map(\.name))
    }
}

extension RegistryLoader {
    /// Loads only the affiliation network of a registry file.
    ///
    /// A CSV of memberships is read straight into the graph: cells are
    /// parsed and checked as `load(path:)` does (with the same
    /// diagnostics, except that a repeated membership is one tie, not an
    /// error), names are interned, and the CSR is built, without creating
    /// `Membership` values. YAML and JSON files are loaded as a registry and
    /// viewed as a network (conveners count as members).
    ///
    /// - Complexity: O(file size + V + E) time; O(file size + V + E) space.
    /// - Throws: `RegistryLoadError` with every problem found.
    public static func loadNetwork(path: String, format: RegistryFormat? = nil) throws(RegistryLoadError) -> MembershipNetwork {
        let data = try read(path: path)
        let name = path == "-" ? standardInputName : path
        let format = format ?? RegistryFormat(fileName: path) ?? RegistryFormat.sniff(data)
        if format == .csv {
            return try TextEncoding.utf8(data).data.withUnsafeBytes { CSVMembershipReader.readNetwork($0, file: name) }.get()
        }
        let registry = try load(data: data, fileName: name, format: format)
        do {
            return try MembershipNetwork(NetworkView(registry: registry))
        } catch {
            preconditionFailure("a registry's network always has its two sides: \(error)")
        }
    }
}
