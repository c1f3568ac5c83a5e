import CollaborationMap
import Foundation
import PartnerRegistry
import Testing

/// Writes sample maps for a person to look at when SAMVERKAN_MAP_PREVIEW
/// names a directory; otherwise checks only that they render.
@Suite struct PreviewTests {
    @Test func sampleMapsRender() async throws {
        let dir = ProcessInfo.processInfo.environment["SAMVERKAN_MAP_PREVIEW"]
        let variants: [(String, MapOptions)] = [
            ("dot", MapOptions(engine: .dot, scope: RegistryScope(asOf: .date(PartialDate(year: 2016)!)))),
            ("dot-sv-2010", MapOptions(engine: .dot, scope: RegistryScope(asOf: .date(PartialDate(year: 2010)!)), language: .swedish)),
            ("neato-focus", MapOptions(engine: .neato, highlight: .path(["hemavan-tarnaby", "ledningsgrupp", "vasterbottensturism"]),
                                       focus: MapFocus(organisation: "vasterbottensturism", radius: 2),
                                       language: .swedish)),
            ("fdp", MapOptions(engine: .fdp, scope: RegistryScope(asOf: .date(PartialDate(year: 2016)!)))),
            ("neato", MapOptions(engine: .neato, scope: RegistryScope(asOf: .date(PartialDate(year: 2016)!)))),
            ("sfdp", MapOptions(engine: .sfdp, scope: RegistryScope(asOf: .date(PartialDate(year: 2016)!)))),
            ("circo", MapOptions(engine: .circo, scope: RegistryScope(asOf: .date(PartialDate(year: 2016)!)))),
            ("twopi", MapOptions(engine: .twopi, scope: RegistryScope(asOf: .date(PartialDate(year: 2016)!)))),
        ]
        for (name, options) in variants {
            let map = try CollaborationMap(registry: SampleRegistry.registry, options: options)
            let png = try await map.render(format: .png)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            if let dir {
                try map.dot.write(toFile: "\(dir)/\(name).gv", atomically: true, encoding: .utf8)
                try png.write(to: URL(fileURLWithPath: "\(dir)/\(name).png"))
                try await map.render(format: .svg).write(to: URL(fileURLWithPath: "\(dir)/\(name).svg"))
            }
        }
    }
}
