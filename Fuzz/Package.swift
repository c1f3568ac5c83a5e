// swift-tools-version: 6.1
// libFuzzer targets for Samverkan. A package of its own, so that normal
// builds never see them; `make fuzz` at the top builds it with
// `-sanitize=fuzzer,address` and runs each target.
import PackageDescription
import struct Foundation.URL

// A path dependency is known by the name of its folder, which is the
// checkout's name (main, a worktree, CI's clone), not "Samverkan".
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "SamverkanFuzz",
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        // Hands the process's arguments and a target's callback to libFuzzer.
        .target(name: "FuzzDriver"),
        // RegistryLoader.load(contents:fileName:) on YAML or JSON text.
        .executableTarget(
            name: "fuzz-registry",
            dependencies: ["FuzzDriver", .product(name: "PartnerRegistry", package: root)]
        ),
        // The same entry with a .csv file name: the CSV membership reader.
        .executableTarget(
            name: "fuzz-csv",
            dependencies: ["FuzzDriver", .product(name: "PartnerRegistry", package: root)]
        ),
        // The import sheets (organisations, groups, memberships, sources
        // joined by 0x1E) through SheetImport.read; the YAML it gives must load.
        .executableTarget(
            name: "fuzz-sheets",
            dependencies: [
                "FuzzDriver",
                .product(name: "PartnerRegistry", package: root),
                .product(name: "NetworkInterchange", package: root),
            ]
        ),
        // Reads bytes as a one-mode network (and ranks it by degree).
        .target(
            name: "FuzzOneMode",
            dependencies: [
                .product(name: "PartnerRegistry", package: root),
                .product(name: "NetworkInterchange", package: root),
            ]
        ),
        // The Pajek reader, through NetworkInput.load(data:path:format:).
        .executableTarget(name: "fuzz-pajek", dependencies: ["FuzzDriver", "FuzzOneMode"]),
        // The GraphML reader (libxml2's SAX2 parser), through the same entry.
        .executableTarget(name: "fuzz-graphml", dependencies: ["FuzzDriver", "FuzzOneMode"]),
        .executableTarget(name: "fuzz-gexf", dependencies: ["FuzzDriver", "FuzzOneMode"]),
        // A registry built from the bytes, encoded as DOT and rendered to
        // SVG through libgvc in-process.
        .executableTarget(
            name: "fuzz-map",
            dependencies: [
                "FuzzDriver",
                .product(name: "PartnerRegistry", package: root),
                .product(name: "CollaborationMap", package: root),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
