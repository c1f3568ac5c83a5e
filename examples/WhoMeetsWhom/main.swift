// who-meets-whom: which groups does an organisation belong to, and with whom?
//
//   swift run who-meets-whom graphs/vasterbotten.yaml Trafikverket
//
// A small program that embeds PartnerRegistry: it loads a registry file,
// looks at it as it is now (what has not ended), finds the organisation by
// ID or name (ignoring case and diacritics), and lists its groups with the
// other members of each.
import Foundation
import PartnerRegistry

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 2, let path = arguments.first, let query = arguments.last else {
    try? FileHandle.standardError.write(contentsOf: Data("usage: who-meets-whom REGISTRY ORGANISATION\n".utf8))
    exit(64)
}

do {
    let registry = try RegistryLoader.load(path: path).view(.now)
    let id = try registry.resolveOrganisation(query)
    let name = registry.organisation(id)?.name ?? id.rawValue
    let seats = registry.groups(of: id)
    print("\(name) sits in \(seats.count) group\(seats.count == 1 ? "" : "s"):")
    for seat in seats {
        let groupName = registry.group(seat.group)?.name ?? seat.group.rawValue
        let others = registry.members(of: seat.group)
            .filter { $0.organisation != id }
            .compactMap { registry.organisation($0.organisation)?.name }
        let role = seat.role == .member ? "" : " (\(seat.role.rawValue))"
        print("  \(groupName)\(role)")
        print("    with: \(others.isEmpty ? "no other recorded member" : SwedishCollation.sorted(others).joined(separator: ", "))")
    }
} catch let error as RegistryLoadError {
    for diagnostic in error.diagnostics {
        try? FileHandle.standardError.write(contentsOf: Data((diagnostic.description + "\n").utf8))
    }
    exit(1)
} catch {
    try? FileHandle.standardError.write(contentsOf: Data("who-meets-whom: \(error)\n".utf8))
    exit(1)
}
