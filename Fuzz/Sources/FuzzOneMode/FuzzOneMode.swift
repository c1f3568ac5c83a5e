import Foundation
import NetworkInterchange
import PartnerRegistry

/// Reads `data` as a one-mode network in `format` through the public
/// entry, and ranks a network it reads by degree when it is small enough
/// (a Pajek count may declare up to 50 million vertices, cheap to read
/// but not to rank under AddressSanitizer).
///
/// Any outcome but a crash, a sanitizer report or a hang is fine: a
/// network, or a `RegistryLoadError` with diagnostics.
public func fuzzOneMode(_ data: Data, path: String, format: InputFormat) {
    do {
        guard case let .oneMode(network) = try NetworkInput.load(data: data, path: path, format: format) else {
            preconditionFailure("a one-mode format read as a registry")
        }
        if network.nodes.count <= 100_000 { _ = try OneModeAnalysis(network).centrality(.degree) }
    } catch let error as RegistryLoadError {
        precondition(!error.diagnostics.isEmpty, "a load error without diagnostics")
    } catch {
        preconditionFailure("degree centrality failed: \(error)")
    }
}

