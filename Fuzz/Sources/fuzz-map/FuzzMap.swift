@testable import CollaborationMap
import Foundation
import PartnerRegistry

/// A small registry whose names, IDs, links, attribute values and title
/// come from the fuzz bytes, drawn through the whole map path: MapBuilder,
/// DOTEncoder, libgvc in-process, then the SVG safety check. Graphviz
/// refusing the encoder's DOT, or an SVG that fails the check, is a bug.
///
/// Layout: byte 0 picks the engine and clustering, byte 1 the number of
/// organisations (1–5) and groups (1–3), then one byte per organisation
/// for its group, role and level; the rest, split at newlines, gives the
/// texts in turn.
func fuzzMap(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var input = Input(Array(UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : count)))
    let control = input.byte()
    let sizes = input.byte()
    let engines: [LayoutEngine] = [.dot, .neato, .circo, .twopi, .fdp]
    let engine = engines[Int(control & 0x7) % engines.count]
    let grouping: MapGrouping = switch (control >> 3) & 0x3 {
    case 0: .level
    case 1: .attribute("sector")
    default: .none
    }
    let orgCount = 1 + Int(sizes & 0x7) % 5
    let groupCount = 1 + Int(sizes >> 3) % 3
    let shape = (0 ..< orgCount).map { _ in input.byte() }
    let levels = GeographicLevel.defaults

    var organisations: [Organisation] = []
    var memberships: [Membership] = []
    for i in 0 ..< orgCount {
        let id = OrganisationID("\(input.text())#o\(i)")
        organisations.append(Organisation(
            id: id, name: input.text(), kind: OrganisationKind.defaults[Int(shape[i]) % OrganisationKind.defaults.count],
            level: shape[i] & 0x80 == 0 ? levels[Int(shape[i]) % levels.count] : nil,
            url: "https://" + input.text(), attributes: ["sector": input.text()]))
    }
    let groups = (0 ..< groupCount).map { g in
        Group(id: GroupID("\(input.text())#g\(g)"), name: input.text(),
              kind: GroupKind.defaults[g % GroupKind.defaults.count], url: "mailto:" + input.text())
    }
    for i in 0 ..< orgCount {
        memberships.append(Membership(
            organisation: organisations[i].id, group: groups[Int(shape[i] >> 2) % groupCount].id,
            role: Role.defaults[Int(shape[i] >> 4) % Role.defaults.count]))
    }
    let registry = Registry(title: input.text(), organisations: organisations, groups: groups,
                            memberships: memberships)
    let map: CollaborationMap
    do {
        map = try CollaborationMap(
            registry: registry, options: MapOptions(engine: engine, grouping: grouping, scope: .allTime))
    } catch {
        return 0   // e.g. clustering by an attribute no organisation has
    }
    let dot = map.dot
    do {
        let svg = try GraphvizSession.render(dot: dot, engine: engine, format: .svg, context: context)
        try SVGSafety.check(SVGNormaliser.normalised(svg))
    } catch {
        fatalError("the map's own DOT failed: \(error)\n\(dot)")
    }
    return 0
}

nonisolated(unsafe) let context = GraphvizContext()!

struct Input {
    var bytes: ArraySlice<UInt8>
    init(_ bytes: [UInt8]) { self.bytes = bytes[...] }

    mutating func byte() -> UInt8 { bytes.popFirst() ?? 0 }

    /// The bytes up to the next newline, as (lossy) UTF-8.
    mutating func text() -> String {
        let line = bytes.prefix { $0 != 0x0A }
        bytes = bytes.dropFirst(line.count + 1)
        return String(decoding: line, as: UTF8.self)
    }
}

/// The same entry under libFuzzer's name: `-sanitize=fuzzer` links
/// libFuzzer's own `main` object too (unused: SwiftPM's `main` runs
/// `FuzzDriver`), and it refers to this symbol.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt { fuzzMap(bytes, count) }
