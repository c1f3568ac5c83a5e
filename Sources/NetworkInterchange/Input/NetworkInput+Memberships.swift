import Foundation
import PartnerRegistry

/// What `NetworkInput.loadPreferringMemberships(path:format:)` read: the
/// affiliation network alone, or the file as `NetworkInput.load` reads it.
public enum MembershipInput: Sendable {
    /// A CSV of memberships whose registry would be exactly this network.
    case memberships(MembershipNetwork)
    /// Any other file: a registry (with dates, repeated memberships or
    /// errors, or in YAML or JSON) or a one-mode network.
    case input(NetworkInput)
}

extension NetworkInput {
    /// Reads `path` (`-` for standard input) into a `MembershipNetwork`
    /// when that loses nothing an undated, unfiltered analysis would see,
    /// else as `load(path:format:)` does, from the same bytes.
    ///
    /// The network is read when the file is a CSV of memberships with no
    /// errors, no `since` or `until` date and no membership listed twice:
    /// then the registry's view on any date is the whole file, every
    /// entity of kind `other` and certain, and its two-mode graph, names and
    /// IDs are those of the network, in the same order. Reading it costs
    /// the graph and one ID and name per entity, without the `Membership`
    /// values, positions and indexes of a `Registry`. A file that does not
    /// qualify is read a second time, as a registry, so its diagnostics
    /// are those of `load(path:format:)`.
    ///
    /// - Throws: every problem found, positioned (`RegistryLoadError`).
    /// - Complexity: O(file size + V + E) time and space, twice for a file
    ///   read as a registry after all.
    public static func loadPreferringMemberships(
        path: String, format: InputFormat? = nil
    ) throws(RegistryLoadError) -> MembershipInput {
        let data = try RegistryLoader.read(path: path)
        let name = path == "-" ? RegistryLoader.standardInputName : path
        let detected = format ?? InputFormat.detect(path: path, firstBytes: data.prefix(512))
        let registryFormat: RegistryFormat? = switch detected {
        case .memberships?: .csv
        case nil: RegistryFormat(fileName: name) ?? RegistryFormat.sniff(data)
        default: nil
        }
        if registryFormat == .csv,
           let network = TextEncoding.utf8(data).data.withUnsafeBytes({ CSVMembershipReader.readPlainNetwork($0, file: name) })
        {
            return .memberships(network)
        }
        return .input(try load(data: data, path: path, format: format))
    }
}
