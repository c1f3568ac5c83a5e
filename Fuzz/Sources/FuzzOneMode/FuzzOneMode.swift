import Foundation
import NetworkInterchange
import PartnerRegistry

/// Reads `data` as a network in `format` through the public entry (a
/// one-mode network, or for GraphML and GEXF whose nodes carry a side a
/// two-mode registry), and ranks what it reads by degree when it is small enough
/// (a Pajek count may declare up to 50 million vertices, cheap to read
/// but not to rank under AddressSanitizer).
///
/// Any outcome but a crash, a sanitizer report or a hang is fine: a
/// network, or a `RegistryLoadError` with diagnostics.
public func fuzzOneMode(_ data: Data, path: String, format: InputFormat) {
    do {
        switch try NetworkInput.load(data: data, path: path, format: format) {
        case let .oneMode(network):
            if network.nodes.count <= 100_000 { _ = try OneModeAnalysis(network).centrality(.degree) }
        case let .registry(registry):
            // GraphML and GEXF whose nodes carry a side are two-mode registries.
            precondition(format == .graphml || format == .gexf, "a one-mode format read as a registry")
            if registry.memberships.count <= 100_000 { _ = try RegistryAnalysis(registry: registry).centrality(.degree) }
        }
    } catch let error as RegistryLoadError {
        precondition(!error.diagnostics.isEmpty, "a load error without diagnostics")
    } catch {
        preconditionFailure("degree centrality failed: \(error)")
    }
}

