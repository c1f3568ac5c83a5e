// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Samverkan",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "InterchangeBase", targets: ["InterchangeBase"]),
        .library(name: "NetworkAnalysis", targets: ["NetworkAnalysis"]),
        .library(name: "PartnerRegistry", targets: ["PartnerRegistry"]),
        .library(name: "NetworkInterchange", targets: ["NetworkInterchange"]),
        .library(name: "CollaborationMap", targets: ["CollaborationMap"]),
        .executable(name: "samverkan", targets: ["samverkan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // `swift package generate-documentation`: the DocC catalogs (make docs).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Graphviz through its installed C headers; nothing vendored.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // C that does real work for the renderer (graph memory regions, an ID
        // discipline, reading DOT text), in .c files against the same headers.
        .target(
            name: "CGraphvizSupport",
            dependencies: ["CGraphviz"]
        ),
        // libxml2's SAX2 parser through its installed headers, for GraphML
        // (Foundation's XMLParser cannot lift the 10 MB input limit).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The foundation under the registry and the file formats: the one
        // delimited-text reader, one escaping policy per output language,
        // safe output files and terminal-safe text. No dependencies.
        .target(name: "InterchangeBase"),
        // Domain-free graph algorithms on dense Int32 vertex indices.
        .target(
            name: "NetworkAnalysis",
            dependencies: [
                .product(name: "DequeModule", package: "swift-collections"),
            ]
        ),
        // Organisations, groups, memberships, initiatives, documents.
        .target(
            name: "PartnerRegistry",
            dependencies: [
                "InterchangeBase", "NetworkAnalysis",
                .product(name: "Yams", package: "Yams"),
            ],
            // The default vocabulary, compiled in so that a copied binary
            // carries it.
            resources: [.embedInCode("Vocabulary/default-vocabulary.yaml")]
        ),
        // Every file format other than the registry's own YAML/JSON, in and
        // out: edge lists, GraphML (through libxml2), Pajek, the import
        // sheets; GraphML, GEXF, node-link, Pajek, CSV, sheets and Neo4j
        // exports; and NetworkInput, which reads any of them or a registry.
        .target(
            name: "NetworkInterchange",
            dependencies: ["InterchangeBase", "PartnerRegistry", "NetworkAnalysis", "CLibXML2"]
        ),
        // Samarbetskartan: the collaboration map rendered through libgvc.
        .target(
            name: "CollaborationMap",
            dependencies: ["InterchangeBase", "PartnerRegistry", "NetworkAnalysis", "CGraphviz", "CGraphvizSupport"],
            // The explorer page's skeleton, style and script, compiled into
            // the library as bytes (no bundle to find at run time).
            resources: [
                .embedInCode("Resources/explorer/body.html"),
                .embedInCode("Resources/explorer/explorer.css"),
                .embedInCode("Resources/explorer/explorer.js"),
            ]
        ),
        // The command-line tool's commands, a library so that tests can parse
        // arguments in-process (`Samverkan.parseAsRoot`). Its files stay in
        // Sources/samverkan; the entry point is the target below.
        .target(
            name: "SamverkanCLI",
            dependencies: [
                "InterchangeBase", "PartnerRegistry", "NetworkInterchange", "NetworkAnalysis", "CollaborationMap",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/samverkan"
        ),
        // The `samverkan` executable: only the entry point.
        .executableTarget(
            name: "samverkan",
            dependencies: ["SamverkanCLI"],
            path: "Sources/samverkan-main"
        ),
        // Examples are executables so `swift build` keeps them compiling.
        .executableTarget(
            name: "who-meets-whom",
            dependencies: ["PartnerRegistry"],
            path: "examples/WhoMeetsWhom"
        ),
        // Shared helpers for every test target.
        .target(
            name: "SamverkanTestSupport",
            dependencies: ["PartnerRegistry", "NetworkAnalysis"],
            path: "Tests/SamverkanTestSupport"
        ),
        .testTarget(
            name: "InterchangeBaseTests",
            dependencies: ["InterchangeBase"]
        ),
        .testTarget(
            name: "NetworkAnalysisTests",
            dependencies: ["NetworkAnalysis", "SamverkanTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PartnerRegistryTests",
            dependencies: ["InterchangeBase", "PartnerRegistry", "NetworkInterchange", "NetworkAnalysis", "SamverkanTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "NetworkInterchangeTests",
            dependencies: ["InterchangeBase", "NetworkInterchange", "PartnerRegistry", "NetworkAnalysis", "SamverkanTestSupport"]
        ),
        .testTarget(
            name: "CollaborationMapTests",
            dependencies: ["CollaborationMap", "CGraphvizSupport", "InterchangeBase", "PartnerRegistry", "SamverkanTestSupport"],
            exclude: ["Fixtures", "LeakCheck"]
        ),
        .testTarget(
            name: "SamverkanCLITests",
            dependencies: [
                "SamverkanCLI", "InterchangeBase", "PartnerRegistry", "NetworkInterchange", "SamverkanTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
